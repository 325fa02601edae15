/**
 * What the sheet already knows, turned into engine input. Rows whose stored status says a send
 * may have reached Feishu (`submitting`, `unknown`) and that hold no approval_id are sent again
 * with their STORED key, so Feishu answers "already exists" instead of writing twice.
 */
import { KINDS } from "../kinds";
import type { PreparedRecord, RowStatus } from "../model";

/** A row's result columns as read back from the sheet. */
export interface StoredRowState {
  kind: PreparedRecord["kind"];
  row: number;
  status: RowStatus;
  key?: string;
  approvalId?: string;
  fingerprint?: string;
}

/** A record being resent with the key a previous (maybe interrupted) run used. */
export interface ResumedRecord extends PreparedRecord {
  resumedFrom: RowStatus;
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
export function existingApprovals(stored: readonly StoredRowState[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of stored) if (s.key && s.approvalId) m.set(s.key, s.approvalId);
  return m;
}

const MAYBE_SENT: ReadonlySet<RowStatus> = new Set<RowStatus>(["submitting", "unknown"]);

/**
 * The records of rows left `submitting`/`unknown` without an approval_id, carrying their stored
 * key. `submitting` rows always keep their stored key (the send may have gone out with it);
 * `unknown` rows keep it unless the row was edited since (its fingerprint changed).
 */
export function recordsToResume(
  records: readonly PreparedRecord[],
  stored: readonly StoredRowState[],
): ResumedRecord[] {
  const byRow = new Map(stored.map((s) => [rowId(s.kind, s.row), s] as const));
  const out: ResumedRecord[] = [];
  for (const r of records) {
    const s = byRow.get(rowId(r.kind, r.row));
    if (!s || !s.key || s.approvalId || !MAYBE_SENT.has(s.status)) continue;
    const edited = s.status === "unknown" && s.fingerprint !== undefined && s.fingerprint !== r.fingerprint;
    if (edited) continue;
    out.push({ ...withKey(r, s.key), resumedFrom: s.status });
  }
  return out;
}

/**
 * All records to send for a selection, with resumed rows' stored keys applied: rows that may
 * have been sent keep their key, everything else goes with its own.
 */
export function planRecords(
  records: readonly PreparedRecord[],
  stored: readonly StoredRowState[],
): PreparedRecord[] {
  const resumed = new Map(recordsToResume(records, stored).map((r) => [rowId(r.kind, r.row), r] as const));
  return records.map((r) => resumed.get(rowId(r.kind, r.row)) ?? r);
}
