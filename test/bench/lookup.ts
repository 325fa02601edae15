/**
 * bench:lookup — 10,000 leave rows for 2,000 people named by a mix of work emails, mobiles
 * (three ways of writing them) and employee IDs, 50 of whom Feishu cannot find (unknown
 * emails and mobiles, resigned people, people with no email or mobile on file). The rows are
 * looked up through the real proxy's batch_get_id relay to the emulator (its 50/s and 1000/min
 * limits), checked, pre-flighted and sent; the people sheet's rows are read back to show the
 * lookups are reused. Then the same rows against a proxy with a wrong app secret: the
 * pre-flight refuses, and a run forced past it stops at the first answer with no row failed.
 * Last line: one JSON object with the figures.
 */
import { submitRecords } from "../../src/core/engine/submit";
import { DEFAULT_SETTINGS, type CoreSettings, type RowResult } from "../../src/core/model";
import type { SubmitTransport } from "../../src/core/engine/types";
import { PeopleBook } from "../../src/core/people/book";
import { bookFromRows, bookToRows } from "../../src/core/people/cache-rows";
import { lookupPeople } from "../../src/core/people/lookup";
import { contactsIn } from "../../src/core/people/resolve";
import { prepareWorkbook } from "../../src/core/prepare";
import { runBlocker } from "../../src/taskpane/connection";
import { startEngineStack, type EngineStack } from "../engine/support/stack";
import { table, VALID } from "../unit/support/tables";

const PEOPLE = 2000;
const UNKNOWN = 50;
const ROWS_PER_PERSON = 5;
const pad4 = (n: number) => String(n).padStart(4, "0");

/** How person p (0-based) is named in the Employee column, and whether Feishu knows them. */
function person(p: number): { cell: string; known: boolean } {
  if (p >= PEOPLE - UNKNOWN) {
    const k = p - (PEOPLE - UNKNOWN);
    if (k < 20) return { cell: `nobody${k}@example.com`, known: false };
    if (k < 40) return { cell: `+86 136-0000-${pad4(k)}`, known: false };
    if (k < 45) return { cell: `R${pad4(k - 39)}@Example.com`, known: false }; // resigned
    return { cell: `n${pad4(k - 44)}@example.com`, known: false }; // no email on file
  }
  const i = p + 1;
  const mobile = 13800000000 + i;
  const m = String(mobile);
  switch (p % 5) {
    case 0:
      return { cell: `e${pad4(i)}@example.com`, known: true };
    case 1:
      return { cell: `E${pad4(i)}@EXAMPLE.com`, known: true };
    case 2:
      return { cell: m, known: true };
    case 3:
      return { cell: `+86 ${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`, known: true };
    default:
      return { cell: `E${pad4(i)}`, known: true };
  }
}

function workbook() {
  const rows = Array.from({ length: PEOPLE * ROWS_PER_PERSON }, (_, j) => {
    const day = String(5 + Math.floor(j / PEOPLE)).padStart(2, "0");
    return {
      ...VALID.leave,
      employee: person(j % PEOPLE).cell,
      start_time: `2026-03-${day} 09:00`,
      end_time: `2026-03-${day} 18:00`,
    };
  });
  return table("leave", rows);
}

/** The proxy client's transport, counting who each create names. */
function watched(inner: SubmitTransport, unknownCells: ReadonlySet<string>) {
  const seen = { unknown: 0, wrongId: 0, sent: 0 };
  const transport: SubmitTransport = {
    create: (record, signal) => {
      const id = record.body.user_approval.user_id;
      seen.sent++;
      if (unknownCells.has(id) || /^[RN]\d{4}$/.test(id)) seen.unknown++;
      if (!/^E\d{4}$/.test(id)) seen.wrongId++;
      return inner.create(record, signal);
    },
    query: (t, b, s) => inner.query(t, b, s),
  };
  return { transport, seen };
}

const FAST = {
  emulator: { rateLimitPerSec: 500 },
  env: { PROXY_UPSTREAM_RATE: "450", PROXY_CALLER_RATE: "2000" },
};

