/** Derived views of the pane state: counts, the grouped issue list, what a submit scope covers. */
import { RECORD_KINDS, type RecordKind } from "../../core/kinds";
import type { Issue, PreparedRecord } from "../../core/model";
import { NEVER_SENT, TO_SEND, type RowState } from "../../core/row-state";
import type { RowChanges } from "../../excel/types";
import type { Prepared, Repaint } from "../ports";
import type { Scope } from "./reducer";

export interface KindCount {
  kind: RecordKind;
  rows: number;
  errors: number;
  warnings: number;
  /** Rows that can be sent and have not been written yet. */
  pending: number;
  submitted: number;
  failed: number;
}

export interface RowIssues {
  kind: RecordKind;
  row: number;
  issues: Issue[];
}

const kindOrder = (k: RecordKind) => RECORD_KINDS.indexOf(k);
const rowKey = (kind: RecordKind, row: number) => `${kind}:${row}`;

/** Each row's state as the core decided it (row-state.ts). */
function stateIndex(prepared: Prepared): Map<string, RowState> {
  return new Map(prepared.rows.map((r) => [rowKey(r.kind, r.row), r.state]));
}

export function kindCounts(prepared: Prepared): KindCount[] {
  const states = stateIndex(prepared);
  return RECORD_KINDS.map((kind) => {
    const rows = prepared.rows.filter((r) => r.kind === kind);
    const counted = prepared.rowCounts[kind] ?? 0;
    const issues = prepared.issues.filter((i) => i.kind === kind && i.row >= 0);
    const errorRows = new Set(issues.filter((i) => i.severity === "error").map((i) => i.row));
    const records = prepared.records.filter((r) => r.kind === kind);
    return {
      kind,
      rows: counted,
      errors: errorRows.size,
      warnings: new Set(issues.filter((i) => i.severity === "warning").map((i) => i.row)).size,
      pending: records.filter((r) => TO_SEND.has(states.get(rowKey(kind, r.row)) ?? "blank")).length,
      submitted: rows.filter((r) => r.state === "submitted").length,
      failed: rows.filter((r) => r.state === "failed").length,
    };
  });
}

/** Issues grouped by row, in sheet order: errors before warnings within a row. */
export function issuesByRow(issues: Issue[]): RowIssues[] {
  const groups = new Map<string, RowIssues>();
  for (const issue of issues) {
    const key = rowKey(issue.kind, issue.row);
    const group = groups.get(key) ?? { kind: issue.kind, row: issue.row, issues: [] };
    group.issues.push(issue);
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.row - b.row);
  for (const g of sorted)
    g.issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return sorted;
}

/** The records a submit with this scope would hand to the engine. */
export function scopeRecords(
  prepared: Prepared | null,
  scope: Scope,
  selection: RowChanges,
): PreparedRecord[] {
  if (!prepared) return [];
  const states = stateIndex(prepared);
  const status = (r: PreparedRecord): RowState => states.get(rowKey(r.kind, r.row)) ?? "blank";
  switch (scope) {
    case "pending":
      return prepared.records.filter((r) => TO_SEND.has(status(r)));
    case "failed":
      return prepared.records.filter((r) => status(r) === "failed");
    case "selected": {
      // Rows already written go too: the engine skips them (and says so). Edited, revoked and
      // replacing ones never do: a second record would be a duplicate (row-state.ts NEVER_SENT).
      const chosen = new Set(selection.flatMap((s) => s.rows.map((row) => rowKey(s.kind, row))));
      return prepared.records.filter((r) => chosen.has(rowKey(r.kind, r.row)) && !NEVER_SENT.has(status(r)));
    }
  }
}

export function scopeCounts(prepared: Prepared | null, selection: RowChanges): Record<Scope, number> {
  return {
    pending: scopeRecords(prepared, "pending", selection).length,
    selected: scopeRecords(prepared, "selected", selection).length,
    failed: scopeRecords(prepared, "failed", selection).length,
  };
}

/** The first selected data row, for the dry-run preview. */
export function firstSelected(selection: RowChanges): { kind: RecordKind; row: number } | null {
  for (const s of selection) if (s.rows.length) return { kind: s.kind, row: Math.min(...s.rows) };
  return null;
}

/** A full check as a repaint of every table. */
export const wholeTables = (p: Prepared): Repaint => ({
  issues: p.issues,
  rows: p.rows,
  scope: RECORD_KINDS.map((kind) => ({ kind })),
});
