/**
 * The pane as a clerk meets it at Excel's pane widths, in both languages: every view fits at
 * 320 px and 450 px with no text in the other language; a run with a failure (a row in a sealed
 * attendance period) lands in the Run log sheet, the summary jumps to the failed row and saves a
 * CSV report for IT; an unknown employee (E9999) is flagged before sending and never reaches
 * Feishu. Screenshots of each view and width go to test/e2e/artifacts/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ARTIFACTS, launchBrowser, type Browser } from "./support/browser";
import { paneOverflow, setPaneWidth, untranslated } from "./support/pane-measure";
import { PlaygroundPage, type Lang } from "./support/playground";
import { API_KEY, startStack, type Stack } from "./support/stack";

jest.setTimeout(150_000);

/** Attendance up to January is sealed: the 01-20 row is refused when written. */
const CLOSED_BEFORE = "2026-02-01";
/** Feishu does not know E9999: the look before sending finds that out, so the row is never sent. */
const UNKNOWN: Record<Lang, string[]> = {
  "en-US": ["E9999", "Annual leave", "2026-02-03 09:00", "2026-02-03 18:00", "Day", "1", "Moving house"],
  "zh-CN": ["E9999", "年假", "2026-02-03 09:00", "2026-02-03 18:00", "天", "1", "搬家"],
};

const ROWS: Record<Lang, string[][]> = {
  "en-US": [
    ["E0001", "Annual leave", "2026-02-02 09:00", "2026-02-02 18:00", "Day", "1", "Family"],
    ["E0002", "Annual leave", "2026-01-20 09:00", "2026-01-20 18:00", "Day", "1", "Moving house"],
  ],
  "zh-CN": [
    ["E0001", "年假", "2026-02-02 09:00", "2026-02-02 18:00", "天", "1", "家事"],
    ["E0002", "年假", "2026-01-20 09:00", "2026-01-20 18:00", "天", "1", "搬家"],
  ],
};

describe.each<Lang>(["en-US", "zh-CN"])("the pane fits and records every run (%s)", (lang) => {
  let stack: Stack;
  let browser: Browser;
  let p: PlaygroundPage;

  /** Screenshot of the pane column only, at its current width. */
  const paneShot = async (name: string) => {
    await p.page
      .locator('aside[aria-label="Task pane"]')
      .screenshot({ path: join(ARTIFACTS, `${lang}-pane-${name}.png`) });
  };

  /** At both widths: nothing overflows, nothing is in the other language. */
  const fits = async (view: string) => {
    for (const width of [320, 450]) {
      await setPaneWidth(p.page, width);
      await p.page.waitForTimeout(50);
      const overflow = await paneOverflow(p.page);
      expect({ view, width, ...overflow }).toEqual({ view, width, px: 0, worst: "" });
      expect({ view, width, untranslated: await untranslated(p.page, lang) }).toEqual({
        view,
        width,
        untranslated: [],
      });
      await paneShot(`${view}-${width}`);
    }
  };

  beforeAll(async () => {
    stack = await startStack({ closedBefore: CLOSED_BEFORE });
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

  test("setup: template and connection, including the pane's own 'required' messages", async () => {
    await p.page.getByRole("button", { name: p.w.createTemplate }).click();
    await p.page.getByTestId("template-report").waitFor();
    await p.page.getByLabel(p.w.apiKey).fill("");
    await p.page.getByRole("button", { name: p.w.saveAndTest }).click();
    const required = lang === "en-US" ? "Enter the API key IT gave you." : "请填写 IT 提供的 API 密钥。";
    await p.page.getByText(required).waitFor();
    await fits("setup-required");
    await p.page.getByLabel(p.w.apiKey).fill(API_KEY);
    await p.page.getByRole("button", { name: p.w.saveAndTest }).click();
    await p.page.getByTestId("connection-result").waitFor();
    await fits("setup");
  });

  test("check: counts and issues", async () => {
    for (const [i, row] of ROWS[lang].entries()) await p.typeRow(i + 2, row);
    await p.typeRow(4, ["E0003", "?", "2026-02-04 18:00", "2026-02-04 09:00", "", "", ""]);
    await p.typeRow(5, UNKNOWN[lang]);
    await p.tab(p.w.tabCheck);
    await p.page.getByRole("button", { name: p.w.checkAll }).click();
    await p.page.getByTestId("issue-list").locator("li").first().waitFor();
    await fits("check");
  });

  test("send: the preview table", async () => {
    await p.tab(p.w.tabSubmit);
    await p.select("A2", "A3");
    await p.page.getByRole("button", { name: p.w.preview }).click();
    await p.page.getByTestId("preview-table").waitFor();
    expect(await p.page.getByTestId("preview-table").locator("tbody tr").count()).toBe(2);
    await fits("preview");
    await p.page.getByRole("button", { name: p.w.showJson }).click();
    await fits("preview-json");
  });

  test("a run with a failure: Run log row, jump to the failed row, CSV report for IT", async () => {
    await p.page.getByRole("radio", { name: p.w.scopePending }).check();
    await p.page.getByTestId("submit-button").click();
    const report = p.page.getByTestId("failure-report");
    await report.waitFor();
    expect(await p.figure("submit-summary", "written")).toBe(1);
    expect(await p.figure("submit-summary", "failed")).toBe(1);
    await fits("summary");

    const failed = report.locator("[data-failed-row]");
    expect(await failed.getAttribute("data-failed-row")).toBe("leave:1");
    // Before the jump the selection is elsewhere (A2:A3 from the preview, then nothing moved it to A3 alone).
    await p.select("A2");
    await failed.click();
    const selectedA3 = () => p.cell("A3").evaluate((el) => el.closest("[data-selected]") !== null);
    await p.waitFor(selectedA3, "the failed row (sheet row 3) selected");
    expect(await p.cell("A2").evaluate((el) => el.closest("[data-selected]") !== null)).toBe(false);

    const [download] = await Promise.all([
      p.page.waitForEvent("download"),
      report.getByTestId("save-report").click(),
    ]);
    const path = join(ARTIFACTS, `${lang}-failure-report.csv`);
    await download.saveAs(path);
    const csv = readFileSync(path, "utf8")
      .replace(/^\ufeff/, "")
      .split("\r\n");
    expect(csv[0].split(",")).toHaveLength(4);
    expect(csv[1]).toMatch(/sealed/);
    expect(stack.emulator.records().filter((r) => r.user_id === "E9999")).toEqual([]);
    expect(csv[1]).toMatch(new RegExp(`^${p.w.sheet},3,`));

    await p.page.getByRole("tab", { name: p.w.runLog, exact: true }).click();
    const log = (address: string) =>
      p.page.locator(`input[aria-label="${p.w.runLog}!${address}"]`).inputValue();
    expect([await log("F2"), await log("G2"), await log("H2")]).toEqual(["1", "1", "0"]);
    await p.page.screenshot({ path: join(ARTIFACTS, `${lang}-run-log.png`) });
  });
});
