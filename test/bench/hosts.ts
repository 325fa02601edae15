/**
 * bench:hosts — the Excel adapter's whole flow on every host profile of the fake Excel:
 * create the template and run it again (the repair pass), read 20,000 leave rows, check them
 * with the core (every row has a problem, so every row gets a Chinese message), show the issues,
 * write 20,000 results with Chinese messages, read again, read the selection (one area and
 * several), and change events (local edits heard, a co-author's Remote edits ignored).
 * A failure is any step that throws or gives the wrong answer on a profile. Per-profile lines,
 * then the last line:
 * {"profiles":…,"failures":…,"unguarded_api_uses":…,"max_request_bytes":…,"max_response_bytes":…}
 */
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { prepareWorkbook } from "../../src/core/prepare";
import { createExcelAdapter } from "../../src/excel/adapter";
import { isSeveralAreasSelected, type RowChanges } from "../../src/excel/types";
import {
  createFakeExcel,
  HOST_PROFILES,
  type ApiUsageReport,
  type FakeStats,
  type HostProfile,
} from "../../src/fake-excel";
import { versionAtMost } from "../../src/fake-excel/profiles";

const ROWS = 20_000;
const PEOPLE = 2_000;

type Cell = string | number;
/** A leave row with one problem, varying by row, so the core writes a Chinese message on each. */
function leaveRow(i: number): Cell[] {
  const d = `2026-0${1 + (i % 6)}-${String(5 + (Math.floor(i / 6) % 20)).padStart(2, "0")}`;
  const row: Cell[] = [
    `E${i % PEOPLE}`,
    "年假",
    `${d} 09:00`,
    `${d} 18:00`,
    "天",
    1,
    `家中有事，需要请假处理第${i}件事`,
  ];
  const problem = i % 4;
  if (problem === 0) row[1] = "春假"; // not a leave type: the message lists every type
  if (problem === 1) row[3] = `${d} 08:00`; // ends before it starts
  if (problem === 2) row[4] = "周"; // not a unit
  if (problem === 3) row[0] = "#N/A"; // an Excel error value
  return row;
}

interface HostRun {
  failures: string[];
  stats: FakeStats;
  usage: ApiUsageReport;
  ms: number;
}

