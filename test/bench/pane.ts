/**
 * bench:pane — the production playground build in headless Chromium: the real pane and Excel
 * adapter over the fake Excel (each `sync()` charged a round trip, default 20 ms), through the
 * real proxy to the emulator (20 ± 5 ms upstream latency, Feishu's 50 requests a second).
 *
 * records_per_s: 2,000 pasted leave rows sent with "Send" (all rows not yet sent), from the click
 * to the run's summary, written records counted at the emulator.
 * edit_ms_p95_20k: on a 20,000-row sheet, checked once, a one-cell change (End before Start) and
 * Enter, to that cell's highlight and the row's Message shown in the grid; p95 over 24 edits.
 * check_20k_ms: "Check everything" on those 20,000 rows, from the click to the button ready again.
 * long_task_max_ms: the longest main-thread task (PerformanceObserver "longtask") during that check
 * and during the 2,000-row send.
 * sends_per_record_max: a second stack whose emulator answers 20% of creates with 429; 500 rows
 * sent; the most create attempts any record (idempotent_id) took, counted at the emulator.
 *
 * `npm run bench:pane -- --sync-ms 100` charges each sync what Excel on the web costs (see
 * README "Benchmarks"). Last line: {"records":2000,"records_per_s":…,"limit_per_s":50,
 * "edit_ms_p95_20k":…,"check_20k_ms":…,"long_task_max_ms":…,"sends_per_record_max":…}
 */
import type { Page } from "playwright-core";
import { launchBrowser, type Browser } from "../e2e/support/browser";
import { PlaygroundPage } from "../e2e/support/playground";
import { API_KEY, startStack, type Stack } from "../e2e/support/stack";
import { ensurePlaygroundBuild, longTaskMax, measureCheck, measureEdit, waitIdle } from "./pane-page";

const RECORDS = 2000;
const BIG_SHEET = 20_000;
const EDITS = 24;
const FAULT_RECORDS = 500;
const LIMIT = 50;
const LATENCY = { min: 15, max: 25 };

/** `--only send,check,faults` runs those parts alone (while working on one; the JSON then lacks the rest). */
function parts(): Set<string> {
  const at = process.argv.indexOf("--only");
  return new Set(at >= 0 ? process.argv[at + 1].split(",") : ["send", "check", "faults"]);
}

function syncMs(): number {
  const at = process.argv.indexOf("--sync-ms");
  const ms = at >= 0 ? Number(process.argv[at + 1]) : 20;
  if (!Number.isFinite(ms) || ms < 0) throw new Error("--sync-ms needs a number of milliseconds");
  return ms;
}

