/**
 * bench:excel — on the fake Excel: read, validate (the core's LiveValidator, i.e.
 * prepareWorkbook) and show issues for 10,000 rows with ~5% bad cells; then one cell edit
 * re-validated live. Also measures the same pass on clean rows (operations must not follow
 * the bad cells) and what the alternative highlight strategy (fills on getRanges areas) costs.
 * Last line: {"rows":10000,"syncs":…,"operations":…,"rows_revalidated_per_edit":…}
 */
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { LiveValidator } from "../../src/core/live";
import type { RecordKind } from "../../src/core/kinds";
import { createExcelAdapter } from "../../src/excel/adapter";
import { rectText, sheetAddress } from "../../src/excel/a1";
import { createFakeExcel } from "../../src/fake-excel";
import { columnsOf } from "../../src/core/template/columns";

const ROWS = { leave: 6000, overtime: 4000 } as const;
const PEOPLE = 2000;
const BAD_SHARE = 0.05;

type Cell = string | number;
const day = (i: number) => `2026-0${1 + (i % 6)}-${String(5 + (Math.floor(i / 6) % 20)).padStart(2, "0")}`;

function leaveRow(i: number, bad: boolean): Cell[] {
  const d = day(Math.floor(i / PEOPLE));
  const row: Cell[] = [`E${i % PEOPLE}`, "年假 / Annual leave", `${d} 09:00`, `${d} 18:00`, "天", 1, "家事"];
  if (bad) row[[2, 4, 5][i % 3]] = ["下周", "fortnight", -3][i % 3];
  return row;
}
function overtimeRow(i: number, bad: boolean): Cell[] {
  const d = day(Math.floor(i / PEOPLE) + 10);
  const row: Cell[] = [`E${i % PEOPLE}`, `${d} 19:00`, `${d} 21:00`, "小时", 2, "工作日", "加班费", "上线"];
  if (bad) row[[1, 3, 6][i % 3]] = ["later", "weeks", "gold"][i % 3];
  return row;
}

async function workbook(badShare: number) {
  const fake = createFakeExcel();
  let timers: (() => void)[] = [];
  const adapter = createExcelAdapter({
    run: fake.run,
    supports: fake.supports,
    schedule: (fn) => {
      timers.push(fn);
      return () => (timers = timers.filter((t) => t !== fn));
    },
  });
  await adapter.ensureTemplate({ locale: "zh-CN" });
  const isBad = (i: number) => (i * 7919) % 1000 < badShare * 1000;
  const leave = Array.from({ length: ROWS.leave }, (_, i) => leaveRow(i, isBad(i)));
  const overtime = Array.from({ length: ROWS.overtime }, (_, i) => overtimeRow(i, isBad(i + 7)));
  fake.userEdit("请假", `A2:G${ROWS.leave + 1}`, leave);
  fake.userEdit("加班", `A2:H${ROWS.overtime + 1}`, overtime);
  await fake.settle();
  const fireTimers = () => {
    const due = timers;
    timers = [];
    due.forEach((t) => t());
  };
  return {
    fake,
    adapter,
    fireTimers,
    badCells: leave.filter((_, i) => isBad(i)).length + overtime.filter((_, i) => isBad(i + 7)).length,
  };
}

/** Read, validate, show issues; what it cost on the fake. */
async function fullPass(badShare: number) {
  const w = await workbook(badShare);
  w.fake.resetStats();
  const t0 = performance.now();
  const snapshot = await w.adapter.read();
  const live = new LiveValidator({ ...DEFAULT_SETTINGS, dateSystem: snapshot.dateSystem }, snapshot.catalog);
  const prepared = live.load(snapshot.tables);
  await w.adapter.showIssues({
    issues: prepared.issues,
    rows: prepared.rows,
    scope: snapshot.tables.map((t) => ({ kind: t.kind })),
  });
  const ms = performance.now() - t0;
  return { ...w, live, prepared, stats: w.fake.stats(), ms };
}

