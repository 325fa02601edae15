/**
 * The entry point the task pane and the Excel side call: the workbook's tables in, issues and
 * ready-to-send records out. Never throws. Flow: headers -> rows (field rules, derived values)
 * -> cross-row rules -> one request per valid row -> what is already submitted.
 */
import { buildRecord } from "./build";
import type { RecordKind } from "./kinds";
import {
  DEFAULT_SETTINGS,
  type CoreSettings,
  type Issue,
  type PreparedRecord,
  type TableSnapshot,
} from "./model";
import { isPending, type RowVerdict } from "./row-state";
import { verdictOf } from "./verdicts";
import { DEFAULT_CATALOG, type CatalogEntry } from "./template/catalog";
import { headerIssues, matchHeaders, type HeaderMatch } from "./template/headers";
import { headerRowsOf, sheetRowsOf, type HeaderRows, type SheetRow } from "./sheet-rows";
import { crossCheck } from "./validate/cross";
import { makeIssue } from "./validate/messages";
import { checkRows, errorText, isValid, type CheckedRow } from "./validate/table";

export interface PrepareOptions {
  /**
   * Sheet row number of a data row, for messages such as "overlaps row 7". Default: from each
   * snapshot's `headerRow` (sheet-rows.ts).
   */
  sheetRow?: SheetRow;
}

/** One table as read: its header match, table-level issues and checked rows. */
export interface ReadTable {
  snapshot: TableSnapshot;
  /** The types catalog it was read with (older key rules re-read rows with it). */
  catalog: readonly CatalogEntry[];
  match?: HeaderMatch;
  tableIssues: Issue[];
  checked: CheckedRow[];
}

export interface PreparedWorkbook {
  /** Every issue: table level (row -1), field, cross-row and edited-after-submission. */
  issues: Issue[];
  /** One record per row without errors, in table then row order. */
  records: PreparedRecord[];
  /** Records of pending rows (row-state.ts `isPending`): what "send pending rows" sends. */
  pending: PreparedRecord[];
  /** Records already written with the same key and content: skipped. */
  submitted: PreparedRecord[];
  /** Records written before and changed since: not sent, with a warning. */
  edited: PreparedRecord[];
  /** Every non-blank row's verdict (state and stored result), in table then row order. */
  rows: RowVerdict[];
  /** Non-blank rows per kind. */
  rowCounts: Partial<Record<RecordKind, number>>;
  /** Each table's header row in the sheet, for row numbers (sheet-rows.ts). */
  headerRows: HeaderRows;
}

/** Rows checked (or finished) per step of the *Steps generators: about 10 ms of work. */
export const STEP_ROWS = 1000;

/** How far a check in steps has come: rows done of rows to do (each row is counted twice: checked, finished). */
export interface CheckProgress {
  done: number;
  total: number;
}

