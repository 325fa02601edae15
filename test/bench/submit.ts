/**
 * bench:submit — 1,000 records through the engine, the proxy client and the real proxy (its
 * default pace) to the emulator at ~150 ms latency and its 50/s limit; then the same 1,000
 * sent one after another with the official @larksuiteoapi/node-sdk straight at the emulator,
 * as a hand-written script would. Last line: one JSON object with the figures.
 */
import * as lark from "@larksuiteoapi/node-sdk";
import { submitRecords } from "../../src/core/engine/submit";
import { withKey } from "../../src/core/engine/resume";
import { makeRecords } from "../engine/support/records";
import { APP_ID, APP_SECRET, startEngineStack, tally } from "../engine/support/stack";

const RECORDS = 1000;
const LIMIT = 50;

async function main(): Promise<void> {
  const stack = await startEngineStack({
    emulator: { rateLimitPerSec: LIMIT, faults: { latencyMs: { min: 140, max: 160 } }, seed: 11 },
  });
  try {
    const records = makeRecords(RECORDS, { prefix: "bench" });
    const t0 = performance.now();
    const summary = await submitRecords({
      records,
      transport: stack.client.transport,
      onResults: () => undefined,
    });
    const engineSec = (performance.now() - t0) / 1000;
    const { duplicates, lost } = tally(
      stack.emu,
      records.map((r) => r.key),
    );
    process.stderr.write(
      `engine: ${summary.written} written in ${engineSec.toFixed(1)} s, ${summary.retries} retries\n`,
    );

    // The baseline: the official SDK, sequential awaits, same bodies under fresh keys.
    const quiet = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, trace: () => {} };
    const sdk = new lark.Client({
      appId: APP_ID,
      appSecret: APP_SECRET,
      domain: stack.emu.url,
      logger: quiet,
    });
    let sdkOk = 0;
    const t1 = performance.now();
    for (const r of records.map((x) => withKey(x, `sdk-${x.key}`))) {
      try {
        const res = await sdk.attendance.userApproval.create({
          params: { employee_type: r.employeeType },
          data: r.body as never,
        });
        if (res.code === 0) sdkOk++;
      } catch {
        // A hand-written script would stop or log here; the bench only counts successes.
      }
    }
    const baselineSec = (performance.now() - t1) / 1000;
    process.stderr.write(`baseline: ${sdkOk} written in ${baselineSec.toFixed(1)} s\n`);

    const round = (n: number) => Math.round(n * 10) / 10;
    console.log(
      JSON.stringify({
        records: RECORDS,
        records_per_s: round(summary.written / engineSec),
        limit_per_s: LIMIT,
        baseline_per_s: round(sdkOk / baselineSec),
        duplicates,
        lost,
      }),
    );
  } finally {
    await stack.close();
  }
}

void main();