async function healthyRun(stack: EngineStack) {
  const snapshot = workbook();
  const unknownCells = new Set(Array.from({ length: UNKNOWN }, (_, k) => person(PEOPLE - UNKNOWN + k).cell));
  const book = new PeopleBook();
  const t0 = performance.now();
  const looked = await lookupPeople({
    refs: contactsIn([snapshot], "employee_id"),
    book,
    employeeType: "employee_id",
    transport: stack.client.lookup,
  });
  const lookupS = (performance.now() - t0) / 1000;
  if (looked.failure) throw new Error(`lookups failed: ${looked.failure.code}`);
  // The people sheet's rows, read back: a second check asks Feishu nothing.
  const reused = bookFromRows(bookToRows(book));
  const again = await lookupPeople({
    refs: contactsIn([snapshot], "employee_id"),
    book: reused,
    employeeType: "employee_id",
    transport: stack.client.lookup,
  });
  const settings: CoreSettings = { ...DEFAULT_SETTINGS, people: reused };
  const checked = prepareWorkbook([snapshot], settings);
  const flaggedRows = new Set(
    checked.issues.filter((i) => i.column === "employee" && i.severity === "error").map((i) => i.row),
  );
  let unknownFlagged = 0;
  for (let k = 0; k < UNKNOWN; k++) {
    const p = PEOPLE - UNKNOWN + k;
    const rows = Array.from({ length: ROWS_PER_PERSON }, (_, d) => d * PEOPLE + p);
    if (rows.every((r) => flaggedRows.has(r))) unknownFlagged++;
  }
  const blocker = runBlocker(await selfCheck(stack), stack.proxy.url);
  if (blocker) throw new Error(`pre-flight refused a healthy proxy: ${blocker.headline.en}`);
  const w = watched(stack.client.transport, unknownCells);
  const t1 = performance.now();
  const run = await submitRecords({
    records: checked.pending,
    transport: w.transport,
    onPersonRefused: (r, code) =>
      reused.refuse({
        employeeType: r.employeeType,
        userId: r.body.user_approval.user_id,
        code,
        at: Date.now(),
      }),
  });
  process.stderr.write(
    `lookups: ${looked.calls} calls (${looked.learned} emails/mobiles) in ${lookupS.toFixed(2)} s, ${again.calls} on the second check; ` +
      `${checked.records.length} rows ready, ${flaggedRows.size} flagged; sent ${w.seen.sent}: ${run.written} written, ${run.failed} failed in ${((performance.now() - t1) / 1000).toFixed(1)} s\n`,
  );
  return {
    lookupCalls: looked.calls + again.calls,
    lookupS,
    unknownFlagged,
    unknownSent: w.seen.unknown,
    wrongIdSent: w.seen.wrongId,
    book: reused,
    written: run.written,
  };
}

async function selfCheck(stack: EngineStack) {
  const r = await stack.client.selfCheck();
  return r.ok ? { ok: true as const, check: r.check } : { ok: false as const, failure: r.failure };
}

/** The same rows against a proxy with a wrong app secret: refused before sending; forced, stopped. */
async function brokenRun(book: PeopleBook) {
  const broken = await startEngineStack({
    ...FAST,
    env: { ...FAST.env, FEISHU_APP_SECRET: "not-the-secret" },
  });
  try {
    const checked = prepareWorkbook([workbook()], { ...DEFAULT_SETTINGS, people: book });
    const blocked = runBlocker(await selfCheck(broken), broken.proxy.url) !== null;
    let failedRows = 0;
    const count = (batch: RowResult[]) => {
      failedRows += batch.filter((r) => r.status === "failed").length;
    };
    // The pane sends nothing when the pre-flight refuses; force a run anyway, as if the
    // secret had been changed after the pre-flight passed.
    const forced = await submitRecords({
      records: checked.pending,
      transport: broken.client.transport,
      onResults: count,
    });
    process.stderr.write(
      `broken setup: pre-flight ${blocked ? "refused" : "passed"}; forced run stopped by ${forced.stoppedBy} after ${forced.failed + forced.written} answers, ${forced.cancelled} rows left pending\n`,
    );
    return { blocked, failedRows, stopped: forced.stoppedBy === "setup" };
  } finally {
    await broken.close();
  }
}

async function main(): Promise<void> {
  const stack = await startEngineStack(FAST);
  try {
    const healthy = await healthyRun(stack);
    const broken = await brokenRun(healthy.book);
    if (!broken.blocked || !broken.stopped) throw new Error("a broken setup was not refused and stopped");
    console.log(
      JSON.stringify({
        people: PEOPLE,
        rows: PEOPLE * ROWS_PER_PERSON,
        lookup_calls: healthy.lookupCalls,
        lookup_s: Number(healthy.lookupS.toFixed(2)),
        unknown_flagged: healthy.unknownFlagged,
        unknown_sent: healthy.unknownSent,
        wrong_id_sent: healthy.wrongIdSent,
        rows_failed_by_broken_setup: broken.failedRows,
      }),
    );
  } finally {
    await stack.close();
  }
}

void main();