/** A fresh page with the template, the connection tested and `rows` sample leave rows pasted. */
async function openPane(browser: Browser, stack: Stack, sync: number, rows: number): Promise<PlaygroundPage> {
  const page = await browser.newPage();
  // tsx names the functions it compiles with a helper the page lacks; evaluated code may call it.
  await page.addInitScript({ content: "window.__name = (f) => f;" });
  await page.addInitScript(() => {
    const w = window as unknown as { benchLongTasks: { start: number; ms: number }[] };
    w.benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.benchLongTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(`${stack.url}/playground.html?lang=en-US&syncMs=${sync}`);
  await page.waitForSelector("main[data-ready]");
  const p = new PlaygroundPage(page, "en-US");
  await page.getByRole("button", { name: p.w.createTemplate }).click();
  await page.getByTestId("template-report").waitFor();
  await page.getByLabel(p.w.apiKey).fill(API_KEY);
  await page.getByRole("button", { name: p.w.saveAndTest }).click();
  await page.getByTestId("connection-result").waitFor();
  await page.getByLabel("Sample leave rows").fill(String(rows));
  await page.getByRole("button", { name: "Paste sample rows" }).click();
  await p.tab(p.w.tabCheck);
  await waitIdle(page, p.w.checkAll);
  return p;
}

/** Sends every pending row; seconds from the click to the summary. */
async function send(p: PlaygroundPage): Promise<{ seconds: number; from: number; to: number }> {
  const page: Page = p.page;
  await p.tab(p.w.tabSubmit);
  await page.getByRole("radio", { name: p.w.scopePending }).check();
  const from = await page.evaluate(() => performance.now());
  await page.getByTestId("submit-button").click();
  await page.getByTestId("submit-summary").waitFor({ timeout: 600_000 });
  const to = await page.evaluate(() => performance.now());
  return { seconds: (to - from) / 1000, from, to };
}

const percentile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
const round = (n: number) => Math.round(n * 10) / 10;

async function main(): Promise<void> {
  ensurePlaygroundBuild();
  const sync = syncMs();
  const only = parts();
  console.log(`fake Excel: ${sync} ms per sync; emulator ${LATENCY.min}-${LATENCY.max} ms, ${LIMIT}/s`);
  const out: Record<string, number> = { records: RECORDS };

  const stack = await startStack({ ratePerSec: LIMIT, latencyMs: LATENCY });
  const browser = await launchBrowser();
  let longTask = 0;
  try {
    if (only.has("send")) {
      const p = await openPane(browser, stack, sync, RECORDS);
      const run = await send(p);
      const written = stack.emulator.records().length;
      const sendLong = await longTaskMax(p.page, run.from, run.to);
      longTask = Math.max(longTask, sendLong);
      console.log(
        `send: ${written} written in ${run.seconds.toFixed(1)} s, longest task ${round(sendLong)} ms`,
      );
      out.records_per_s = round(written / run.seconds);
      out.limit_per_s = LIMIT;
      await p.page.close();
    }
    if (only.has("check"))
      await bigSheet(browser, stack, sync, out, (ms) => (longTask = Math.max(longTask, ms)));
    out.long_task_max_ms = Math.round(longTask);
  } finally {
    await browser.close();
    await stack.close();
  }
  if (only.has("faults")) out.sends_per_record_max = await faultyRun(sync);
  console.log(JSON.stringify(out));
}

async function bigSheet(
  browser: Browser,
  stack: Stack,
  sync: number,
  out: Record<string, number>,
  longTask: (ms: number) => void,
): Promise<void> {
  const big = await openPane(browser, stack, sync, BIG_SHEET);
  const check = await measureCheck(big.page, big.w.checkAll);
  longTask(check.longTaskMs);
  console.log(`check ${BIG_SHEET}: ${Math.round(check.ms)} ms, longest task ${round(check.longTaskMs)} ms`);
  const end = await big.column("End");
  const message = await big.column(big.w.message);
  const edits: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const row = 3 + i * 4;
    edits.push(
      await measureEdit(
        big.page,
        `${big.w.sheet}!${end}${row}`,
        "2026-02-01 08:00",
        `${big.w.sheet}!${message}${row}`,
      ),
    );
  }
  console.log(`edits: ${edits.map((e) => Math.round(e)).join(", ")} ms`);
  out.edit_ms_p95_20k = Math.round(percentile(edits, 0.95));
  out.check_20k_ms = Math.round(check.ms);
  await big.page.close();
}

async function faultyRun(sync: number): Promise<number> {
  const faulty = await startStack({
    ratePerSec: LIMIT,
    latencyMs: LATENCY,
    faults: { rateLimit429Rate: 0.2 },
  });
  const browser2 = await launchBrowser();
  try {
    const p = await openPane(browser2, faulty, sync, FAULT_RECORDS);
    const run = await send(p);
    const attempts = Object.values(faulty.emulator.stats().createsByKey);
    const written = faulty.emulator.records().length;
    console.log(
      `20% 429s: ${written} of ${FAULT_RECORDS} written in ${run.seconds.toFixed(1)} s, ${attempts.reduce((a, b) => a + b, 0)} attempts`,
    );
    return Math.max(0, ...attempts);
  } finally {
    await browser2.close();
    await faulty.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
