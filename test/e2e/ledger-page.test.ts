/**
 * IT's ledger page (/ledger, served by the proxy) in headless Chromium, in Chinese and English,
 * at 1280 px and 375 px: refused for a clerk's key, signed in with a ledger key it lists what
 * was written, filters by employee and state, exports a formula-safe CSV, and never scrolls
 * sideways. Screenshots: test/e2e/artifacts/ledger-<lang>-<width>.png.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CREATE, KEY, call, leave, startStack, type Stack } from "../proxy/support";
import { createTestDatabase, type TestDatabase } from "../support/postgres";
import { ARTIFACTS, launchBrowser, type Browser } from "./support/browser";

const IT = "pk_other"; // the stack's second key, marked for the ledger
const create = (s: Stack, key: string, user: string, over: Record<string, unknown> = {}) =>
  call(s.url, "POST", CREATE, {
    body: {
      user_approval: { user_id: user, date: "20260302", leaves: [leave({ idempotent_id: key, ...over })] },
    },
  });

const WORDS = {
  "zh-CN": {
    title: "考勤台账",
    signIn: "登录",
    count: "共 4 条记录",
    one: "共 1 条记录",
    notAllowed: "无权查看台账",
    written: "已写入",
    head: "键,员工,类型",
  },
  "en-US": {
    title: "Attendance ledger",
    signIn: "Sign in",
    count: "4 records",
    one: "1 record",
    notAllowed: "may not read the ledger",
    written: "Written",
    head: "Key,Employee,Kind",
  },
} as const;

describe("the ledger page", () => {
  let pg: TestDatabase;
  let s: Stack;
  beforeAll(async () => {
    pg = await createTestDatabase("ledger_page");
    s = await startStack({ env: { PROXY_LEDGER: "on", DATABASE_URL: pg.url, PROXY_LEDGER_KEYS: "other" } });
    await create(s, "page-1", "E0001");
    await create(s, "page-2", "E0002", { start_time: "2026-03-02 13:00:00", reason: "private" });
    await create(s, "page-3", "=SUM(1)"); // refused: no such employee
    const written = await create(s, "page-4", "E0003");
    const id = (written.body.data as { user_approval: { leaves: { approval_id: string }[] } }).user_approval
      .leaves[0].approval_id;
    await call(s.url, "POST", "/open-apis/attendance/v1/approval_infos/process", {
      body: { approval_id: id, approval_type: "leave", status: 4 },
    });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
    await pg?.drop();
  });

  describe.each(["zh-CN", "en-US"] as const)("in %s", (lang) => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser(lang);
    }, 60_000);
    afterAll(async () => browser?.close());
    const w = WORDS[lang];

    it.each([1280, 375])(
      "at %i px: refuses a clerk's key, lists, filters, exports, fits",
      async (width) => {
        const page = await browser.newPage();
        await page.setViewportSize({ width, height: 900 });
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(`${s.url}/ledger`);
        expect(await page.title()).toBe(w.title);

        await page.fill("#key", KEY); // a clerk's key: not marked for the ledger
        await page.click(`#sign-in button[type=submit]`);
        await page.waitForSelector("#status.error");
        expect(await page.textContent("#status")).toContain(w.notAllowed);

        await page.fill("#key", IT);
        await page.click(`#sign-in button[type=submit]`);
        await page.waitForFunction((t) => document.getElementById("status")?.textContent === t, w.count);
        expect(await page.locator("tbody tr").count()).toBe(4);
        expect(await page.textContent("#who-text")).toContain("key:other");
        expect(await page.locator("tbody").textContent()).toContain(w.written);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: join(ARTIFACTS, `ledger-${lang}-${width}.png`), fullPage: true });

        await page.fill("#employee", "E0002");
        await page.click(`#filters button[type=submit]`);
        await page.waitForFunction((t) => document.getElementById("status")?.textContent === t, w.one);
        expect(await page.locator("tbody").textContent()).toContain("E0002");

        await page.fill("#employee", "");
        await page.selectOption("#state", "refused");
        await page.click(`#filters button[type=submit]`);
        await page.waitForFunction((t) => document.getElementById("status")?.textContent === t, w.one);

        await page.selectOption("#state", "");
        const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
        const csv = readFileSync((await download.path()) as string, "utf8");
        expect(csv.replace(/^\uFEFF/, "").startsWith(w.head)).toBe(true);
        expect(csv).toContain("'=SUM(1)");
        expect(csv).not.toContain("private");
        expect(errors).toEqual([]);
        await page.close();
      },
      60_000,
    );
  });
});
