/**
 * bench:shuffle — a record is its key, never its row (issue 22). The production playground in
 * headless Chromium (real pane, real Excel adapter over the fake Excel at 20 ms a sync) through
 * the real proxy to the emulator (15–25 ms, 50/s):
 * 1. 1,000 pasted leave rows sent, while at seeded random moments the bench inserts and deletes
 *    rows, sorts the table by another column, types new rows and lets a co-author type one
 *    (now, or just before the pane's next sync);
 * 2. 50 revokes and 50 replaces (10 rounds of 5 each): select rows (or edit them), press Revoke
 *    (or Replace), disturb the same way, then confirm;
 * 3. the journal sheet deleted and the whole table selected and sent again.
 * Counted in the emulator's store and the sheet at the end (shuffle-count.ts). `--seed N` replays
 * a run (default from the clock; printed). Last line: {"rows":1000,"seed":…,"disturbances":…,
 * "wrong_row_ids":…,"lost_ids":…,"wrong_revokes":…,"duplicates":…,"stuck_rows":…}
 */
import type { Page } from "playwright-core";
import { launchBrowser } from "../e2e/support/browser";
import { PlaygroundPage } from "../e2e/support/playground";
import { API_KEY, startStack, type Stack } from "../e2e/support/stack";
import { ensurePlaygroundBuild, waitIdle } from "./pane-page";
import { count, type Asked } from "./shuffle-count";
import { disturb, disturbed, editReasons, flush, journalIds, readTable, selectBlock } from "./shuffle-sheet";
import { JOURNAL_SHEET, type Disturbance } from "./shuffle-sheet";

const ROWS = 1000;
const ROUNDS = 10;
const PER_ROUND = 5;
const SYNC_MS = 20;
const KINDS: Disturbance[] = ["insert", "delete", "sort", "type", "remote"];

function seedArg(): number {
  const at = process.argv.indexOf("--seed");
  const seed = at >= 0 ? Number(process.argv[at + 1]) : Date.now() % 2_147_483_647;
  if (!Number.isInteger(seed)) throw new Error("--seed needs a whole number");
  return seed;
}

/** mulberry32: a small seeded PRNG, numbers in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function openPane(stack: Stack, page: Page): Promise<PlaygroundPage> {
  await page.addInitScript({ content: "window.__name = (f) => f;" });
  await page.goto(`${stack.url}/playground.html?lang=en-US&syncMs=${SYNC_MS}`);
  await page.waitForSelector("main[data-ready]");
  const p = new PlaygroundPage(page, "en-US");
  await page.getByRole("button", { name: p.w.createTemplate }).click();
  await page.getByTestId("template-report").waitFor();
  await page.getByLabel(p.w.apiKey).fill(API_KEY);
  await page.getByRole("button", { name: p.w.saveAndTest }).click();
  await page.getByTestId("connection-result").waitFor();
  await page.getByLabel("Sample leave rows").fill(String(ROWS));
  await page.getByRole("button", { name: "Paste sample rows" }).click();
  await p.tab(p.w.tabCheck);
  await waitIdle(page, p.w.checkAll);
  await p.tab(p.w.tabSubmit);
  return p;
}

/** The Send tab is idle: no run, the sheet checked (Verify is offered only then). */
async function idle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector<HTMLButtonElement>('[data-testid="verify-button"]')?.disabled === false,
    undefined,
    { timeout: 600_000, polling: 50 },
  );
}

/** Clicks a pane button in the page and returns once the run it starts is over and the pane idle. */
async function press(p: PlaygroundPage, testId: string): Promise<void> {
  await p.page.evaluate(async (id) => {
    const busy = () =>
      document.querySelector<HTMLButtonElement>('[data-testid="verify-button"]')?.disabled ?? true;
    const button = document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);
    if (!button || button.disabled) throw new Error(`${id} is not there to press`);
    button.click();
    const start = performance.now();
    let seen = false;
    for (;;) {
      await new Promise((r) => setTimeout(r, 5));
      if (busy()) seen = true;
      else if (seen || performance.now() - start > 15_000) return;
      if (performance.now() - start > 600_000) throw new Error(`${id}: the run never ended`);
    }
  }, testId);
  await idle(p.page);
}

type Shake = (page: Page) => Promise<void>;

/** 1 or 2 disturbances. */
async function shakeSome(page: Page, random: () => number, shake: Shake): Promise<void> {
  for (let i = random() < 0.5 ? 1 : 2; i > 0; i--) await shake(page);
}

/** 2a. Rounds of: select 5 written rows, press Revoke, disturb, confirm. */
async function revokes(p: PlaygroundPage, random: () => number, shake: Shake, asked: Asked): Promise<void> {
  for (let round = 0; round < ROUNDS; round++) {
    const block = await selectBlock(p.page, random(), PER_ROUND, [...asked.revoke]);
    if (!block.length) {
      console.log(`revoke round ${round}: no ${PER_ROUND} adjacent written rows left`);
      continue;
    }
    await p.page.getByTestId("revoke-button").click();
    const confirm = p.page.getByTestId("revoke-confirm");
    await confirm.waitFor({ timeout: 60_000 });
    const who = (await confirm.locator('[data-field="who"]').textContent()) ?? "";
    const wanted = block.map((r) => r.cells["Employee ID"]).sort();
    if (who.split(/,\s*/).sort().join() !== wanted.join())
      console.log(
        `revoke round ${round}: confirmation names ${who}, the bench selected ${wanted.join(", ")}`,
      );
    for (const r of block) asked.revoke.add(r.cells["Approval ID"]);
    await shakeSome(p.page, random, shake);
    await press(p, "revoke-confirm-button");
    await flush(p.page);
  }
}

