/**
 * A check's result brought up to date with a live update, without checking the rest again:
 * the rows in the update's scope take their new issues and verdicts, every other row keeps
 * what the last check found. Records and counts follow the verdicts, as in prepare.ts.
 */
import type { RecordKind } from "./kinds";
import type { LiveUpdate } from "./live";
import type { Issue, PreparedRecord } from "./model";
import { byTableAndRow, sortIssues } from "./prepare";
import type { RowVerdict } from "./row-state";
import type { HeaderRows } from "./sheet-rows";

/** What the pane keeps of a check (prepare.ts's PreparedWorkbook, the parts it shows). */
export interface CheckResult {
  issues: Issue[];
  records: PreparedRecord[];
  rows: RowVerdict[];
  rowCounts: Partial<Record<RecordKind, number>>;
  headerRows: HeaderRows;
}

export function patchCheck(prev: CheckResult, update: LiveUpdate, headerRows: HeaderRows): CheckResult {
  const wholeKinds = new Set(update.scope.filter((s) => !s.rows).map((s) => s.kind));
  const rowsOf = new Map<RecordKind, Set<number>>();
  for (const s of update.scope)
    if (s.rows) rowsOf.set(s.kind, new Set([...(rowsOf.get(s.kind) ?? []), ...s.rows]));
  const replaced = (x: { kind: RecordKind; row: number }) =>
    wholeKinds.has(x.kind) || (x.row >= 0 && (rowsOf.get(x.kind)?.has(x.row) ?? false));

  // The last check is in sheet order already: the few new entries are merged in, not the whole sorted again.
  const issues = mergeSorted(
    prev.issues.filter((i) => !replaced(i)),
    sortIssues([...update.issues]),
  );
  const rows = mergeSorted(
    prev.rows.filter((v) => !replaced(v)),
    [...update.rows].sort(byTableAndRow),
  );
  const records: PreparedRecord[] = [];
  const rowCounts: Partial<Record<RecordKind, number>> = {};
  for (const k of Object.keys(prev.rowCounts) as RecordKind[]) rowCounts[k] = 0;
  for (const v of rows) {
    rowCounts[v.kind] = (rowCounts[v.kind] ?? 0) + 1;
    if (v.record) records.push(v.record);
  }
  return { issues, records, rows, rowCounts, headerRows };
}

/** Two lists in sheet order as one, `a`'s entries first among equals (as a stable sort of a then b). */
function mergeSorted<T extends { kind: RecordKind; row: number }>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) out[n++] = byTableAndRow(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[n++] = a[i++];
  while (j < b.length) out[n++] = b[j++];
  return out;
}
