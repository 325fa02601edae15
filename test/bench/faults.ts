/**
 * bench:faults — 2,000 records through the engine, the proxy client and the real proxy to an
 * emulator that, per request, answers 10% HTTP 5xx, 5% 429, resets 3% of connections, writes
 * 2% but loses the answer, and answers 1% only after the client timeout. Duplicates and lost
 * records are counted from the emulator's own store. Then a second 2,000 cancelled half-way
 * and resumed (rows left pending and `submitting` are sent again with their stored keys).
 * Then a third 2,000 through a second proxy that is killed (listening stopped, connections cut)
 * a quarter of the way: the run must stop within 10 s, mark no row failed that never reached the
 * proxy, and a resume through the first proxy finishes it with no duplicate and nothing lost.
 * Last line: one JSON object with the figures.
 */
import { setMaxListeners } from "node:events";
import { existingApprovals, planRecords } from "../../src/core/engine/resume";
import { submitRecords } from "../../src/core/engine/submit";
import { makeRecords } from "../engine/support/records";
import { storedSheet } from "../engine/support/stored-sheet";
import { startEngineStack, tally, type EngineStack } from "../engine/support/stack";

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

    const killed = await proxyKilled(stack);
    process.stderr.write(
      `proxy killed: stopped by ${killed.stoppedBy} in ${killed.stopS.toFixed(1)} s, ${killed.failed} failed; resume wrote ${killed.resumedWritten}\n`,
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
        proxy_killed_stop_s: Number(killed.stopS.toFixed(2)),
        proxy_killed_rows_failed: killed.failedNeverSent,
        proxy_killed_duplicates: killed.duplicates,
        proxy_killed_lost: killed.lost,
        proxy_killed_unresolved: killed.unresolved,
      }),
    );
  } finally {
    await stack.close();
  }
}

/** A run through a second proxy in front of the same emulator, killed mid-run, then resumed through the first. */
async function proxyKilled(stack: EngineStack) {
  const doomed = await startEngineStack({ emu: stack.emu, clientTimeoutMs: CLIENT_TIMEOUT_MS });
  const records = makeRecords(RECORDS, { prefix: "killed", firstDay: 80 });
  const s = storedSheet();
  const kill = { at: 0 };
  const run = await submitRecords({
    records,
    transport: doomed.client.transport,
    onResults: s.apply,
    proxyProbe: () => doomed.client.selfCheck().then((a) => a.ok || a.failure.status !== null),
    onProgress: (p) => {
      if (kill.at || p.ok + p.failed < RECORDS / 4) return;
      kill.at = performance.now();
      doomed.kill();
    },
  });
  const stopS = (performance.now() - kill.at) / 1000;
  const seen = stack.emu.countsByIdempotentId();
  const failed = [...s.rows.values()].filter((r) => r.status === "failed");
  const failedNeverSent = failed.filter((r) => !seen.get(r.key ?? "")).length;
  await doomed.close().catch(() => undefined);
  const resumed = await submitRecords({
    records: planRecords(records, s.stored()),
    existing: existingApprovals(s.stored()),
    transport: stack.client.transport,
    onResults: s.apply,
  });
  const after = tally(
    stack.emu,
    records.map((r) => r.key),
  );
  return {
    stopS,
    stoppedBy: run.stoppedBy,
    failed: failed.length,
    failedNeverSent,
    resumedWritten: resumed.written,
    duplicates: after.duplicates,
    lost: after.lost,
    unresolved: run.unresolved + resumed.unresolved,
  };
}

void main();
