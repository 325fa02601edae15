/**
 * The whole life of a record in a real browser, in both languages: send, verify, replace an
 * edited row (and a replace cut short by the network, then resumed), revoke with a confirmation,
 * and a row refused because Feishu already holds an overlapping record another system wrote.
 * The playground page (real pane, real Excel adapter over the fake Excel, real core) talks to
 * the real proxy in front of the emulator; the emulator's store is the judge. Screenshots of
 * each step at 320 and 450 px go to test/e2e/artifacts/.
 */
import { join } from "node:path";
import { ARTIFACTS, launchBrowser, type Browser } from "./support/browser";
import { paneOverflow, setPaneWidth } from "./support/pane-measure";
import { PlaygroundPage, type Lang } from "./support/playground";
import { API_KEY, startStack, type Stack } from "./support/stack";

jest.setTimeout(180_000);

const ROWS: Record<Lang, string[][]> = {
  "en-US": [
    ["E0001", "Annual leave", "2026-03-02 09:00", "2026-03-02 18:00", "Day", "1", "Family"],
    ["E0002", "Annual leave", "2026-03-03 09:00", "2026-03-03 18:00", "Day", "1", "Moving house"],
    ["E0003", "Annual leave", "2026-03-04 09:00", "2026-03-04 18:00", "Day", "1", "Wedding"],
  ],
  "zh-CN": [
    ["E0001", "年假", "2026-03-02 09:00", "2026-03-02 18:00", "天", "1", "家事"],
    ["E0002", "年假", "2026-03-03 09:00", "2026-03-03 18:00", "天", "1", "搬家"],
    ["E0003", "年假", "2026-03-04 09:00", "2026-03-04 18:00", "天", "1", "婚礼"],
  ],
};

const WORDS = {
  "en-US": {
    revoke: "Revoke in Feishu",
    replace: "Replace in Feishu",
    verify: "Verify in Feishu",
    revoked: "Revoked",
    submitted: "Submitted",
    verified: "Verified: 3",
    replaced: "Replaced in Feishu: 1",
    revokedDone: "Revoked in Feishu: 1",
    confirmTitle: "Revoke 1 record in Feishu?",
    overlap: "Feishu already has",
    listed: /The "Feishu records" sheet now lists \d+ records, 1 of them written elsewhere\./,
    sheet: "Feishu records",
  },
  "zh-CN": {
    revoke: "在飞书中撤销",
    replace: "在飞书中替换",
    verify: "在飞书中核对",
    revoked: "已撤销",
    submitted: "已写入",
    verified: "一致：3 行",
    replaced: "已在飞书中替换：1 行",
    revokedDone: "已在飞书中撤销：1 行",
    confirmTitle: "要在飞书中撤销 1 条记录吗？",
    overlap: "飞书已有",
    listed: /「飞书记录」工作表现在列出 \d+ 条记录，其中 1 条是在别处写入的。/,
    sheet: "飞书记录",
  },
} as const;