/** The alternative: fill the bad cells through getRanges, areas chunked under 8,192 characters. */
async function fillStrategy(w: Awaited<ReturnType<typeof fullPass>>) {
  const bySheet = new Map<string, string[]>();
  for (const i of w.prepared.issues) {
    if (i.row < 0 || i.column === null) continue;
    const sheet = i.kind === "leave" ? "请假" : "加班";
    const t = w.fake.book.table(i.kind === "leave" ? "FeishuLeave" : "FeishuOvertime");
    const header = w.fake.snapshot(sheet, 1).values[0];
    const col = header.findIndex(
      (h) => h !== "" && i.column !== null && String(h) === columnHeader(i.kind, i.column),
    );
    if (!t || col < 0) continue;
    bySheet.set(sheet, [
      ...(bySheet.get(sheet) ?? []),
      rectText({ row: t.row + 1 + i.row, col, rows: 1, cols: 1 }),
    ]);
  }
  w.fake.resetStats();
  let calls = 0;
  let chars = 0;
  await w.fake.run(async (context) => {
    for (const [sheet, cells] of bySheet) {
      let chunk: string[] = [];
      const flush = () => {
        if (chunk.length === 0) return;
        const address = chunk.join(",");
        context.workbook.worksheets.getItemOrNullObject(sheet).getRanges(address).format.fill.color =
          "#FFC7CE";
        calls += 1;
        chars += address.length;
        chunk = [];
      };
      for (const c of cells) {
        if (chunk.join(",").length + c.length + 1 > 8000) flush();
        chunk.push(c);
      }
      flush();
    }
    await context.sync();
  });
  return {
    getRanges_calls: calls,
    address_chars: chars,
    operations: w.fake.stats().operations,
    note: "plus saving and restoring the clerk's own fills, which this strategy overwrites",
  };
}

const columnHeader = (kind: RecordKind, key: string) => columnsOf(kind).find((c) => c.key === key)?.header.zh;

async function main() {
  const dirty = await fullPass(BAD_SHARE);
  const clean = await fullPass(0);
  const fills = await fillStrategy(dirty);

  // One clerk edit: a cell of one leave row, seen through onRowsChanged, re-validated live.
  let revalidated = 0;
  const edited: { kind: RecordKind; rows: number[] }[] = [];
  const stopEdits = await dirty.adapter.onRowsChanged((changes) => edited.push(...changes));
  dirty.fake.resetStats();
  dirty.fake.userEdit("请假", sheetAddress("请假", { row: 124, col: 6, rows: 1, cols: 1 }).split("!")[1], [
    ["看病"],
  ]);
  await dirty.fake.settle();
  dirty.fireTimers();
  await new Promise((r) => setTimeout(r, 0));
  await dirty.fake.settle();
  const kinds = [...new Set(edited.map((c) => c.kind))];
  const fresh = await dirty.adapter.read(kinds);
  const update = dirty.live.update(fresh.tables, edited);
  await dirty.adapter.showIssues(update);
  for (const s of update.scope) revalidated += s.rows ? s.rows.length : ROWS[s.kind as keyof typeof ROWS];
  const editStats = dirty.fake.stats();
  await stopEdits();

  const rows = ROWS.leave + ROWS.overtime;
  const detail = {
    bad_cells: dirty.badCells,
    issues: dirty.prepared.issues.length,
    pass_ms: Math.round(dirty.ms),
    max_request_bytes: dirty.stats.maxRequestBytes,
    max_response_bytes: dirty.stats.maxResponseBytes,
    operations_with_no_bad_cells: clean.stats.operations,
    syncs_with_no_bad_cells: clean.stats.syncs,
    edit: { changed: edited, syncs: editStats.syncs, operations: editStats.operations },
    fill_strategy_for_same_issues: fills,
  };
  process.stdout.write(`${JSON.stringify(detail, null, 1)}\n`);
  process.stdout.write(
    `${JSON.stringify({ rows, syncs: dirty.stats.syncs, operations: dirty.stats.operations, rows_revalidated_per_edit: revalidated })}\n`,
  );
}

void main();
