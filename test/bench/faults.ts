/**
 * bench:faults — 2,000 records through the engine, the proxy client and the real proxy to an
 * emulator that, per request, answers 10% HTTP 5xx, 5% 429, resets 3% of connections, writes
 * 2% but loses the answer, and answers 1% only after the client timeout. Duplicates and lost
 * records are counted from the emulator's own store. Then a second 2,000 cancelled half-way
 * and resumed (rows left pending and `submitting` are sent again with their stored keys).
 * Last line: one JSON object with the figures.
 */
import { setMaxListeners } from "node:events";
import { existingApprovals, planRecords } from "../../src/core/engine/resume";
import { submitRecords } from "../../src/core/engine/submit";
import { makeRecords } from "../engine/support/records";
import { storedSheet } from "../engine/support/stored-sheet";
import { startEngineStack, tally } from "../engine/support/stack";

const RECORDS = 2000;
const CLIENT_TIMEOUT_MS = 2000;

async function main(): Promise<void> {
  const stack = await startEngineStack({
    emulator: {
      seed: 2026,
      faults: {
        latencyMs: { min: 100, max: 200 },
        http5xxRate: 0.1,
        rateLimit429Rate: 0.05,
        resetRate: 0.03,
        lostResponseRate: 0.02,
        slowRate: 0.01,
        slowMs: CLIENT_TIMEOUT_MS + 1000,
      },
    },
    clientTimeoutMs: CLIENT_TIMEOUT_MS,
  });
  try {
    // The faulty run.
    const records = makeRecords(RECORDS, { prefix: "faults" });
    const t0 = performance.now();
    const run = await submitRecords({
      records,
      transport: stack.client.transport,
      onResults: () => undefined,
    });
    const faulty = tally(
      stack.emu,
      records.map((r) => r.key),
    );
    process.stderr.write(
      `faulty run: ${run.written} written, ${run.failed} failed, ${run.retries} retries in ${((performance.now() - t0) / 1000).toFixed(1)} s ${JSON.stringify(run.failedBy)}\n`,
    );

    // Cancelled half-way, then resumed from what the sheet holds.
    const second = makeRecords(RECORDS, { prefix: "resumed", firstDay: 40 });
    const s = storedSheet();
    const controller = new AbortController();
    // Every record waiting to be retried listens on the one cancel signal (concurrency 16).
    setMaxListeners(64, controller.signal);
    const cancelled = await submitRecords({
      records: second,
      transport: stack.client.transport,
      signal: controller.signal,
      onResults: s.apply,
      onProgress: (p) => {
        if (p.ok + p.failed >= RECORDS / 2) controller.abort();
      },
    });
    const resumed = await submitRecords({
      records: planRecords(second, s.stored()),
      existing: existingApprovals(s.stored()),
      transport: stack.client.transport,
      onResults: s.apply,
    });
    const after = tally(
      stack.emu,
      second.map((r) => r.key),
    );
    process.stderr.write(
      `cancelled at ${cancelled.written} written / ${cancelled.cancelled} pending; resume wrote ${resumed.written}, skipped ${resumed.skipped}\n`,
    );

    console.log(
      JSON.stringify({
        records: RECORDS,
        duplicates: faulty.duplicates,
        lost: faulty.lost,
        unresolved: run.unresolved,
        retries: run.retries,
        resumed_cancelled_at: cancelled.written,
        resumed_duplicates: after.duplicates,
        resumed_lost: after.lost,
        resumed_unresolved: cancelled.unresolved + resumed.unresolved,
        resumed_retries: cancelled.retries + resumed.retries,
      }),
    );
  } finally {
    await stack.close();
  }
}

void main();
