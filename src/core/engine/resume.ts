/**
 * What the sheet already knows, turned into engine input. It reads the core's row verdicts
 * (row-state.ts): rows whose state says a send may have reached Feishu (`submitting`,
 * `unknown`) are sent again with their STORED key, so Feishu answers "already exists" instead
 * of writing twice.
 */
import { KINDS } from "../kinds";
import type { PreparedRecord } from "../model";
import { MAYBE_SENT, type RowState, type RowVerdict } from "../row-state";

/** A record being resent with the key a previous (maybe interrupted) run used. */
export interface ResumedRecord extends PreparedRecord {
  resumedFrom: RowState;
}
export const isResumed = (r: PreparedRecord): r is ResumedRecord => "resumedFrom" in r;

/** The same record with another idempotent_id, in `key` and in the body. */
export function withKey(record: PreparedRecord, key: string): PreparedRecord {
  const field = KINDS[record.kind].feishuField;
  const ua = record.body.user_approval;
  const items = (ua[field] ?? []) as Record<string, unknown>[];
  const rekeyed = items.map((it, i) => (i === 0 ? { ...it, idempotent_id: key } : it));
  return { ...record, key, body: { ...record.body, user_approval: { ...ua, [field]: rekeyed } } };
}

const rowId = (kind: string, row: number) => `${kind}\u0000${row}`;

/** approval_ids by idempotent key, for SubmitOptions.existing. */
export function existingApprovals(rows: readonly RowVerdict[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const { stored } of rows) if (stored.key && stored.approvalId) m.set(stored.key, stored.approvalId);
  return m;
}

/**
 * The records of rows in a maybe-sent state (`submitting`, `unknown`) that hold a stored key,
 * carrying that key. The state already says whether an `unknown` row was edited since.
 */
export function recordsToResume(
  records: readonly PreparedRecord[],
  rows: readonly RowVerdict[],
): ResumedRecord[] {
  const byRow = new Map(rows.map((v) => [rowId(v.kind, v.row), v] as const));
  const out: ResumedRecord[] = [];
  for (const r of records) {
    const v = byRow.get(rowId(r.kind, r.row));
    if (!v || !v.stored.key || !MAYBE_SENT.has(v.state)) continue;
    out.push({ ...withKey(r, v.stored.key), resumedFrom: v.state });
  }
  return out;
}

/**
 * All records to send for a selection, with resumed rows' stored keys applied: rows that may
 * have been sent keep their key, everything else goes with its own.
 */
export function planRecords(
  records: readonly PreparedRecord[],
  rows: readonly RowVerdict[],
): PreparedRecord[] {
  const resumed = new Map(recordsToResume(records, rows).map((r) => [rowId(r.kind, r.row), r] as const));
  return records.map((r) => resumed.get(rowId(r.kind, r.row)) ?? r);
}
