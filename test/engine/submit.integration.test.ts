/**
 * The engine through the real proxy to the real emulator with faults injected: no record is
 * written twice, none is lost, and a cancelled or crashed run resumes cleanly.
 */
import { existingApprovals, planRecords } from "../../src/core/engine/resume";
import { submitRecords } from "../../src/core/engine/submit";
import type { PreparedRecord, RowResult } from "../../src/core/model";
import { makeRecords } from "./support/records";
import { storedSheet } from "./support/stored-sheet";
import { startEngineStack, tally, type EngineStack } from "./support/stack";

// Injected 429s pause the proxy's shared pacer for the reset (about 1 s): slow, not wrong.
jest.setTimeout(60_000);

const FAULTS = {
  latencyMs: { min: 1, max: 5 },
  http5xxRate: 0.1,
  rateLimit429Rate: 0.02,
  resetRate: 0.05,
  lostResponseRate: 0.05,
  slowRate: 0.03,
  slowMs: 400,
};

let stack: EngineStack;
beforeAll(async () => {
  stack = await startEngineStack({
    emulator: { faults: FAULTS, seed: 7 },
    env: { PROXY_UPSTREAM_TIMEOUT_MS: "150", PROXY_UPSTREAM_RATE: "500", PROXY_CALLER_RATE: "1000" },
    clientTimeoutMs: 3000,
  });
});
afterAll(() => stack.close());

const userOf = (offset: number) => (i: number) => `E${String(offset + i + 1).padStart(4, "0")}`;

test("faults everywhere: every record written exactly once, every approval_id right", async () => {
  const records = makeRecords(80, { prefix: "int-a", userOf: userOf(0) });
  const s = storedSheet();
  const summary = await submitRecords({
    records,
    transport: stack.client.transport,
    baseDelayMs: 1,
    maxDelayMs: 50,
    concurrency: 8,
    onResults: s.apply,
  });
  expect(summary).toMatchObject({ written: 80, failed: 0, unresolved: 0 });
  expect(summary.retries).toBeGreaterThan(0);
  const byKey = expectEachWrittenOnce(records);
  for (const r of records)
    expect(s.rows.get(r.row)).toMatchObject({ status: "submitted", approvalId: byKey.get(r.key) });
});

test("cancelled half-way, then resumed: nothing twice, nothing lost", async () => {
  const records = makeRecords(60, { prefix: "int-b", userOf: userOf(100) });
  const s = storedSheet();
  const controller = new AbortController();
  const first = await submitRecords({
    records,
    transport: stack.client.transport,
    baseDelayMs: 1,
    maxDelayMs: 50,
    concurrency: 8,
    signal: controller.signal,
    onResults: s.apply,
    onProgress: (p) => {
      if (p.ok >= 30) controller.abort();
    },
  });
  expect(first.stoppedBy).toBe("cancel");
  expect(first.cancelled).toBeGreaterThan(0);
  expect(first.written).toBeLessThan(60);

  const toSend = planRecords(records, s.stored());
  const second = await submitRecords({
    records: toSend,
    existing: existingApprovals(s.stored()),
    transport: stack.client.transport,
    baseDelayMs: 1,
    maxDelayMs: 50,
    concurrency: 8,
    onResults: s.apply,
  });
  expect(second.skipped).toBe(first.written);
  expect(first.written + second.written).toBe(60);
  expect(
    tally(
      stack.emu,
      records.map((r) => r.key),
    ),
  ).toEqual({ duplicates: 0, lost: 0 });
  expect([...s.rows.values()].every((r) => r.status === "submitted")).toBe(true);
});

test("a crash after sending leaves rows submitting; resuming them writes nothing twice", async () => {
  const records = makeRecords(30, { prefix: "int-c", userOf: userOf(200) });
  const s = storedSheet();
  let batches = 0;
  await submitRecords({
    records,
    transport: stack.client.transport,
    baseDelayMs: 1,
    maxDelayMs: 50,
    concurrency: 8,
    onResults: (b) => {
      if (batches++ === 0) s.apply(b);
    },
  });
  expect(s.stored().every((r) => r.state === "submitting")).toBe(true);
  const resumed = await submitRecords({
    records: planRecords(records, s.stored()),
    transport: stack.client.transport,
    baseDelayMs: 1,
    maxDelayMs: 50,
    onResults: s.apply,
  });
  expect(resumed).toMatchObject({ written: 30, failed: 0 });
  const byKey = expectEachWrittenOnce(records);
  for (const r of records) expect(s.rows.get(r.row)?.approvalId).toBe(byKey.get(r.key));
});

test("permanent failures come back with their reason and are not retried", async () => {
  const [good, bad] = makeRecords(2, { prefix: "int-d", userOf: (i) => (i === 0 ? "E0400" : "NOPE-1") });
  stack.emu.setFaults(undefined);
  const out: RowResult[] = [];
  const summary = await submitRecords({
    records: [good, bad],
    transport: stack.client.transport,
    locale: "en-US",
    onResults: (b) => void out.push(...b),
  });
  stack.emu.setFaults(FAULTS);
  expect(summary).toMatchObject({ written: 1, failed: 1, failedBy: { unknown_user: 1 }, retries: 0 });
  expect(out.find((r) => r.row === bad.row && r.status === "failed")?.message).toMatch(
    /employee ID does not exist/,
  );
});

test("selfCheck reports the proxy and its pace", async () => {
  // The check itself, not fault handling: probes that hit injected faults are the proxy tests' business.
  stack.emu.setFaults(undefined);
  const r = await stack.client.selfCheck();
  stack.emu.setFaults(FAULTS);
  expect(r.ok && r.value).toMatchObject({ ok: true, upstream: "custom", pacePerSecond: 500 });
});

/** Every record is in the emulator exactly once; returns approval_id by idempotent_id. */
function expectEachWrittenOnce(records: PreparedRecord[]): Map<string | undefined, string> {
  expect(
    tally(
      stack.emu,
      records.map((r) => r.key),
    ),
  ).toEqual({ duplicates: 0, lost: 0 });
  return new Map(stack.emu.records().map((r) => [r.idempotent_id, r.approval_id] as const));
}
