/**
 * Revoke and replace through the real proxy to the real emulator, with faults on create,
 * process and query: each row revoked once in effect, each replaced row with exactly one live
 * record holding its new content, and an interrupted replace finished by a fresh engine.
 */
import { revokeRows, replaceRows } from "../../src/core/engine/lifecycle";
import { resumeLifecycle } from "../../src/core/engine/lifecycle-resume";
import type { LifecycleTransport } from "../../src/core/engine/types";
import { FEISHU_PATHS } from "../../src/core/feishu/schemas";
import type { PreparedRecord } from "../../src/core/model";
import { replaceableRows, revocableRows } from "../../src/core/lifecycle/choose";
import { ApprovalHistory } from "../../src/core/lifecycle/history";
import { edited, liveRecords, sendAll, workbook } from "./support/lifecycle";
import { makeRecords } from "./support/records";
import { startEngineStack, type EngineStack } from "./support/stack";

jest.setTimeout(90_000);

const FAULTS = {
  latencyMs: { min: 1, max: 5 },
  http5xxRate: 0.1,
  rateLimit429Rate: 0.02,
  resetRate: 0.05,
  lostResponseRate: 0.08,
  slowRate: 0.03,
  slowMs: 400,
  paths: [FEISHU_PATHS.create, FEISHU_PATHS.process, FEISHU_PATHS.query],
};
// A larger budget than the default 6 sends: with about 1 call in 4 faulted, running out would be luck, not a bug.
const FAST = { baseDelayMs: 1, maxDelayMs: 50, concurrency: 8, maxSends: 12, maxAttempts: 14 };

let stack: EngineStack;
beforeAll(async () => {
  stack = await startEngineStack({
    // The other reading of docs/feishu-api.md §10.3 (a revoke shows as 4); bench:lifecycle runs the default, 3.
    emulator: { faults: FAULTS, seed: 11, revokedStatus: 4 },
    env: { PROXY_UPSTREAM_TIMEOUT_MS: "150", PROXY_UPSTREAM_RATE: "500", PROXY_CALLER_RATE: "1000" },
    clientTimeoutMs: 3000,
  });
});
afterAll(() => stack.close());

const userOf = (offset: number) => (i: number) => `E${String(offset + i + 1).padStart(4, "0")}`;
const statusOf = (approvalId: string) =>
  stack.emu.records().find((r) => r.approval_id === approvalId)?.status;

test("revoke under faults: every record revoked once in effect, every row Revoked with its time", async () => {
  const records = makeRecords(40, { prefix: "rv-a", userOf: userOf(0) });
  const book = workbook();
  await sendAll(stack.client.transport, records, book);
  const rows = book.sheet.stored();
  const summary = await revokeRows(rows, {
    transport: stack.client.transport,
    history: book.history,
    onHistory: book.save,
    onResults: book.sheet.apply,
    locale: "en-US",
    ...FAST,
  });
  expect(summary).toMatchObject({ revoked: 40, failed: 0, unresolved: 0, cancelled: 0, stoppedBy: null });
  for (const v of rows) {
    const id = v.stored.approvalId as string;
    expect([3, 4]).toContain(statusOf(id));
    expect(book.history.get(id)).toMatchObject({ state: "revoked" });
    expect(book.sheet.rows.get(v.row)?.status).toBe("revoked");
  }
  expect(book.sheet.stored().every((v) => v.state === "revoked")).toBe(true);
  // Reopened: the history sheet says the same.
  expect(
    book
      .reopen()
      .entries()
      .every((e) => e.state === "revoked" && !e.intent),
  ).toBe(true);
});

test("revoking rows Feishu already holds as revoked (by another clerk) counts as done; rows not chosen stay", async () => {
  const records = makeRecords(6, { prefix: "rv-b", userOf: userOf(100) });
  const book = workbook();
  await sendAll(stack.client.transport, records, book);
  const rows = book.sheet.stored();
  // Revoked elsewhere (another clerk): the sheet and history still say live.
  for (const v of rows.slice(0, 4)) {
    const id = v.stored.approvalId as string;
    for (let tries = 0; statusOf(id) === 2 && tries < 20; tries++) await stack.client.revoke(id, v.kind);
    expect([3, 4]).toContain(statusOf(id));
  }
  const summary = await revokeRows(rows.slice(0, 5), {
    transport: stack.client.transport,
    history: book.history,
    onHistory: book.save,
    onResults: book.sheet.apply,
    locale: "en-US",
    ...FAST,
  });
  expect(summary).toMatchObject({ revoked: 5, failed: 0, unresolved: 0 });
  expect(rows.slice(0, 5).map((v) => book.sheet.rows.get(v.row)?.status)).toEqual(Array(5).fill("revoked"));
  expect(book.sheet.rows.get(5)?.status).toBe("submitted");
  expect(statusOf(rows[5].stored.approvalId as string)).toBe(2);
});

