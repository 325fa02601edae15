/** Derived views of the pane state: counts, the grouped issue list, what a submit scope covers. */
import { RECORD_KINDS, type RecordKind } from "../../core/kinds";
import type { Issue, PreparedRecord } from "../../core/model";
import { runLogWho } from "../../core/run-log";
import { isPending, NEVER_SENT, type RowState } from "../../core/row-state";
import type { RowChanges } from "../../excel/types";
import type { Prepared, Repaint } from "../ports";
import type { PaneState, Scope } from "./reducer";

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

type StateOf = (kind: RecordKind, row: number) => RowState;

/** Each row's state as the core decided it (row-state.ts), looked up by kind and row. */
function stateIndex(prepared: Prepared): StateOf {
  // Arrays indexed by row, not maps: this runs on 20,000 rows after every edit.
  const byKind = new Map<RecordKind, RowState[]>(RECORD_KINDS.map((k) => [k, []]));
  for (const r of prepared.rows) {
    const states = byKind.get(r.kind);
    if (states && r.row >= 0) states[r.row] = r.state;
  }
  return (kind, row) => byKind.get(kind)?.[row] ?? "blank";
}

/** Counts per kind in one pass over rows, issues and records (they are re-read after every edit). */
export function kindCounts(prepared: Prepared): KindCount[] {
  const stateOf = stateIndex(prepared);
  const counts = new Map<RecordKind, KindCount>();
  const errorRows = new Map<RecordKind, Set<number>>();
  const warningRows = new Map<RecordKind, Set<number>>();
  for (const kind of RECORD_KINDS) {
    const rows = prepared.rowCounts[kind] ?? 0;
    counts.set(kind, { kind, rows, errors: 0, warnings: 0, pending: 0, submitted: 0, failed: 0 });
    errorRows.set(kind, new Set());
    warningRows.set(kind, new Set());
  }
  for (const i of prepared.issues)
    if (i.row >= 0) (i.severity === "error" ? errorRows : warningRows).get(i.kind)?.add(i.row);
  for (const r of prepared.records) {
    const c = counts.get(r.kind);
    if (c && isPending(stateOf(r.kind, r.row))) c.pending += 1;
  }
  for (const r of prepared.rows) {
    const c = counts.get(r.kind);
    if (c && r.state === "submitted") c.submitted += 1;
    if (c && r.state === "failed") c.failed += 1;
  }
  return RECORD_KINDS.map((kind) => {
    const c = counts.get(kind) as KindCount;
    return {
      ...c,
      errors: errorRows.get(kind)?.size ?? 0,
      warnings: warningRows.get(kind)?.size ?? 0,
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
  const stateOf = stateIndex(prepared);
  const status = (r: PreparedRecord): RowState => stateOf(r.kind, r.row);
  switch (scope) {
    case "pending":
      return prepared.records.filter((r) => isPending(status(r)));
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

/** Who ran a run, for the Run log: the signed-in account's name, the host's, or "Your name" under Setup. */
export function clerkName(state: Pick<PaneState, "signIn" | "settings">, hostName?: string | null): string {
  const user = state.signIn.state === "signed-in" ? state.signIn.user : null;
  return runLogWho({
    signedIn: user ? user.name || user.username : null,
    host: hostName,
    typed: state.settings.yourName,
  });
}
