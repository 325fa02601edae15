/**
 * bench:cli — a 2,000-row template workbook pushed by the command (a child process, as cron
 * runs it) through the real proxy (its default pace) to the emulator at ~150 ms latency and its
 * 50/s limit. The first run is killed (SIGKILL, nothing flushed) part-way; a second run finishes
 * it; a third run must send nothing. Last line: one JSON object with the figures.
 * records_per_s: the rows written over the wall time of the first two runs, each counted from
 * its process start to its exit (startup, pre-flight, the look at Feishu and saves included).
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalogDisplay, DEFAULT_CATALOG } from "../../src/core/template/catalog";
import { optionDisplay, UNIT } from "../../src/core/enums";
import { openXlsx } from "../../src/cli/files/xlsx";
import { writeTemplate } from "../../src/cli/template";
import { putRows, rowOf } from "../cli/support/harness";
import { startCliStack } from "../cli/support/stack";

const ROWS = 2000;
const KILL_AFTER = 700;
const BIN = join(__dirname, "../../bin/feishu-attendance.mjs");
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function sampleRow(i: number) {
  const day = `2026-03-${pad(2 + (i % 20))}`;
  return rowOf("leave", {
    employee: `E${pad((i % 2000) + 1, 4)}`,
    type: catalogDisplay(DEFAULT_CATALOG[0]),
    start_time: `${day} 09:00`,
    end_time: `${day} 18:00`,
    unit: optionDisplay(UNIT.options[0], "zh-CN"),
    duration: 1,
    reason: `示例 ${i + 1}`,
  });
}

interface Run {
  code: number | null;
  seconds: number;
  killed: boolean;
}

/** One push as a child process; with `killAt`, SIGKILL once that many rows are written. */
function push(path: string, env: Record<string, string>, killAt?: number): Promise<Run> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [BIN, "push", path, "--log", "json", "--json"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let killed = false;
  let buffered = "";
  child.stderr.on("data", (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.startsWith("{")) {
        process.stderr.write(`  child: ${line}\n`);
        continue;
      }
      const e = JSON.parse(line) as { event: string; ok?: number; message?: string };
      if (e.event !== "progress") process.stderr.write(`  child: ${e.message}\n`);
      if (killAt !== undefined && !killed && (e.ok ?? 0) >= killAt) {
        killed = true;
        child.kill("SIGKILL");
      }
    }
  });
  return new Promise((resolve) =>
    child.on("exit", (code) => resolve({ code, seconds: (performance.now() - t0) / 1000, killed })),
  );
}

async function main(): Promise<void> {
  const stack = await startCliStack({
    emulator: { rateLimitPerSec: 50, faults: { latencyMs: { min: 140, max: 160 } }, seed: 23 },
  });
  try {
    const path = join(mkdtempSync(join(tmpdir(), "bench-cli-")), "monthly.xlsx");
    await writeTemplate(path, "zh-CN");
    await putRows(
      path,
      "leave",
      Array.from({ length: ROWS }, (_, i) => sampleRow(i)),
    );
    // The proxy is asked at a real pace; the emulator's "closing" of the period is not in play.
    const env = { ...stack.env, LANG: "en_US.UTF-8" };
    const creates = () => Object.values(stack.emu.stats().createsByKey).reduce((a, b) => a + b, 0);

    const first = await push(path, env, KILL_AFTER);
    const afterKill = stack.emu.records().length;
    process.stderr.write(
      `run 1: killed=${first.killed} after ${first.seconds.toFixed(1)} s, ${afterKill} in Feishu\n`,
    );
    const second = await push(path, env);
    process.stderr.write(`run 2: exit ${second.code} after ${second.seconds.toFixed(1)} s\n`);
    const before = creates();
    const third = await push(path, env);
    const rerunSent = creates() - before;
    process.stderr.write(
      `run 3: exit ${third.code} after ${third.seconds.toFixed(1)} s, ${rerunSent} sends\n`,
    );

    const counts = stack.emu.countsByIdempotentId();
    let duplicates = 0;
    for (const n of counts.values()) duplicates += n - 1;
    const file = await openXlsx(path);
    const t = file.tables.find((x) => x.kind === "leave");
    const approvalAt = t?.snapshot.headers.indexOf("审批ID") ?? -1;
    const inFile = (t?.snapshot.rows ?? []).filter((r) => /^\d+$/.test(String(r[approvalAt] ?? ""))).length;
    const written = counts.size;
    const round = (n: number) => Math.round(n * 10) / 10;
    console.log(
      JSON.stringify({
        rows: ROWS,
        records_per_s: round(written / (first.seconds + second.seconds)),
        written,
        rerun_sent: rerunSent,
        killed_duplicates: duplicates,
        results_in_file: inFile,
      }),
    );
  } finally {
    await stack.close();
  }
}

void main();
