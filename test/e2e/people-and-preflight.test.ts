/**
 * In a real browser, in both languages: people named by email and mobile are looked up and
 * sent under their IDs, an unknown one is an error on its cell before sending; a proxy with a
 * wrong app secret is refused before anything is sent; a proxy whose CORS list lacks the page,
 * and an address without https://, get verdicts naming the real cause, in the clerk's language.
 */
import { EMULATOR_APP, loadConfig } from "../../src/proxy/config";
import { startProxy, type RunningProxy } from "../../src/proxy/server";
import { launchBrowser, type Browser } from "./support/browser";
import { PlaygroundPage, type Lang } from "./support/playground";
import { API_KEY, startStack, type Stack } from "./support/stack";

jest.setTimeout(120_000);

const SAYS: Record<
  Lang,
  { row: (who: string) => string[]; notFound: RegExp; nothingSent: RegExp; cors: RegExp; https: RegExp }
> = {
  "en-US": {
    row: (who) => [who, "Annual leave", "2026-02-02 09:00", "2026-02-02 18:00", "Day", "1", "Family"],
    notFound: /Feishu has no current employee with the email or mobile "nobody@example\.com"/,
    nothingSent: /^Nothing was sent\. .*refused the proxy's app credentials.*FEISHU_APP_SECRET/,
    cors: /is running but does not accept requests from this add-in's page.*PROXY_CORS_ORIGINS/,
    https: /lacks https:\/\//,
  },
  "zh-CN": {
    row: (who) => [who, "年假", "2026-02-02 09:00", "2026-02-02 18:00", "天", "1", "家事"],
    notFound: /飞书中找不到邮箱或手机号为「nobody@example\.com」的在职员工/,
    nothingSent: /^未发送任何行。.*拒绝了代理的应用凭证.*FEISHU_APP_SECRET/,
    cors: /在运行，但不接受来自本加载项页面的请求.*PROXY_CORS_ORIGINS/,
    https: /缺少 https:\/\//,
  },
};

/** A second proxy in front of the same emulator: `secret` wrong and/or `cors` allowing the page. */
async function otherProxy(stack: Stack, o: { secret?: string; cors?: string }): Promise<RunningProxy> {
  const config = loadConfig({
    PROXY_PORT: "0",
    PROXY_AUDIT_FILE: "off",
    PROXY_LEDGER: "off", // the ledger has its own tests (test/proxy/ledger)
    LOG_LEVEL: "silent",
    ...(o.cors ? { PROXY_CORS_ORIGINS: o.cors } : {}),
  });
  return startProxy({
    ...config,
    feishu: {
      ...EMULATOR_APP,
      appSecret: o.secret ?? EMULATOR_APP.appSecret,
      baseUrl: stack.emulator.url,
      kind: "emulator",
    },
  });
}