/** 2b. Rounds of: edit the Reason of 5 written rows, wait for the pane to offer Replace, disturb, press Replace. */
async function replaces(p: PlaygroundPage, random: () => number, shake: Shake, asked: Asked): Promise<void> {
  for (let round = 0; round < ROUNDS; round++) {
    const skip = [...asked.revoke, ...asked.replace];
    const picks = Array.from({ length: PER_ROUND }, () => random());
    // Rows the pane already takes as edited (e.g. a row showing another row's ID) count too.
    const note = p.page.getByTestId("replace-button").locator("xpath=..");
    const edited = async () => Number(/(\d+)/.exec((await note.textContent()) ?? "")?.[1] ?? 0);
    const before = await edited();
    if (before) console.log(`replace round ${round}: the pane already offers ${before} edited rows`);
    const rows = await editReasons(p.page, picks, `Replaced ${round}`, skip);
    for (const r of rows) asked.replace.add(r.cells["Approval ID"]);
    // The pane's live check shows the edits; when rows it took as edited settle meanwhile the
    // count may never reach before + n, so after 20 s the round goes on (and says so).
    const seen = await p
      .waitFor(async () => (await edited()) >= before + rows.length, "edits seen", 20_000)
      .then(
        () => true,
        () => false,
      );
    if (!seen) console.log(`replace round ${round}: the pane offers ${await edited()} edited rows`);
    await shakeSome(p.page, random, shake);
    await press(p, "replace-button");
    await flush(p.page);
  }
}

/** 3. Every body row of the table selected, "The selected rows", Send. */
async function sendWholeTable(p: PlaygroundPage): Promise<void> {
  await p.page.evaluate(() => {
    const f = (window as unknown as { fakeExcel: PageSelect }).fakeExcel;
    const t = f.book.table("FeishuLeave");
    if (t) f.userSelect(t.sheet.name, `A${t.row + 2}:A${t.row + 1 + t.rows}`);
  });
  await p.page.getByRole("radio", { name: p.w.scopeSelected }).check();
  await p.page.getByRole("button", { name: p.w.useSelection }).click();
  await p.page.waitForTimeout(500);
  await press(p, "submit-button");
}

interface PageSelect {
  book: { table(n: string): { sheet: { name: string }; row: number; rows: number } | undefined };
  userSelect(sheet: string, address: string): void;
}

async function main(): Promise<void> {
  ensurePlaygroundBuild();
  const seed = seedArg();
  const random = prng(seed);
  console.log(`seed ${seed}; fake Excel ${SYNC_MS} ms a sync; emulator 15-25 ms, 50/s`);
  const stack = await startStack({ ratePerSec: 50, latencyMs: { min: 15, max: 25 } });
  const browser = await launchBrowser();
  let typed = 0;
  const t0 = Date.now();
  const shake: Shake = async (page) => {
    const kind = KINDS[Math.floor(random() * KINDS.length)];
    const between = random() < 0.5;
    await disturb(page, { kind, pick: random(), count: random(), between, n: ++typed });
    const s = ((Date.now() - t0) / 1000).toFixed(1);
    console.log(
      `  ${s} s: ${kind}${between ? " before the next sync" : ""}; ${stack.emulator.records().length} records`,
    );
  };
  try {
    const p = await openPane(stack, await browser.newPage());
    const page = p.page;
    console.log(`pane ready, ${ROWS} rows pasted (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    // 1. The send, disturbed at random moments until its summary shows.
    let sent = false;
    const summary = page.getByTestId("submit-summary").waitFor({ timeout: 600_000 });
    void summary.then(() => (sent = true));
    await page.getByRole("radio", { name: p.w.scopePending }).check();
    await page.getByTestId("submit-button").click();
    while (!sent) {
      await page.waitForTimeout(200 + random() * 1000);
      if (!sent) await shake(page);
    }
    await summary;
    await idle(page);
    console.log(
      `sent: ${stack.emulator.records().length} records; ${(await disturbed(page)).done} disturbances`,
    );
    // Where the send alone left the sheet (a log line only; the JSON counts the end).
    const none: Asked = { revoke: new Set(), replace: new Set(), excused: new Set() };
    const afterSend = count(stack.emulator.records(), await readTable(page), new Set(), [], none);
    console.log(`after the send: ${JSON.stringify(afterSend.counts)}`);
    for (const line of afterSend.detail.wrong_row_ids ?? []) console.log(`  after the send: ${line}`);

    const asked: Asked = { revoke: new Set(), replace: new Set(), excused: new Set() };
    await revokes(p, random, shake, asked);
    await replaces(p, random, shake, asked);
    console.log(`revoke asked ${asked.revoke.size}, replace asked ${asked.replace.size}`);

    // 3. The journal deleted, then the whole table selected and sent again.
    const journalBefore = await journalIds(page);
    await page.evaluate(
      (s) =>
        (window as unknown as { fakeExcel: { userDeleteSheet(n: string): void } }).fakeExcel.userDeleteSheet(
          s,
        ),
      JOURNAL_SHEET,
    );
    await sendWholeTable(p);

    const sheet = await readTable(page);
    const journal = new Set([...journalBefore, ...(await journalIds(page))]);
    const { done, deleted } = await disturbed(page);
    for (const d of deleted) if (d.cells["Approval ID"]) asked.excused.add(d.cells["Approval ID"]);
    const { counts, detail } = count(stack.emulator.records(), sheet, journal, deleted, asked);
    for (const [k, lines] of Object.entries(detail))
      console.log(`${k} (${lines.length}):\n  ${lines.slice(0, 20).join("\n  ")}`);
    console.log(`deleted by the bench: ${deleted.length} rows; journal names ${journal.size} IDs`);
    console.log(JSON.stringify({ rows: ROWS, seed, disturbances: done, ...counts }));
  } finally {
    await browser.close();
    await stack.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
