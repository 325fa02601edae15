/**
 * The ledger's SQL: one row per record the proxy relayed (a create's item, or a revoke of a
 * record it never wrote), keyed by its idempotent_id when it has one. Claims are one statement
 * (INSERT … ON CONFLICT DO NOTHING, or a conditional UPDATE), so two instances on one database
 * never both win the same key: the database serialises them.
 */
import type { MessageId } from "../../core/catalog";
import type { LedgerDatabase } from "./database";
import type { LedgerItem } from "./request-items";

export const OUTCOMES = ["sending", "written", "refused", "uncertain", "revoked"] as const;
export type LedgerOutcome = (typeof OUTCOMES)[number];

/** Each state's name in the catalogue (the page, the CSV and the proxy's answers say it). */
export const OUTCOME_NAME: Record<LedgerOutcome, MessageId> = {
  sending: "ledger.stateSending",
  written: "ledger.stateWritten",
  refused: "ledger.stateRefused",
  uncertain: "ledger.stateUncertain",
  revoked: "ledger.stateRevoked",
};

export interface LedgerRow {
  id: string;
  idempotent_id: string | null;
  employee_type: string;
  employee: string;
  kind: string;
  type: string | null;
  date: string;
  start_time: string;
  end_time: string;
  reason: string | null;
  approval_id: string | null;
  outcome: LedgerOutcome;
  code: number | null;
  body_hash: string;
  caller: string;
  request_id: string | null;
  lease_until: Date | null;
  created_at: Date;
  updated_at: Date;
  written_at: Date | null;
  revoked_at: Date | null;
  revoked_by: string | null;
}

export interface Claim {
  hash: string;
  caller: string;
  requestId: string;
  /** How long the claim holds before another request may settle it (it was cut off). */
  leaseMs: number;
}

const COLUMNS =
  "idempotent_id, employee_type, employee, kind, type, date, start_time, end_time, reason, body_hash, caller, request_id, outcome, lease_until";
const VALUES =
  "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'sending', now() + $13::float8 * interval '1 millisecond'";
const params = (it: LedgerItem, c: Claim) => [
  it.idempotentId,
  it.employeeType,
  it.employee,
  it.kind,
  it.type,
  it.date,
  it.start,
  it.end,
  it.reason,
  c.hash,
  c.caller,
  c.requestId,
  c.leaseMs,
];

