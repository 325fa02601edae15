/**
 * bench:ui — how heavy the task pane is and how fast it is ready.
 * bundle_gzip_kb: gzip size of the JavaScript taskpane.html loads in the production build (not office.js).
 * first_render_ms: headless Chromium, fresh profile each time, from navigation start to the
 * pane's first commit ("pane-ready" performance mark), served by the real proxy on 127.0.0.1
 * with the npm copy of office.js; the median of several cold loads of the slower of the two
 * pages (taskpane.html outside Office, and the full pane in the playground).
 * Last line: {"bundle_gzip_kb":…,"first_render_ms":…}
 */
import { execSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../e2e/support/browser";
import { DIST, startStack } from "../e2e/support/stack";

const RUNS = 5;

function ensureBuild(): void {
  if (existsSync(join(DIST, "taskpane.html")) && existsSync(join(DIST, "playground.html"))) return;
  console.log("build/playground/ missing: building…");
  execSync("npx webpack --mode production --env playground", { stdio: "inherit" });
}

function bundleGzipKb(): number {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const local = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const files = local.length
    ? local.map((src) => src.replace(/^\.?\//, ""))
    : readdirSync(DIST).filter((f) => /^taskpane.*\.js$/.test(f));
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
  console.log(`task pane scripts: ${files.join(", ")}`);
  return Math.round((bytes / 1024) * 10) / 10;
}

async function firstRender(url: string): Promise<number> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: "domcontentloaded" });
    await page.waitForFunction(() => performance.getEntriesByName("pane-ready").length > 0, undefined, {
      timeout: 15_000,
    });
    return await page.evaluate(() => performance.getEntriesByName("pane-ready")[0].startTime);
  } finally {
    await browser.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  ensureBuild();
  const bundle = bundleGzipKb();
  const stack = await startStack();
  try {
    const pages = [`${stack.url}/taskpane.html`, `${stack.url}/playground.html?lang=en-US`];
    const medians: number[] = [];
    for (const url of pages) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await firstRender(url));
      medians.push(median(times));
      console.log(
        `${url.replace(stack.url, "")}: ${times.map((t) => Math.round(t)).join(", ")} ms (median ${Math.round(median(times))})`,
      );
    }
    console.log(
      JSON.stringify({ bundle_gzip_kb: bundle, first_render_ms: Math.round(Math.max(...medians)) }),
    );
  } finally {
    await stack.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