describe.each<Lang>(["en-US", "zh-CN"])("people and pre-flight (%s)", (lang) => {
  let stack: Stack;
  let wrongSecret: RunningProxy;
  let noCors: RunningProxy;
  let browser: Browser;
  let p: PlaygroundPage;
  const says = SAYS[lang];
  const connect = async (url: string) => {
    await p.tab(lang === "en-US" ? "Setup" : "设置");
    await p.page.getByLabel(lang === "en-US" ? "Proxy address" : "代理地址").fill(url);
    await p.page.getByLabel(p.w.apiKey).fill(API_KEY);
    await p.page.getByRole("button", { name: p.w.saveAndTest }).click();
    const answer = p.page.getByTestId("connection-result");
    await p.waitFor(async () => (await answer.count()) > 0 && !!(await answer.textContent()), "a verdict");
    return (await answer.textContent()) ?? "";
  };
  const oneLanguage = (s: string) =>
    lang === "en-US"
      ? expect(s).not.toMatch(/[\u4e00-\u9fff]/)
      : expect(s).not.toMatch(/\b(the|cannot|Ask|needs|fix)\b/);

  beforeAll(async () => {
    stack = await startStack();
    wrongSecret = await otherProxy(stack, { secret: "not-the-secret", cors: stack.url });
    noCors = await otherProxy(stack, {});
    browser = await launchBrowser(lang);
    const page = await browser.newPage();
    await page.goto(`${stack.url}/playground.html?lang=${lang}`);
    await page.waitForSelector("main[data-ready]");
    p = new PlaygroundPage(page, lang);
    await p.page.getByRole("button", { name: p.w.createTemplate }).click();
    await p.page.getByTestId("template-report").waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await wrongSecret?.close();
    await noCors?.close();
    await stack?.close();
  });

  test("emails and mobiles are looked up and sent as IDs; an unknown email is flagged on its cell", async () => {
    expect(await connect(stack.url)).toContain(p.w.connected);
    await p.typeRow(2, says.row("E0001@Example.com"));
    await p.typeRow(3, says.row("+86 138-0000-0002"));
    await p.typeRow(4, says.row("nobody@example.com"));
    let lookups = 0;
    p.page.on("request", (r) => void (r.url().includes("/contact/v3/users/batch_get_id") && lookups++));
    await p.tab(p.w.tabCheck);
    await p.page.getByRole("button", { name: p.w.checkAll }).click();
    const message = await p.column(p.w.message);
    await p.waitFor(async () => says.notFound.test(await p.text(`${message}4`)), "row 4 flagged");
    // Row 2 is good: its message is the start and end it will be sent with, no problem.
    expect(await p.text(`${message}2`)).toMatch(/09:00:00/);
    expect(says.notFound.test(await p.text(`${message}2`))).toBe(false);
    expect(lookups).toBe(1); // two people, one call
    await p.tab(p.w.tabSubmit);
    const button = p.page.getByTestId("submit-button");
    await p.waitFor(async () => /2/.test((await button.textContent()) ?? ""), "2 rows to send");
    await button.click();
    await p.page.getByTestId("submit-summary").waitFor();
    expect(await p.figure("submit-summary", "written")).toBe(2);
    expect(
      stack.emulator
        .records()
        .map((r) => r.user_id)
        .sort(),
    ).toEqual(["E0001", "E0002"]);
    // The answers were kept: the run asked Feishu nothing more.
    expect(lookups).toBe(1);
  });

  /** Status and Message of rows 2 to 5, for a failure message that says what the sheet showed. */
  async function rowsText(msgCol: string): Promise<string> {
    const status = await p.column(p.w.status);
    const out: string[] = [];
    for (const r of [2, 3, 4, 5])
      out.push(`${r}: ${await p.text(`${status}${r}`)} / ${await p.text(`${msgCol}${r}`)}`);
    return out.join("; ");
  }

  test("a proxy with a wrong app secret: the run is refused before anything is sent", async () => {
    const verdict = await connect(wrongSecret.url);
    oneLanguage(verdict);
    await p.typeRow(5, [
      ...says.row("E0005").slice(0, 2),
      "2026-02-03 09:00",
      "2026-02-03 18:00",
      ...says.row("").slice(4),
    ]);
    await p.tab(p.w.tabCheck);
    await p.page.getByRole("button", { name: p.w.checkAll }).click();
    await p.tab(p.w.tabSubmit);
    const button = p.page.getByTestId("submit-button");
    const msg = await p.column(p.w.message);
    await p.waitFor(
      async () => /1/.test((await button.textContent()) ?? ""),
      `1 row to send (button: ${await button.textContent()}, rows 2-5: ${await rowsText(msg)})`,
    );
    const before = stack.emulator.records().length;
    await button.click();
    const alert = p.page.getByRole("alert");
    await alert.waitFor();
    const text = (await alert.textContent()) ?? "";
    expect(text).toMatch(says.nothingSent);
    oneLanguage(text);
    expect(stack.emulator.records()).toHaveLength(before);
    const status = await p.column(p.w.status);
    expect(await p.text(`${status}5`)).not.toMatch(/Failed|失败/);
  });

  test("a proxy whose CORS list lacks this page, and an address without https://, are named as such", async () => {
    const cors = await connect(noCors.url);
    expect(cors).toMatch(says.cors);
    expect(cors).toContain(stack.url);
    oneLanguage(cors);
    const https = await connect(noCors.url.replace(/^http:\/\//, ""));
    expect(https).toMatch(says.https);
    oneLanguage(https);
  });
});