export function ledgerRecords(db: LedgerDatabase) {
  return {
    /** A new row in "sending"; null when the key is already held (the row is then someone else's). */
    async claim(it: LedgerItem, c: Claim): Promise<LedgerRow | null> {
      const rows = await db.query<LedgerRow>(
        `INSERT INTO ledger_records (${COLUMNS}) VALUES (${VALUES})
         ON CONFLICT (idempotent_id) DO NOTHING RETURNING *`,
        params(it, c),
      );
      return rows[0] ?? null;
    },

    async byKey(key: string): Promise<LedgerRow | null> {
      const rows = await db.query<LedgerRow>("SELECT * FROM ledger_records WHERE idempotent_id = $1", [key]);
      return rows[0] ?? null;
    },

    /**
     * Takes a held key back to "sending" for this request, when it is in `from` (and, for
     * `sameBody`, has this body), or is "sending" with its lease run out. One statement: of two
     * requests trying at once, one gets the row and the other null.
     */
    async takeOver(
      key: string,
      it: LedgerItem,
      c: Claim,
      from: readonly LedgerOutcome[],
      sameBody: boolean,
    ): Promise<LedgerRow | null> {
      const rows = await db.query<LedgerRow>(
        `UPDATE ledger_records SET outcome = 'sending', body_hash = $2, caller = $3, request_id = $4,
           lease_until = now() + $5::float8 * interval '1 millisecond', updated_at = now(),
           employee_type = $7, employee = $8, kind = $9, type = $10, date = $11, start_time = $12,
           end_time = $13, reason = $14, code = NULL
         WHERE idempotent_id = $1 AND (NOT $6::boolean OR body_hash = $2)
           AND (outcome = ANY($15::text[]) OR (outcome = 'sending' AND lease_until < now()))
         RETURNING *`,
        [
          key,
          c.hash,
          c.caller,
          c.requestId,
          c.leaseMs,
          sameBody,
          it.employeeType,
          it.employee,
          it.kind,
          it.type,
          it.date,
          it.start,
          it.end,
          it.reason,
          [...from],
        ],
      );
      return rows[0] ?? null;
    },

    /** The sweep's claim on an unsettled row (by id, keyed or not); null when another took it. */
    async takeOverById(id: string, leaseMs: number): Promise<LedgerRow | null> {
      const rows = await db.query<LedgerRow>(
        `UPDATE ledger_records SET outcome = 'sending', lease_until = now() + $2::float8 * interval '1 millisecond',
           updated_at = now()
         WHERE id = $1 AND (outcome = 'uncertain' OR (outcome = 'sending' AND lease_until < now()))
         RETURNING *`,
        [id, leaseMs],
      );
      return rows[0] ?? null;
    },

    /** Rows for a request that the ledger does not make idempotent (no key, or several items). */
    async record(items: readonly LedgerItem[], c: Claim): Promise<string[]> {
      const ids: string[] = [];
      for (const it of items) {
        const rows = await db.query<{ id: string }>(
          `INSERT INTO ledger_records (${COLUMNS}) VALUES (${VALUES})
           ON CONFLICT (idempotent_id) DO NOTHING RETURNING id`,
          params(it, c),
        );
        if (rows[0]) ids.push(rows[0].id);
      }
      return ids;
    },

    /** Completes a row from Feishu's answer (or the settling query). */
    async complete(id: string, outcome: LedgerOutcome, approvalId: string | null, code: number | null) {
      await db.query(
        `UPDATE ledger_records SET outcome = $2, approval_id = coalesce($3, approval_id), code = $4,
           lease_until = NULL, updated_at = now(),
           written_at = CASE WHEN $2::text = 'written' THEN coalesce(written_at, now()) ELSE written_at END
         WHERE id = $1`,
        [id, outcome, approvalId, code],
      );
    },

    /** A revoke Feishu accepted: the row of its record, or a new one when the ledger never saw it written. */
    async revoked(approvalId: string, kind: string, caller: string, requestId: string): Promise<void> {
      const rows = await db.query<{ id: string }>(
        `UPDATE ledger_records SET outcome = 'revoked', revoked_at = now(), revoked_by = $2, updated_at = now()
         WHERE approval_id = $1 RETURNING id`,
        [approvalId, caller],
      );
      if (rows.length) return;
      await db.query(
        `INSERT INTO ledger_records (employee_type, employee, kind, date, start_time, end_time, approval_id,
           outcome, body_hash, caller, request_id, revoked_at, revoked_by)
         VALUES ('', '', $1, '', '', '', $2, 'revoked', '', $3, $4, now(), $3)`,
        [kind, approvalId, caller, requestId],
      );
    },

    /** Rows to settle: uncertain ones, and "sending" ones whose request was cut off (lease over). */
    async unsettled(limit = 500): Promise<LedgerRow[]> {
      return db.query<LedgerRow>(
        `SELECT * FROM ledger_records WHERE outcome = 'uncertain' OR (outcome = 'sending' AND lease_until < now())
         ORDER BY id LIMIT $1`,
        [limit],
      );
    },

    /** Deletes settled rows older than the retention; answers how many. */
    async purge(retentionDays: number): Promise<number> {
      const rows = await db.query<{ id: string }>(
        `DELETE FROM ledger_records WHERE created_at < now() - $1::float8 * interval '1 day'
           AND outcome NOT IN ('sending', 'uncertain') RETURNING id`,
        [retentionDays],
      );
      return rows.length;
    },
  };
}

export type LedgerRecords = ReturnType<typeof ledgerRecords>;
