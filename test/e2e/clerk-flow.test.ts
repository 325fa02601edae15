/**
 * The clerk's whole flow in a real browser, in both languages: the playground page (real task
 * pane, real Excel adapter over the fake Excel, real core) served by the real proxy in front of
 * the emulator. Screenshots of each step go to test/e2e/artifacts/.
 */
import { launchBrowser, shot, type Browser } from "./support/browser";
import { PlaygroundPage, type Lang } from "./support/playground";
import { API_KEY, startStack, type Stack } from "./support/stack";

jest.setTimeout(150_000);

const ROWS: Record<
  Lang,
  { good: string[]; endBeforeStart: string[]; badTypeAndUnit: string[]; fixes: [string, string][] }
> = {
  "en-US": {
    good: ["E0001", "Annual leave", "2026-01-05", "2026-01-05", "Day", "1", "Family"],
    endBeforeStart: ["E0002", "Sick leave", "2026-01-06 18:00", "2026-01-06 09:00", "Hour", "9", "Flu"],
    badTypeAndUnit: ["E0003", "Holiday", "2026-01-07 09:00", "2026-01-07 18:00", "Week", "1", "Trip home"],
    fixes: [
      ["C3", "2026-01-06 09:00"],
      ["D3", "2026-01-06 18:00"],
      ["B4", "Personal leave"],
      ["E4", "Day"],
    ],
  },
  "zh-CN": {
    good: ["E0001", "年假", "2026-01-05", "2026-01-05", "天", "1", "家事"],
    endBeforeStart: ["E0002", "病假", "2026-01-06 18:00", "2026-01-06 09:00", "小时", "9", "感冒"],
    badTypeAndUnit: ["E0003", "春假", "2026-01-07 09:00", "2026-01-07 18:00", "周", "1", "回家"],
    fixes: [
      ["C3", "2026-01-06 09:00"],
      ["D3", "2026-01-06 18:00"],
      ["B4", "事假"],
      ["E4", "天"],
    ],
  },
};

/** What a ready row's Message says will be sent: the good row is one whole day. */
const WILL_SEND = (from: string, to: string): Record<Lang, string> => ({
  "en-US": `Will be sent as ${from} to ${to}.`,
  "zh-CN": `将提交：${from} 至 ${to}。`,
});
const GOOD_DAY = WILL_SEND("2026-01-05 00:00:00", "2026-01-05 23:59:59");

/** Rows pasted for the large run: cancelled part-way, then resumed. */
const LARGE = 300;