describe.each<Lang>(["en-US", "zh-CN"])("a record's whole life in the playground (%s)", (lang) => {
  let stack: Stack;
  let browser: Browser;
  let p: PlaygroundPage;
  const w = WORDS[lang];

  /** The pane column at 320 and 450 px: nothing overflows; a screenshot of each. */
  const fits = async (view: string, focus?: string) => {
    for (const width of [320, 450]) {
      await setPaneWidth(p.page, width);
      await p.page.waitForTimeout(50);
      if (focus) await p.page.getByTestId(focus).scrollIntoViewIfNeeded();
      const overflow = await paneOverflow(p.page);
      expect({ view, width, ...overflow }).toEqual({ view, width, px: 0, worst: "" });
      await p.page
        .locator('aside[aria-label="Task pane"]')
        .screenshot({ path: join(ARTIFACTS, `${lang}-lifecycle-${view}-${width}.png`) });
    }
    await setPaneWidth(p.page, 380);
  };
  /** Live records in the emulator, per employee. */
  const live = (user: string) => stack.emulator.records().filter((r) => r.user_id === user && r.status === 2);
  const col = async (header: string) => p.column(header);

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser(lang);
    const page = await browser.newPage();
    await page.goto(`${stack.url}/playground.html?lang=${lang}`);
    await page.waitForSelector("main[data-ready]");
    p = new PlaygroundPage(page, lang);
    await p.page.getByRole("button", { name: p.w.createTemplate }).click();
    await p.page.getByTestId("template-report").waitFor();
    await p.page.getByLabel(p.w.apiKey).fill(API_KEY);
    await p.page.getByRole("button", { name: p.w.saveAndTest }).click();
    await p.page.getByTestId("connection-result").waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  test("send three rows, then verify them in Feishu", async () => {
    for (const [i, row] of ROWS[lang].entries()) await p.typeRow(i + 2, row);
    await p.tab(p.w.tabSubmit);
    await p.page.getByRole("radio", { name: p.w.scopePending }).check();
    const button = p.page.getByTestId("submit-button");
    await p.waitFor(async () => /3/.test((await button.textContent()) ?? ""), "3 rows to send");
    await button.click();
    await p.page.getByTestId("submit-summary").waitFor();
    expect(await p.figure("submit-summary", "written")).toBe(3);
    await p.page.getByTestId("verify-button").click();
    const result = p.page.getByTestId("verify-result");
    await result.waitFor();
    expect(await result.textContent()).toContain(w.verified);
    await fits("verified", "verify-result");
  });

  test("an edited row is replaced in Feishu: the old record revoked, one live record", async () => {
    const approval = await col(p.w.approvalId);
    const old = await p.text(`${approval}3`);
    await p.type("G3", lang === "en-US" ? "Moving house (two days)" : "搬家（两天）");
    const replace = p.page.getByTestId("replace-button");
    await p.waitFor(async () => !(await replace.isDisabled()), "replace offered");
    await fits("replace-offered");
    await replace.click();
    const result = p.page.getByTestId("lifecycle-result");
    await result.waitFor();
    expect(await result.textContent()).toContain(w.replaced);
    await p.waitFor(async () => (await p.text(`${approval}3`)) !== old, "new approval id");
    const rows = live("E0002");
    expect(rows).toHaveLength(1);
    expect(rows[0].approval_id).toBe(await p.text(`${approval}3`));
    expect(stack.emulator.records().find((r) => r.approval_id === old)?.status).not.toBe(2);
    await fits("replaced", "lifecycle-result");
  });

  test("a replace cut short by the network is finished by pressing Replace again", async () => {
    const approval = await col(p.w.approvalId);
    const old = await p.text(`${approval}2`);
    await p.type("G2", lang === "en-US" ? "Family matters" : "家中有事");
    const replace = p.page.getByTestId("replace-button");
    await p.waitFor(async () => !(await replace.isDisabled()), "replace offered");
    // The network drops every new write: the old record is revoked, the new one cannot be sent.
    await p.page.route("**/attendance/v1/user_approvals?*", (route) =>
      route.request().method() === "POST" ? route.abort("connectionreset") : route.continue(),
    );
    await replace.click();
    await p.page.getByTestId("lifecycle-result").waitFor({ timeout: 90_000 });
    expect(live("E0001")).toHaveLength(0);
    await fits("replace-interrupted", "lifecycle-result");
    await p.page.unroute("**/attendance/v1/user_approvals?*");
    await p.waitFor(async () => !(await replace.isDisabled()), "replace offered again");
    await replace.click();
    await p.waitFor(async () => live("E0001").length === 1, "the replacement written");
    await p.waitFor(
      async () => (await p.text(`${approval}2`)) === live("E0001")[0].approval_id,
      "new id in the row",
    );
    expect(live("E0001")[0].approval_id).not.toBe(old);
    expect(live("E0001")[0].item.reason).toBe(lang === "en-US" ? "Family matters" : "家中有事");
  });

  test("revoke asks who and when, then the row is Revoked and Feishu no longer holds it", async () => {
    const status = await col(p.w.status);
    await p.select("A4");
    await p.page.getByTestId("revoke-button").click();
    const confirm = p.page.getByTestId("revoke-confirm");
    await confirm.waitFor();
    expect(await confirm.getByRole("heading").textContent()).toBe(w.confirmTitle);
    expect(await confirm.locator('[data-field="who"]').textContent()).toBe("E0003");
    expect(await confirm.locator('[data-field="when"]').textContent()).toBe("2026-03-04");
    await fits("revoke-confirm", "revoke-confirm");
    await p.page.getByTestId("revoke-confirm-button").click();
    const result = p.page.getByTestId("lifecycle-result");
    await result.waitFor();
    expect(await result.textContent()).toContain(w.revokedDone);
    await p.waitFor(async () => (await p.text(`${status}4`)) === w.revoked, "row 4 Revoked");
    expect(live("E0003")).toHaveLength(0);
    await fits("revoked", "lifecycle-result");
  });

  test("a row overlapping a record another system wrote is refused, naming that record", async () => {
    // Another system writes E0004's leave straight through the proxy.
    const answer = await fetch(
      `${stack.url}/open-apis/attendance/v1/user_approvals?employee_type=employee_id`,
      {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${API_KEY}` },
        body: JSON.stringify({
          user_approval: {
            user_id: "E0004",
            date: "20260305",
            leaves: [
              {
                uniq_id: "annual",
                unit: 1,
                interval: 28800,
                start_time: "2026-03-05 09:00:00",
                end_time: "2026-03-05 18:00:00",
                i18n_names: { ch: "年假", en: "Annual leave" },
                default_locale: "ch",
                reason: "elsewhere",
                idempotent_id: "another-system-1",
              },
            ],
          },
        }),
      },
    );
    expect((await answer.json()).code).toBe(0);
    const row = [...ROWS[lang][0]];
    row[0] = "E0004";
    row[2] = "2026-03-05 13:00";
    row[3] = "2026-03-05 18:00";
    row[5] = "0.5";
    await p.typeRow(5, row);
    await p.page.getByRole("radio", { name: p.w.scopePending }).check();
    const button = p.page.getByTestId("submit-button");
    await p.waitFor(async () => /\b1\b/.test((await button.textContent()) ?? ""), "1 row to send");
    await button.click();
    const message = await col(p.w.message);
    await p.waitFor(async () => (await p.text(`${message}5`)).includes(w.overlap), "row 5 names the record");
    expect(await p.text(`${message}5`)).toContain("E0004");
    expect(live("E0004")).toHaveLength(1);
    await fits("overlap-refused");
  });

  test("the Feishu records sheet lists what Feishu holds, the other system's record among it", async () => {
    await p.page.getByTestId("records-button").click();
    await p.page.getByText(w.listed).waitFor();
    const sheets = await p.page.evaluate(() =>
      (
        window as unknown as { fakeExcel: { book: { sheets: { name: string }[] } } }
      ).fakeExcel.book.sheets.map((s) => s.name),
    );
    expect(sheets).toContain(w.sheet);
    await fits("records-listed", "in-feishu");
  });
});
