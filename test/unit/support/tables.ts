/** Builds TableSnapshots from row objects keyed by column key, for the core's tests. */
import type { RecordKind } from "../../../src/core/kinds";
import type { CellValue, Issue, TableSnapshot } from "../../../src/core/model";
import { columnsOf, INPUT_COLUMNS } from "../../../src/core/template/columns";

export type RowObject = Record<string, CellValue>;

/** A table with every input column (en headers) plus the result columns, rows in that order. */
export function table(
  kind: RecordKind,
  rows: RowObject[],
  opts: { results?: boolean; headers?: "en" | "zh" | "key" } = {},
): TableSnapshot {
  const cols = opts.results ? columnsOf(kind) : INPUT_COLUMNS[kind];
  const header = (c: (typeof cols)[number]) =>
    opts.headers === "zh" ? c.header.zh : opts.headers === "key" ? c.key : c.header.en;
  return { kind, headers: cols.map(header), rows: rows.map((r) => cols.map((c) => r[c.key] ?? "")) };
}

export const VALID: Record<RecordKind, RowObject> = {
  leave: {
    employee: "u1",
    type: "年假 / Annual leave",
    start_time: "2026-01-05 09:00",
    end_time: "2026-01-05 18:00",
    unit: "天",
    duration: 1,
    reason: "家里有事",
  },
  out: {
    employee: "u1",
    type: "拜访客户",
    start_time: "2026-01-06 13:00",
    end_time: "2026-01-06 17:00",
    unit: "小时",
    duration: 4,
    reason: "拜访客户",
  },
  overtime: {
    employee: "u1",
    start_time: "2026-01-05 19:00",
    end_time: "2026-01-05 21:00",
    unit: "小时",
    category: "工作日",
    overtime_type: "调休",
  },
  trip: {
    employee: "u1",
    start_time: "2026-01-07",
    end_time: "2026-01-08",
    reason: "培训",
    approve_apply_time: "2026-01-02 10:00",
    approve_pass_time: "2026-01-03 10:00",
  },
};

/** Row-level issues as comparable tuples. */
export const brief = (issues: Issue[]) => issues.map((i) => [i.row, i.column, i.code, i.severity] as const);
