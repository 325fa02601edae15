/**
 * taskpane.html opened in a plain browser (host null): a clear message, in the browser's language,
 * never a blank page. And the pane under a dark Office theme.
 */
import { launchBrowser, shot } from "./support/browser";
import { startStack, type Stack } from "./support/stack";

jest.setTimeout(60_000);

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

test.each([
  ["en-US", "Open this in Excel", "works inside Excel only"],
  ["zh-CN", "请在 Excel 中打开", "只能在 Excel 中使用"],
])("outside Office in %s", async (lang, title, body) => {
  const browser = await launchBrowser(lang);
  try {
    const page = await browser.newPage();
    const offBox: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(stack.url) && !r.url().startsWith("https://appsforoffice.microsoft.com/"))
        offBox.push(r.url());
    });
    await page.goto(`${stack.url}/taskpane.html`);
    const message = page.getByTestId("host-missing");
    await message.waitFor({ timeout: 20_000 });
    expect(await message.textContent()).toContain(title);
    expect(await message.textContent()).toContain(body);
    expect(offBox).toEqual([]);
    await shot(page, `${lang}-00-outside-office`);
  } finally {
    await browser.close();
  }
});

test("the help page (SupportUrl, LearnMoreUrl) is a real page in both languages outside Excel", async () => {
  const browser = await launchBrowser("en-US");
  try {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    const answer = await page.goto(`${stack.url}/help.html`);
    expect(answer?.status()).toBe(200);
    expect(await page.locator("#zh h1").textContent()).toBe("飞书考勤导入：使用帮助");
    expect(await page.locator("#en h1").textContent()).toBe("Feishu Attendance: help");
    const body = (await page.locator("body").textContent()) ?? "";
    expect(body).toContain("创建或修复模板");
    expect(body).toContain("Create or repair the template");
    expect(body).not.toContain("Open this in Excel");
    // Self-contained: nothing but the page itself is fetched.
    expect(requests).toEqual([`${stack.url}/help.html`]);
    await shot(page, "help-page");
  } finally {
    await browser.close();
  }
});

test("a dark Office theme gives a dark pane, still readable", async () => {
  const browser = await launchBrowser("zh-CN");
  try {
    const page = await browser.newPage();
    await page.goto(`${stack.url}/playground.html?lang=zh-CN&theme=dark`);
    const pane = page.locator("main[data-ready]");
    await pane.waitFor();
    const [bg, fg] = await pane.evaluate((el) => [
      getComputedStyle(el).backgroundColor,
      getComputedStyle(el).color,
    ]);
    const lum = (rgb: string) =>
      rgb
        .match(/\d+/g)!
        .slice(0, 3)
        .reduce((a, b) => a + Number(b), 0) / 3;
    expect(lum(bg)).toBeLessThan(80);
    expect(lum(fg)).toBeGreaterThan(180);
    await shot(page, "zh-CN-12-dark-theme");
  } finally {
    await browser.close();
  }
});
