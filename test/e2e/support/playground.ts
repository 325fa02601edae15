/** Clerk actions and reads on the playground page, by role and label as a person would find them. */
import type { Page } from "playwright-core";

export type Lang = "en-US" | "zh-CN";

/** The words a clerk reads, per language (the pane's own strings are the source). */
export const WORDS = {
  "en-US": {
    sheet: "Leave",
    createTemplate: "Create or repair the template",
    apiKey: "API key",
    saveAndTest: "Save and test the connection",
    tabCheck: "Check",
    tabSubmit: "Send",
    checkAll: "Check everything",
    message: "Message",
    approvalId: "Approval ID",
    status: "Status",
    preview: /Preview the selected rows/,
    showJson: "Show the request for IT",
    runLog: "Run log",
    scopeSelected: /The selected rows/,
    scopePending: /All rows not yet sent/,
    useSelection: "Use the current selection",
    cancel: "Cancel",
    written: "Written to Feishu",
    skipped: "Skipped (already sent before)",
    cancelled: "Cancelled (still to send)",
    connected: "Connected to the Feishu emulator",
  },
  "zh-CN": {
    sheet: "请假",
    createTemplate: "创建或修复模板",
    apiKey: "API 密钥",
    saveAndTest: "保存并测试连接",
    tabCheck: "检查",
    tabSubmit: "提交",
    checkAll: "全部检查",
    message: "说明",
    approvalId: "审批ID",
    status: "状态",
    preview: /预览选中的行/,
    showJson: "显示请求内容（供 IT 参考）",
    runLog: "运行记录",
    scopeSelected: /选中的行/,
    scopePending: /所有待提交的行/,
    useSelection: "读取当前选择",
    cancel: "取消",
    written: "已写入飞书",
    skipped: "已跳过（之前已提交）",
    cancelled: "已取消（仍待提交）",
    connected: "已连接到飞书模拟器",
  },
} as const;

export class PlaygroundPage {
  constructor(
    readonly page: Page,
    readonly lang: Lang,
  ) {}

  get w() {
    return WORDS[this.lang];
  }

  cell(address: string) {
    return this.page.locator(`input[aria-label="${this.w.sheet}!${address}"]`);
  }

  /** Types into a cell and leaves it with Enter, as a clerk does. */
  async type(address: string, value: string): Promise<void> {
    const c = this.cell(address);
    await c.fill(value);
    await c.press("Enter");
  }

  async typeRow(row: number, values: string[]): Promise<void> {
    for (let i = 0; i < values.length; i++)
      await this.type(`${String.fromCharCode(65 + i)}${row}`, values[i]);
  }

  /** The column letter under a header of the Leave table (header row 1). */
  async column(header: string): Promise<string> {
    const letter = await this.page.evaluate(
      ([sheet, text]) => {
        const input = [...document.querySelectorAll<HTMLInputElement>(`input[aria-label^="${sheet}!"]`)].find(
          (i) => /![A-Z]+1$/.test(i.getAttribute("aria-label") ?? "") && i.value === text,
        );
        return input?.getAttribute("aria-label")?.split("!")[1].replace(/1$/, "") ?? null;
      },
      [this.w.sheet, header] as const,
    );
    if (!letter) throw new Error(`No column "${header}" in the grid`);
    return letter;
  }

  async text(address: string): Promise<string> {
    return this.cell(address).inputValue();
  }

  /** The cell's fill as the grid draws it ("" when none). */
  async fill(address: string): Promise<string> {
    return this.cell(address).evaluate((el) => (el.parentElement as HTMLElement).style.backgroundColor);
  }

  async waitFor(predicate: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      if (await predicate()) return;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`Timed out waiting for: ${what}`);
  }

  async tab(name: string): Promise<void> {
    await this.page.getByRole("tab", { name, exact: true }).click();
  }

  async select(from: string, to?: string): Promise<void> {
    await this.cell(from).click();
    if (to) await this.cell(to).click({ modifiers: ["Shift"] });
  }

  /** A progress or summary figure by its data-figure name. */
  async figure(scope: "submit-progress" | "submit-summary", name: string): Promise<number> {
    const t = await this.page.getByTestId(scope).locator(`[data-figure="${name}"]`).first().textContent();
    return Number(/(\d+)/.exec(t ?? "")?.[1] ?? NaN);
  }
}