/** Runs a step generator to its end at once. */
export function drain<T>(steps: Generator<CheckProgress, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Header matching plus every row's field rules. A table missing required columns has no rows checked. */
export function readTable(
  snapshot: TableSnapshot,
  settings: CoreSettings,
  catalog: readonly CatalogEntry[],
): ReadTable {
  return drain(readTableSteps(snapshot, settings, catalog));
}

/** readTable in steps of STEP_ROWS rows; each step yields the rows checked so far. */
export function* readTableSteps(
  snapshot: TableSnapshot,
  settings: CoreSettings,
  catalog: readonly CatalogEntry[],
  total = snapshot.rows.length,
): Generator<CheckProgress, ReadTable> {
  const failed = (e: unknown): ReadTable => ({
    snapshot,
    catalog,
    tableIssues: [makeIssue(snapshot.kind, -1, null, "table_failed", "error", { value: errorText(e) })],
    checked: [],
  });
  let match: HeaderMatch;
  try {
    match = matchHeaders(snapshot.kind, snapshot.headers ?? []);
  } catch (e) {
    return failed(e);
  }
  const tableIssues = headerIssues(match);
  const checked: CheckedRow[] = [];
  if (match.missing.length) return { snapshot, catalog, match, tableIssues, checked };
  const n = snapshot.rows.length;
  for (let from = 0; from < n; from += STEP_ROWS) {
    const rows = Array.from({ length: Math.min(STEP_ROWS, n - from) }, (_, i) => from + i);
    try {
      for (const c of checkRows(snapshot, match, settings, catalog, rows)) checked.push(c);
    } catch (e) {
      return failed(e);
    }
    yield { done: Math.min(n, from + STEP_ROWS), total };
  }
  return { snapshot, catalog, match, tableIssues, checked };
}

const KIND_ORDER: Record<RecordKind, number> = { leave: 0, out: 1, overtime: 2, trip: 3 };

/** Table then row order: kinds in template order. */
export const byTableAndRow = (a: { kind: RecordKind; row: number }, b: { kind: RecordKind; row: number }) =>
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.row - b.row;

/** Sorts issues by kind (template order) then row, keeping each row's issues in the order found. */
export function sortIssues(issues: Issue[]): Issue[] {
  return issues.sort(byTableAndRow);
}

/** Rows with at least one error, by kind. */
function errorRowsOf(issues: readonly Issue[]): Record<RecordKind, Set<number>> {
  const rows: Record<RecordKind, Set<number>> = {
    leave: new Set(),
    out: new Set(),
    overtime: new Set(),
    trip: new Set(),
  };
  for (const i of issues) if (i.severity === "error") rows[i.kind].add(i.row);
  return rows;
}

/** The warning on a row changed after it was written to Feishu. */
export const editedIssue = (v: RowVerdict): Issue =>
  makeIssue(v.kind, v.row, "approval_id", "edited_after_submission", "warning", {
    value: v.stored.approvalId,
  });

/** Cross-row rules, records and row states for tables already read. */
export function finishWorkbook(
  tables: readonly ReadTable[],
  settings: CoreSettings,
  options: PrepareOptions = {},
): PreparedWorkbook {
  return drain(finishSteps(tables, settings, options));
}

/**
 * finishWorkbook in steps: the cross-row rules at once (one pass over maps), then records and
 * row states STEP_ROWS rows a step; each step yields the rows finished so far (from `offset`).
 */
export function* finishSteps(
  tables: readonly ReadTable[],
  settings: CoreSettings,
  options: PrepareOptions = {},
  offset = 0,
  total = offset + tables.reduce((n, t) => n + t.checked.length, 0),
): Generator<CheckProgress, PreparedWorkbook> {
  const issues: Issue[] = [];
  const result: PreparedWorkbook = {
    issues,
    records: [],
    pending: [],
    submitted: [],
    edited: [],
    rows: [],
    rowCounts: {},
    headerRows: headerRowsOf(tables.map((t) => t.snapshot)),
  };
  try {
    for (const t of tables) {
      issues.push(...t.tableIssues);
      for (const c of t.checked) for (const i of c.issues) issues.push(i);
      result.rowCounts[t.snapshot.kind] = (result.rowCounts[t.snapshot.kind] ?? 0) + t.checked.length;
    }
    issues.push(
      ...crossCheck(
        tables.flatMap((t) => t.checked),
        options.sheetRow ?? sheetRowsOf(result.headerRows),
      ),
    );
    const errorRows = errorRowsOf(issues);
    let done = offset;
    for (const t of tables) {
      const input = { ...t, settings };
      for (const c of t.checked) {
        if (++done % STEP_ROWS === 0) yield { done, total };
        const hasErrors = !isValid(c) || errorRows[c.kind].has(c.row);
        const record =
          isValid(c) && !hasErrors ? buildRecord(c, settings.employeeType, c.fingerprint) : undefined;
        const v = verdictOf(input, c, hasErrors, record);
        result.rows.push(v);
        if (v.state === "edited") issues.push(editedIssue(v));
        if (!record) continue;
        result.records.push(record);
        if (v.state === "submitted" || v.state === "edited") result[v.state].push(record);
        else if (isPending(v.state)) result.pending.push(record);
      }
    }
    sortIssues(issues);
  } catch (e) {
    issues.push(
      makeIssue(tables[0]?.snapshot.kind ?? "leave", -1, null, "table_failed", "error", {
        value: errorText(e),
      }),
    );
  }
  return result;
}

/** Validate and build every table of the workbook (one snapshot per kind). */
export function prepareWorkbook(
  snapshots: readonly TableSnapshot[],
  settings: CoreSettings = DEFAULT_SETTINGS,
  catalog: readonly CatalogEntry[] = DEFAULT_CATALOG,
  options: PrepareOptions = {},
): PreparedWorkbook {
  const tables = snapshots.map((s) => readTable(s, settings, catalog));
  return finishWorkbook(tables, settings, options);
}
