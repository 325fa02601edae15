/** taskpane.html opened in a plain browser (host null): a clear message, in the browser's language, never a blank page. */
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
      if (!r.url().startsWith(stack.url) && !r.url().startsWith("https://appsforoffice.microsoft.com/")) offBox.push(r.url());
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
