/**
 * What the proxy's ledger says about records (GET /ledger/records, src/proxy/ledger): every
 * create and revoke it relayed, by key. Two uses, both before asking Feishu: the approval IDs
 * it holds for rows whose journal was lost (a deleted results column, a copied workbook), and
 * the word on a record whose send may or may not have been written. A ledger that cannot be
 * asked (an older proxy, no connection) answers null, and the caller asks Feishu as before.
 */
import type { PreparedRecord } from "../model";
import type { AbortSignalLike } from "../engine/types";

/** One record as the ledger answers it (the fields the add-in reads). */
export interface LedgerEntry {
  idempotent_id: string | null;
  approval_id: string | null;
  outcome: "sending" | "written" | "refused" | "uncertain" | "revoked";
  caller: string;
  created_at: string;
  written_at: string | null;
  revoked_at: string | null;
}

export interface LedgerTransport {
  /** The ledger's entries for these keys; null when the ledger could not be asked. */
  byKeys(keys: readonly string[], signal?: AbortSignalLike): Promise<LedgerEntry[] | null>;
}

/** Keys per question (they travel in the query string). */
export const LEDGER_KEYS_PER_CALL = 100;

/** What the ledger holds as written (or written, then revoked) for a key. */
export interface LedgerWrite {
  approvalId: string;
  writtenAt: string;
  caller: string;
  revoked: boolean;
}

/** The writes the ledger holds for these records, by key; keys it does not hold are absent. */
export async function restoreFromLedger(
  records: readonly Pick<PreparedRecord, "key">[],
  ledger: LedgerTransport,
  signal?: AbortSignalLike,
): Promise<Map<string, LedgerWrite> | null> {
  const keys = [...new Set(records.map((r) => r.key))];
  const found = new Map<string, LedgerWrite>();
  for (let i = 0; i < keys.length; i += LEDGER_KEYS_PER_CALL) {
    const entries = await ledger.byKeys(keys.slice(i, i + LEDGER_KEYS_PER_CALL), signal);
    if (!entries) return null;
    for (const e of entries)
      if (e.idempotent_id && e.approval_id && (e.outcome === "written" || e.outcome === "revoked"))
        found.set(e.idempotent_id, {
          approvalId: e.approval_id,
          writtenAt: e.written_at ?? e.created_at,
          caller: e.caller,
          revoked: e.outcome === "revoked",
        });
  }
  return found;
}

/**
 * The ledger's word on one record whose outcome is uncertain: written (with its approval ID),
 * or unknown to it (then only Feishu's query can say).
 */
export async function settleFromLedger(
  record: Pick<PreparedRecord, "key">,
  ledger: LedgerTransport,
  signal?: AbortSignalLike,
): Promise<{ found: true; approvalId: string } | { found: false }> {
  const writes = await restoreFromLedger([record], ledger, signal);
  const w = writes?.get(record.key);
  return w && !w.revoked ? { found: true, approvalId: w.approvalId } : { found: false };
}