async function flow(host: HostProfile): Promise<HostRun> {
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => void (ok || failures.push(what));
  const fake = createFakeExcel({ profile: host.id });
  let timers: (() => void)[] = [];
  let clock = 0;
  const adapter = createExcelAdapter({
    run: fake.run,
    supports: fake.supports,
    now: () => clock,
    schedule: (fn) => {
      timers.push(fn);
      return () => (timers = timers.filter((t) => t !== fn));
    },
  });
  const fireTimers = () => {
    const due = timers;
    timers = [];
    due.forEach((t) => t());
  };
  const t0 = performance.now();
  const step = async (what: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (e) {
      failures.push(`${what}: ${e instanceof Error ? `${e.name} ${e.message}` : String(e)}`);
    }
  };

  await step("template", async () => {
    const first = await adapter.ensureTemplate({ locale: "zh-CN" });
    check(first.created.length === 4, "template created four tables");
    const second = await adapter.ensureTemplate({ locale: "zh-CN" });
    check(second.unchanged.length === 4, "second template run changed nothing");
  });
  fake.userEdit(
    "请假",
    `A2:G${ROWS + 1}`,
    Array.from({ length: ROWS }, (_, i) => leaveRow(i)),
  );
  await fake.settle();

  await step("read, check, show issues", async () => {
    const snapshot = await adapter.read();
    const leave = snapshot.tables.find((t) => t.kind === "leave");
    check(leave?.rows.length === ROWS, "read every row");
    const prepared = prepareWorkbook(
      snapshot.tables,
      { ...DEFAULT_SETTINGS, dateSystem: snapshot.dateSystem },
      snapshot.catalog,
    );
    const bad = new Set(
      prepared.issues.filter((i) => i.kind === "leave" && i.severity === "error").map((i) => i.row),
    );
    check(bad.size === ROWS, `every row has an error (${bad.size})`);
    await adapter.showIssues({
      issues: prepared.issues,
      rows: prepared.rows,
      scope: snapshot.tables.map((t) => ({ kind: t.kind })),
    });
    const sheet = fake.snapshot("请假", ROWS + 2).values;
    const at = sheet[0].indexOf("说明");
    const messages = sheet.slice(1).map((r) => String(r[at] ?? ""));
    check(
      messages.filter((m) => /[\u4e00-\u9fff]/.test(m)).length === ROWS,
      "every row got a Chinese message",
    );
  });

  await step("write results", async () => {
    await adapter.writeResults(
      Array.from({ length: ROWS }, (_, row) => ({
        kind: "leave" as const,
        row,
        status: "failed" as const,
        message: `飞书返回：员工不存在或不在应用范围内，请核对第${row + 2}行的工号后重新提交。`,
      })),
    );
    const again = await adapter.read(["leave"]);
    check(again.tables[0]?.rows.length === ROWS, "read again after writing");
  });

  await step("selection", async () => {
    fake.userSelect("请假", "B2:C4");
    const one = await adapter.selectedRows();
    check(JSON.stringify(one) === JSON.stringify([{ kind: "leave", rows: [0, 1, 2] }]), "one area");
    fake.userSelect("请假", "A2:A3,A10:C11");
    const several = await adapter.selectedRows().catch((e: unknown) => e);
    if (versionAtMost("1.9", host.apiVersion))
      check(
        JSON.stringify(several) === JSON.stringify([{ kind: "leave", rows: [0, 1, 8, 9] }]),
        "several areas",
      );
    else check(isSeveralAreasSelected(several), "several areas refused with a clear error");
  });

  await step("events", async () => {
    const seen: RowChanges[] = [];
    const stop = await adapter.onRowsChanged((c) => seen.push(c));
    clock += 1000;
    fake.remoteEdit("请假", "K5", [["对方窗格写的说明"]]);
    fake.userEdit("请假", "G7", [["改了事由"]]);
    await fake.settle();
    fireTimers();
    await fake.settle();
    await new Promise((r) => setImmediate(r));
    check(
      JSON.stringify(seen) === JSON.stringify([[{ kind: "leave", rows: [5] }]]),
      `events ${JSON.stringify(seen)}`,
    );
    await stop();
  });

  const usage = fake.apiUsage();
  for (const u of usage.refused) failures.push(`refused ${u.member} (ExcelApi ${u.set})`);
  return { failures, stats: fake.stats(), usage, ms: performance.now() - t0 };
}

async function main(): Promise<void> {
  let failures = 0;
  let unguarded = 0;
  let maxRequest = 0;
  let maxResponse = 0;
  for (const host of HOST_PROFILES) {
    const run = await flow(host);
    const calls = run.usage.unguarded.reduce((n, u) => n + u.calls, 0);
    failures += run.failures.length;
    unguarded += calls;
    maxRequest = Math.max(maxRequest, run.stats.maxRequestBytes);
    maxResponse = Math.max(maxResponse, run.stats.maxResponseBytes);
    process.stdout.write(
      `${host.name}: ${run.failures.length} failures, ${calls} unguarded uses, ${run.stats.syncs} syncs, ` +
        `largest request ${run.stats.maxRequestBytes} B, response ${run.stats.maxResponseBytes} B, ` +
        `sets touched ${run.usage.touchedSets.join(" ")}, ${Math.round(run.ms)} ms\n`,
    );
    for (const f of run.failures) process.stdout.write(`  failure: ${f}\n`);
    for (const u of run.usage.unguarded)
      process.stdout.write(`  unguarded: ${u.member} (ExcelApi ${u.set}) x${u.calls}\n`);
  }
  process.stdout.write(
    `${JSON.stringify({
      profiles: HOST_PROFILES.length,
      failures,
      unguarded_api_uses: unguarded,
      max_request_bytes: maxRequest,
      max_response_bytes: maxResponse,
    })}\n`,
  );
}

void main();