describe.each<Lang>(["en-US", "zh-CN"])("the clerk's flow in the playground (%s)", (lang) => {
  let stack: Stack;
  let browser: Browser;
  let p: PlaygroundPage;
  const snap = (step: string, focus?: string) => shot(p.page, `${lang}-${step}`, focus);
  const rows = ROWS[lang];

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser(lang);
    const page = await browser.newPage();
    await page.goto(`${stack.url}/playground.html?lang=${lang}`);
    await page.waitForSelector("main[data-ready]");
    p = new PlaygroundPage(page, lang);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  test("setup: create the template and test the connection", async () => {
    await snap("01-open");
    await p.page.getByRole("button", { name: p.w.createTemplate }).click();
    await p.page.getByTestId("template-report").waitFor();
    await p.cell("A1").waitFor();
    await p.page.getByLabel(p.w.apiKey).fill(API_KEY);
    await p.page.getByRole("button", { name: p.w.saveAndTest }).click();
    const answer = p.page.getByTestId("connection-result");
    await answer.waitFor();
    expect(await answer.textContent()).toContain(p.w.connected);
    expect(await answer.textContent()).toContain("cli_emulator");
    await snap("02-setup-connected", "connection-result");
  });

  test("check: bad rows are highlighted and explained, live, as they are typed", async () => {
    await p.typeRow(2, rows.good);
    await p.typeRow(3, rows.endBeforeStart);
    await p.typeRow(4, rows.badTypeAndUnit);
    const message = await p.column(p.w.message);
    await p.waitFor(
      async () => (await p.text(`${message}4`)) !== "" && (await p.fill("E4")) !== "",
      "row 4 marked",
    );
    expect(await p.fill("D3")).not.toBe("");
    expect(await p.fill("B4")).not.toBe("");
    expect(await p.fill("A2")).toBe("");
    expect(await p.text(`${message}3`)).not.toBe("");
    // A date alone is a whole day: the cell shows the date as typed, the Message the exact span.
    expect(await p.text("C2")).toBe("2026-01-05");
    expect(await p.text(`${message}2`)).toBe(GOOD_DAY[lang]);
    await p.tab(p.w.tabCheck);
    const issues = p.page.getByTestId("issue-list");
    await issues.waitFor();
    expect(
      await p.page.getByTestId("check-counts").locator("tr[data-kind=leave] td").allTextContents(),
    ).toEqual([p.w.sheet, "3", "2", "1", "0", "0"]);
    await snap("03-check-issues", "issue-list");
    // An issue takes the clerk to its cell.
    await issues.getByRole("button").filter({ hasText: rows.badTypeAndUnit[1] }).first().click();
    await p.waitFor(
      async () => (await p.cell("B4").evaluate((el) => el.parentElement?.dataset.selected)) === "true",
      "B4 selected",
    );
    await snap("04-issue-selects-cell");
  });

  test("fixing the cells clears their marks and messages", async () => {
    for (const [address, value] of rows.fixes) await p.type(address, value);
    const message = await p.column(p.w.message);
    await p.waitFor(
      async () =>
        (await p.fill("E4")) === "" &&
        (await p.fill("D3")) === "" &&
        (await p.text(`${message}4`)) === WILL_SEND("2026-01-07 09:00:00", "2026-01-07 18:00:00")[lang],
      "marks cleared",
    );
    await p.page.getByRole("button", { name: p.w.checkAll }).click();
    await p.waitFor(
      async () =>
        (
          await p.page.getByTestId("check-counts").locator("tr[data-kind=leave] td").allTextContents()
        ).join() === [p.w.sheet, "3", "0", "3", "0", "0"].join(),
      "3 rows to send",
    );
    await snap("05-fixed");
  });

  test("the preview shows what the selected row sends, the exact JSON behind the IT toggle, and sends nothing", async () => {
    await p.tab(p.w.tabSubmit);
    await p.select("A2");
    await p.page.getByRole("button", { name: p.w.preview }).click();
    const table = p.page.getByTestId("preview-table");
    await table.waitFor();
    const field = (f: string) => table.locator(`[data-field="${f}"]`).allTextContents();
    expect(await field("person")).toEqual(["E0001"]);
    expect(await field("type")).toEqual([rows.good[1]]);
    expect(await field("start")).toEqual(["2026-01-05 00:00:00"]);
    expect(await field("end")).toEqual(["2026-01-05 23:59:59"]);
    expect(await field("length")).toEqual([lang === "en-US" ? "8 hours" : "8 小时"]);
    await snap("06-preview-table", "dry-run");
    await p.page.getByRole("button", { name: p.w.showJson }).click();
    const preview = p.page.getByTestId("preview-json");
    await preview.waitFor();
    const [line, ...json] = (await preview.textContent())!.split("\n");
    expect(line).toBe("POST /open-apis/attendance/v1/user_approvals?employee_type=employee_id");
    const body = JSON.parse(json.join("\n"));
    expect(body.user_approval).toMatchObject({ user_id: "E0001", date: "20260105" });
    expect(body.user_approval.leaves[0]).toMatchObject({
      start_time: "2026-01-05 00:00:00",
      end_time: "2026-01-05 23:59:59",
      unit: 1,
    });
    expect(stack.emulator.records()).toHaveLength(0);
    await snap("06-dry-run", "dry-run");
  });

  test("submit writes each row once and the approval ids land in the grid", async () => {
    await p.page.getByRole("radio", { name: p.w.scopePending }).check();
    const button = p.page.getByTestId("submit-button");
    expect(await button.textContent()).toMatch(/3/);
    await button.click();
    await p.page.getByTestId("submit-summary").waitFor();
    expect(await p.figure("submit-summary", "written")).toBe(3);
    const approval = await p.column(p.w.approvalId);
    await p.waitFor(async () => (await p.text(`${approval}4`)) !== "", "approval ids in the grid");
    const ids = [await p.text(`${approval}2`), await p.text(`${approval}3`), await p.text(`${approval}4`)];
    const stored = stack.emulator.records().map((r) => r.approval_id);
    expect(new Set(ids).size).toBe(3);
    expect(stored.sort()).toEqual([...ids].sort());
    await snap("07-submitted", "submit-summary");
  });

  test("submitting the same rows again writes nothing twice", async () => {
    await p.select("A2", "A4");
    await p.page.getByRole("radio", { name: p.w.scopeSelected }).check();
    await p.page.getByRole("button", { name: p.w.useSelection }).click();
    const button = p.page.getByTestId("submit-button");
    await p.waitFor(async () => /3/.test((await button.textContent()) ?? ""), "3 selected rows");
    await button.click();
    await p.waitFor(async () => (await p.figure("submit-summary", "skipped")) === 3, "3 skipped");
    expect(stack.emulator.records()).toHaveLength(3);
    expect([...stack.emulator.countsByIdempotentId().values()].every((n) => n === 1)).toBe(true);
    await snap("08-resubmit-skipped", "submit-summary");
  });

  test("a large run can be cancelled part-way and resumed without duplicates", async () => {
    await p.page.getByLabel("Sample leave rows").fill(String(LARGE));
    await p.page.getByRole("button", { name: "Paste sample rows" }).click();
    await p.page.getByRole("radio", { name: p.w.scopePending }).check();
    const button = p.page.getByTestId("submit-button");
    await p.waitFor(
      async () => new RegExp(`\\b${LARGE}\\b`).test((await button.textContent()) ?? ""),
      `${LARGE} rows to send`,
      30_000,
    );
    await button.click();
    await p.page.getByTestId("submit-progress").waitFor();
    await p.waitFor(async () => (await p.figure("submit-progress", "written")) >= 40, "40 written");
    await snap("09-large-run-progress", "submit-progress");
    await p.page.getByRole("button", { name: p.w.cancel }).click();
    await p.page.getByTestId("submit-summary").waitFor({ timeout: 30_000 });
    const cancelled = await p.figure("submit-summary", "cancelled");
    expect(cancelled).toBeGreaterThan(0);
    expect(stack.emulator.records().length).toBeLessThan(3 + LARGE);
    await snap("10-large-run-cancelled", "submit-summary");
    // Resume: everything still pending goes, nothing twice.
    await p.waitFor(
      async () => new RegExp(`\\b${cancelled}\\b`).test((await button.textContent()) ?? ""),
      "the rest to send",
    );
    await button.click();
    await p.waitFor(
      async () =>
        (await p.page.getByTestId("submit-summary").count()) > 0 &&
        !(await p.page.getByTestId("submit-progress").count()),
      "resumed run done",
      60_000,
    );
    expect(stack.emulator.records()).toHaveLength(3 + LARGE);
    expect([...stack.emulator.countsByIdempotentId().values()].every((n) => n === 1)).toBe(true);
    await snap("11-large-run-resumed", "submit-summary");
  });

  test("clearing an Approval ID makes the row ready again; a length longer than its day is an error", async () => {
    const [approval, status, message] = [
      await p.column(p.w.approvalId),
      await p.column(p.w.status),
      await p.column(p.w.message),
    ];
    const written = await p.text(`${status}2`);
    await p.type(`${approval}2`, "");
    await p.waitFor(async () => (await p.text(`${status}2`)) !== written, "row 2 re-checked");
    expect(await p.text(`${message}2`)).toBe(GOOD_DAY[lang]);
    // 5 days in one day: an error on Duration (column F), naming both figures.
    await p.type("F2", "5");
    await p.waitFor(async () => (await p.fill("F2")) !== "", "Duration marked");
    expect(await p.text(`${message}2`)).toContain(lang === "en-US" ? "5 days (40 h)" : "5 天（40 小时）");
    await snap("12-approval-cleared-length-error");
  });
});