test("a revoke run cancelled half-way: untouched rows stay submitted, a second run finishes", async () => {
  const records = makeRecords(30, { prefix: "rv-c", userOf: userOf(400) });
  const book = workbook();
  await sendAll(stack.client.transport, records, book);
  const controller = new AbortController();
  const seen: number[] = [];
  const first = await revokeRows(book.sheet.stored(), {
    transport: stack.client.transport,
    history: book.history,
    onHistory: book.save,
    onResults: book.sheet.apply,
    signal: controller.signal,
    onProgress: (p) => {
      seen.push(p.ok);
      if (p.ok >= 10) controller.abort();
    },
    ...FAST,
  });
  expect(first.stoppedBy).toBe("cancel");
  expect(first.revoked).toBeGreaterThanOrEqual(10);
  expect(first.revoked + first.cancelled + first.unresolved).toBe(30); // unresolved: in flight when cancelled, unconfirmed
  expect(seen[0]).toBe(0);
  const rows = book.sheet.stored();
  const states = rows.map((v) => v.state);
  expect(states.filter((s) => s === "revoked")).toHaveLength(first.revoked);
  for (const v of rows) {
    const feishu = statusOf(v.stored.approvalId as string);
    if (v.state === "submitted")
      expect(book.history.get(v.stored.approvalId as string)?.state).not.toBe("revoked");
    if (v.state === "revoked") expect(feishu).not.toBe(2);
  }
  // Left pending only where a send may have gone through; the next run confirms those and does the rest.
  const opts = {
    transport: stack.client.transport,
    history: book.history,
    onHistory: book.save,
    onResults: book.sheet.apply,
    ...FAST,
  };
  await resumeLifecycle(book.sheet.stored(), records, opts);
  const second = await revokeRows(revocableRows(book.sheet.stored()), opts);
  expect(second.failed).toBe(0);
  expect(book.sheet.stored().every((v) => v.state === "revoked")).toBe(true);
  expect(records.every((_, i) => statusOf(rows[i].stored.approvalId as string) !== 2)).toBe(true);
  expect(book.history.unfinished()).toEqual([]);
});

/** Edits half the rows keeping their key (an External ID) and half with a new one; returns the jobs. */
function editAll(records: PreparedRecord[], book: ReturnType<typeof workbook>) {
  const now = records.map((r, i) => edited(r, i % 2 === 0));
  const rows = book.sheet.stored(now);
  expect(rows.every((v) => v.state === "edited")).toBe(true);
  return { now, jobs: rows.map((verdict, i) => ({ verdict, record: now[i] })) };
}

/** Every key a row's records may carry: its first, its new one, and the new one with ~2. */
const keysOf = (first: PreparedRecord, now: PreparedRecord) => [first.key, now.key, `${now.key}~2`];

test("replace under faults: the old record revoked, exactly one live record per row, with the new content", async () => {
  const records = makeRecords(30, { prefix: "rp-a", userOf: userOf(200) });
  const book = workbook();
  await sendAll(stack.client.transport, records, book);
  const { now, jobs } = editAll(records, book);
  const summary = await replaceRows(jobs, {
    transport: stack.client.transport,
    history: book.history,
    onHistory: book.save,
    onResults: book.sheet.apply,
    ...FAST,
  });
  expect(summary).toMatchObject({ replaced: 30, failed: 0, unresolved: 0 });
  const counted = liveRecords(
    stack.emu,
    now.map((r, i) => ({ record: r, keys: keysOf(records[i], r) })),
  );
  expect(counted.filter((c) => c.live !== 1 || !c.right)).toEqual([]);
  const after = book.sheet.stored(now);
  expect(after.every((v) => v.state === "submitted")).toBe(true);
  for (const v of after) {
    const lineage = book.history.lineage(v.stored.approvalId as string);
    expect(lineage.map((e) => e.state)).toEqual(["replaced", "live"]);
    expect(statusOf(lineage[0].approvalId)).not.toBe(2);
  }
  // A kept External ID goes to Feishu as key~2: the old record used the key.
  expect(after[0].stored.key).toBe(`${records[0].key}~2`);
  expect(after[1].stored.key).toBe(`${records[1].key}-v2`);
});

