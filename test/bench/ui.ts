/**
 * bench:ui — how heavy the task pane is and how fast it is ready.
 * bundle_gzip_kb: gzip size of the JavaScript taskpane.html loads in the production build (not office.js).
 * first_render_ms: headless Chromium, fresh profile each time, from navigation start to the
 * pane's first commit ("pane-ready" performance mark), served by the real proxy on 127.0.0.1
 * with the npm copy of office.js; the median of several cold loads of the slower of the two
 * pages (taskpane.html outside Office, and the full pane in the playground).
 * overflow_px_320: the widest horizontal overflow of any pane view (setup, check with issues,
 * send with the preview table, a run's summary with a row Feishu refused, and a revoke's result) at
 * a 320 px pane, both languages.
 * untranslated: visible strings in those views that are in the other language (Latin words in
 * the zh-CN pane, Han characters in the en-US pane), outside names and codes
 * (test/support/foreign-words.ts), and the same in the Status and Message cells the send and the
 * revoke wrote into the sheet.
 * Last line: {"bundle_gzip_kb":…,"first_render_ms":…,"overflow_px_320":…,"untranslated":…}
 */
import { execSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../e2e/support/browser";
import { paneOverflow, setPaneWidth, untranslated } from "../e2e/support/pane-measure";
import { PlaygroundPage, type Lang } from "../e2e/support/playground";
import { API_KEY, DIST, startStack } from "../e2e/support/stack";
import { foreignWords } from "../support/foreign-words";

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

const SAMPLE: Record<Lang, string[][]> = {
  "en-US": [
    ["E0001", "Annual leave", "2026-02-02 09:00", "2026-02-02 18:00", "Day", "1", "Family"],
    ["E9999", "Annual leave", "2026-02-03 09:00", "2026-02-03 18:00", "Day", "1", "Moving house"],
    ["E0003", "?", "2026-02-04 18:00", "2026-02-04 09:00", "", "", ""],
  ],
  "zh-CN": [
    ["E0001", "年假", "2026-02-02 09:00", "2026-02-02 18:00", "天", "1", "家事"],
    ["E9999", "年假", "2026-02-03 09:00", "2026-02-03 18:00", "天", "1", "搬家"],
    ["E0003", "?", "2026-02-04 18:00", "2026-02-04 09:00", "", "", ""],
  ],
};

/** Walks a clerk through every pane view at 320 px in `lang`; the worst overflow and the foreign strings. */
async function paneViews(url: string, lang: Lang): Promise<{ overflow: number; foreign: string[] }> {
  const browser = await launchBrowser(lang);
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/playground.html?lang=${lang}`);
    await page.waitForSelector("main[data-ready]");
    await setPaneWidth(page, 320);
    const p = new PlaygroundPage(page, lang);
    let overflow = 0;
    const foreign = new Set<string>();
    const measure = async (view: string) => {
      const o = await paneOverflow(page);
      if (o.px > 0) console.log(`${lang} ${view}: ${o.px}px past the edge (${o.worst})`);
      overflow = Math.max(overflow, o.px);
      for (const s of await untranslated(page, lang)) foreign.add(`${view}: ${s}`);
    };
    await page.getByRole("button", { name: p.w.createTemplate }).click();
    await page.getByTestId("template-report").waitFor();
    await page.getByLabel(p.w.apiKey).fill(API_KEY);
    await page.getByRole("button", { name: p.w.saveAndTest }).click();
    await page.getByTestId("connection-result").waitFor();
    await measure("setup");
    for (const [i, row] of SAMPLE[lang].entries()) await p.typeRow(i + 2, row);
    await p.tab(p.w.tabCheck);
    await page.getByRole("button", { name: p.w.checkAll }).click();
    await page.getByTestId("issue-list").locator("li").first().waitFor();
    await measure("check");
    await p.tab(p.w.tabSubmit);
    await p.select("A2", "A4");
    await page.getByRole("button", { name: p.w.preview }).click();
    await page.getByTestId("preview-table").waitFor();
    await page.getByRole("button", { name: p.w.showJson }).click();
    await measure("preview");
    await page.getByRole("radio", { name: p.w.scopePending }).check();
    await page.getByTestId("submit-button").click();
    await page.getByTestId("submit-summary").waitFor();
    await measure("summary");
    await sheetMessages(p, foreign, "summary");
    // A revoke of the written row: its result and the row's Message, in the pane's language too.
    await p.select("A2");
    await page.getByTestId("revoke-button").click();
    await page.getByTestId("revoke-confirm-button").click();
    await page.getByTestId("lifecycle-result").waitFor();
    await measure("revoke");
    await sheetMessages(p, foreign, "revoke");
    return { overflow, foreign: [...foreign] };
  } finally {
    await browser.close();
  }
}

/** The Status and Message cells the run wrote into rows 2-4, read for words of the other language. */
async function sheetMessages(p: PlaygroundPage, foreign: Set<string>, view: string): Promise<void> {
  const columns = [await p.column(p.w.status), await p.column(p.w.message)];
  for (let row = 2; row <= 4; row++)
    for (const c of columns) {
      const said = await p.text(`${c}${row}`);
      console.log(`${p.lang} ${view} ${c}${row}: ${said}`);
      if (foreignWords(said, p.lang).length) foreign.add(`${view} sheet ${c}${row}: ${said}`);
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
    const views = [await paneViews(stack.url, "en-US"), await paneViews(stack.url, "zh-CN")];
    const foreign = views.flatMap((v) => v.foreign);
    for (const f of foreign) console.log(`untranslated: ${f}`);
    console.log(
      JSON.stringify({
        bundle_gzip_kb: bundle,
        first_render_ms: Math.round(Math.max(...medians)),
        overflow_px_320: Math.max(...views.map((v) => v.overflow)),
        untranslated: foreign.length,
      }),
    );
  } finally {
    await stack.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
