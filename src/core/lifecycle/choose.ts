/**
 * Which rows a revoke or a replace takes, and what the clerk confirms before a revoke: how
 * many rows, whose, and which days. The pane asks here; the engine runs what it answers
 * (engine/lifecycle.ts revokeRows, replaceRows).
 */
import type { PreparedRecord } from "../model";
import { isLive, isReplaceable, type RowVerdict } from "../row-state";
import { recordSpan, type ApprovalHistory } from "./history";

const rowKey = (kind: string, row: number) => `${kind}\u0000${row}`;

/** Rows whose record Feishu holds live (submitted, or edited since): what Revoke may take. */
export const revocableRows = (rows: readonly RowVerdict[]): RowVerdict[] =>
  rows.filter((v) => v.stored.approvalId && isLive(v.state));

/**
 * Edited rows that are valid now, each with the record its cells make: what Replace in Feishu
 * takes. Replacing rows too: a replace run again finishes them (the revoke counts as done when
 * already made, and the new record goes with the same key, so nothing is written twice).
 */
export function replaceableRows(
  rows: readonly RowVerdict[],
  records: readonly PreparedRecord[],
): { verdict: RowVerdict; record: PreparedRecord }[] {
  const byRow = new Map(records.map((r) => [rowKey(r.kind, r.row), r] as const));
  return rows.flatMap((verdict) => {
    const record = byRow.get(rowKey(verdict.kind, verdict.row));
    return isReplaceable(verdict.state) && verdict.stored.approvalId && record ? [{ verdict, record }] : [];
  });
}

export interface RevokeConfirmation {
  /** Rows to revoke. */
  count: number;
  /** Their employees (IDs as the sheet holds them), sorted, each once. */
  people: string[];
  /** The first and last day their records cover (`yyyyMMdd`), null when none is known. */
  from: string | null;
  to: string | null;
}

/** What a revoke of these rows would take back, from the history (else the rows' own records). */
export function revokeConfirmation(
  rows: readonly RowVerdict[],
  history: ApprovalHistory,
): RevokeConfirmation {
  const people = new Set<string>();
  let from: string | null = null;
  let to: string | null = null;
  for (const v of rows) {
    const e = v.stored.approvalId ? history.get(v.stored.approvalId) : undefined;
    const fact =
      e ?? (v.record ? { userId: v.record.body.user_approval.user_id, ...recordSpan(v.record) } : null);
    if (!fact) continue;
    if (fact.userId) people.add(fact.userId);
    if (from === null || fact.from < from) from = fact.from;
    if (to === null || fact.to > to) to = fact.to;
  }
  return { count: rows.length, people: [...people].sort(), from, to };
}

/** One row as the clerk confirmed it: its record (approval ID, keys, content) at that moment. */
export interface ConfirmedRow {
  kind: RowVerdict["kind"];
  /** Where the row was when confirmed (for messages; it is found by its approval ID). */
  row: number;
  approvalId: string;
  /** The row's state, stored key and fingerprint and the record its cells made, as confirmed. */
  fact: string;
}

const factOf = (v: RowVerdict): string =>
  JSON.stringify([
    v.state,
    v.stored.key ?? "",
    v.stored.fingerprint ?? "",
    v.record?.key ?? "",
    v.record?.fingerprint ?? "",
  ]);

export const confirmedRow = (v: RowVerdict): ConfirmedRow => ({
  kind: v.kind,
  row: v.row,
  approvalId: v.stored.approvalId ?? "",
  fact: factOf(v),
});

/**
 * The confirmed rows as they are now (re-read at the moment of acting), found by approval ID:
 * those unchanged since the confirmation, to act on, and those that changed or are gone, which
 * are not touched.
 */
export function stillAsConfirmed(
  confirmed: readonly ConfirmedRow[],
  now: readonly RowVerdict[],
): { rows: RowVerdict[]; changed: ConfirmedRow[] } {
  const byId = new Map<string, RowVerdict[]>();
  for (const v of now)
    if (v.stored.approvalId)
      (byId.get(v.stored.approvalId) ?? byId.set(v.stored.approvalId, []).get(v.stored.approvalId))?.push(v);
  const rows: RowVerdict[] = [];
  const changed: ConfirmedRow[] = [];
  for (const c of confirmed) {
    const found = (byId.get(c.approvalId) ?? []).filter((v) => v.kind === c.kind);
    if (found.length === 1 && factOf(found[0]) === c.fact) rows.push(found[0]);
    else changed.push(c);
  }
  return { rows, changed };
}