test("a replace cut between revoke and send (Excel closed) is finished by a fresh engine; never two live records", async () => {
  const records = makeRecords(20, { prefix: "rp-b", userOf: userOf(300) });
  const book = workbook();
  await sendAll(stack.client.transport, records, book);
  const { now, jobs } = editAll(records, book);
  // The pane goes away as soon as Feishu has revoked the first records: nothing new is sent.
  const controller = new AbortController();
  const dying: LifecycleTransport = {
    ...stack.client.transport,
    process: async (body, signal, maxSends) => {
      const r = await stack.client.transport.process(body, signal, maxSends);
      if (statusOf(body.approval_id) !== 2) controller.abort();
      return r;
    },
  };
  const first = await replaceRows(jobs, {
    transport: dying,
    history: book.history,
    onHistory: book.save,
    onResults: book.sheet.apply,
    signal: controller.signal,
    ...FAST,
  });
  expect(first.stoppedBy).toBe("cancel");
  expect(first.replaced).toBe(0);
  const half = book.sheet.stored(now);
  expect(half.some((v) => v.state === "replacing")).toBe(true);
  const revokedBefore = records.filter((_, i) => statusOf(half[i].stored.approvalId as string) !== 2).length;
  expect(revokedBefore).toBeGreaterThan(0);

  // Opened again: the history as read from its sheet, the rows as they stand.
  const history = book.reopen();
  expect(history.unfinished().length).toBeGreaterThan(0);
  const resumed = await resumeLifecycle(half, now, {
    transport: stack.client.transport,
    history,
    onHistory: book.save,
    onResults: book.sheet.apply,
    ...FAST,
  });
  expect(resumed).toMatchObject({ failed: 0, unresolved: 0, stoppedBy: null });
  expect(resumed.replaced).toBe(half.filter((v) => v.state === "replacing").length);
  expect(history.unfinished()).toEqual([]);
  // Rows the cut run never reached are still edited: a second replace takes them.
  const rest = book.sheet.stored(now);
  const again = rest.flatMap((verdict, i) =>
    verdict.state === "edited" ? [{ verdict, record: now[i] }] : [],
  );
  const second = await replaceRows(again, {
    transport: stack.client.transport,
    history,
    onHistory: book.save,
    onResults: book.sheet.apply,
    ...FAST,
  });
  expect(second.replaced + resumed.replaced).toBe(20);
  const counted = liveRecords(
    stack.emu,
    now.map((r, i) => ({ record: r, keys: keysOf(records[i], r) })),
  );
  expect(counted.filter((c) => c.live !== 1 || !c.right)).toEqual([]);
  expect(book.sheet.stored(now).every((v) => v.state === "submitted")).toBe(true);
});

test("rows left replacing with their history sheet lost: replacing again finishes them, nothing written twice", async () => {
  const records = makeRecords(12, { prefix: "rp-c", userOf: userOf(500) });
  const book = workbook();
  await sendAll(stack.client.transport, records, book);
  const { now, jobs } = editAll(records, book);
  // The new records reach Feishu, then the pane goes away before it hears back.
  const controller = new AbortController();
  const vanishing: LifecycleTransport = {
    ...stack.client.transport,
    create: async (record, signal, maxSends) => {
      await stack.client.transport.create(record, signal, maxSends);
      controller.abort();
      return { failure: { type: "aborted", sent: true } };
    },
  };
  await replaceRows(jobs, {
    transport: vanishing,
    history: book.history,
    onHistory: book.save,
    onResults: book.sheet.apply,
    signal: controller.signal,
    ...FAST,
  });
  const stuck = book.sheet.stored(now).filter((v) => v.state === "replacing");
  expect(stuck.length).toBeGreaterThan(0);
  const inFeishu = stack.emu.countsByIdempotentId();
  const sentAlready = stuck.filter((v) =>
    keysOf(records[v.row], now[v.row])
      .slice(1)
      .some((k) => inFeishu.has(k)),
  );
  expect(sentAlready.length).toBeGreaterThan(0);
  // The hidden history sheet was deleted: only the rows are left.
  const history = new ApprovalHistory();
  const opts = {
    transport: stack.client.transport,
    history,
    onHistory: book.save,
    onResults: book.sheet.apply,
    ...FAST,
  };
  const again = await replaceRows(replaceableRows(book.sheet.stored(now), now), opts);
  expect(again.failed).toBe(0);
  expect(book.sheet.stored(now).every((v) => v.state === "submitted")).toBe(true);
  const counted = liveRecords(
    stack.emu,
    now.map((r, i) => ({ record: r, keys: keysOf(records[i], r) })),
  );
  expect(counted.filter((c) => c.live !== 1 || !c.right)).toEqual([]);
});
