/**
 * Headless Chromium (Debian's) through playwright-core, with a fresh profile, no network but
 * 127.0.0.1, and Office.js served from the npm copy when a page asks for the CDN URL.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, normalize, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { OFFICE_JS_DIR } from "./stack";

export const ARTIFACTS = resolve(__dirname, "../artifacts");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A fresh profile each time; `locale` is the browser's language (what the pane falls back to
 * outside Office). `ignoreHttpsErrors` accepts the dev server's generated certificate, whose CA
 * a test machine does not trust.
 */
export async function launchBrowser(
  locale = "en-US",
  options: { ignoreHttpsErrors?: boolean } = {},
): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "pane-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, `--lang=${locale}`],
    headless: true,
    locale,
    viewport: { width: 1680, height: 950 },
    ignoreHTTPSErrors: options.ignoreHttpsErrors ?? false,
  });
  // Office.js from the local npm copy; anything else off-box is refused (tests never use the internet).
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) {
      const file = normalize(join(OFFICE_JS_DIR, url.slice(OFFICE_CDN.length).split("?")[0]));
      if (!file.startsWith(OFFICE_JS_DIR)) return route.abort();
      try {
        return await route.fulfill({ body: readFileSync(file), contentType: "text/javascript" });
      } catch {
        return route.fulfill({ status: 404, body: "" });
      }
    }
    const host = new URL(url).hostname;
    return host === "127.0.0.1" || host === "localhost" ? route.continue() : route.abort();
  });
  return {
    context,
    async newPage() {
      return context.newPage();
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot under test/e2e/artifacts/<name>.png, after scrolling `focus` (a test id) into view. */
export async function shot(page: Page, name: string, focus?: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  if (focus) await page.getByTestId(focus).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
}
