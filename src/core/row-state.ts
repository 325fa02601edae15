/**
 * The one row-state model: from a row's cells (blank? errors? the record they make) and its
 * stored result columns to exactly one state. Every layer asks here: the Excel adapter renders
 * the state (label, fill, message), the pane shows and counts it, the engine's resume reads it.
 * Transitions: src/core/README.md "Row states".
 */
import type { RecordKind } from "./kinds";
import type { PreparedRecord } from "./model";

/**
 * What a row is. A string union that grows with new states (each with its label in status.ts
 * and its row in the README table).
 */
export type RowState =
  | "blank" // every input cell blank (spaces count as blank): skipped, no status
  | "invalid" // needs fixing: at least one error
  | "ready" // valid and not written yet: will be sent
  | "submitting" // sending: marked before the send, so an interrupted run can resume with its key
  | "unknown" // sent, answer lost: sending again with the same key confirms it
  | "submitted" // written to Feishu with this key and content
  | "failed" // Feishu or the connection refused it, and its cells have not changed since
  | "edited" // written to Feishu, then changed: not sent again
  | "revoked" // its record was revoked in Feishu: kept, greyed, never pending again
  | "replacing"; // its old record is being revoked and the row sent in its place (history.ts journals it)

/** What a row's result columns hold: the one stored-result type of the core, the engine and the pane. */
export interface StoredResult {
  /** The state the Status cell shows (either language); absent when blank or not one of ours. */
  status?: RowState;
  approvalId?: string;
  key?: string;
  fingerprint?: string;
}

/** A row's state with what decided it: the core's verdict, which every layer reads. */
export interface RowVerdict {
  kind: RecordKind;
  row: number;
  state: RowState;
  stored: StoredResult;
  /** The record the row makes, when it has no error. */
  record?: PreparedRecord;
}

/** What the state is decided from. */
export interface RowStateInput {
  blank: boolean;
  hasErrors: boolean;
  /** The key and fingerprint the row's cells give now (valid rows only). */
  record?: Pick<PreparedRecord, "key" | "fingerprint">;
  /** The same row's key and fingerprint under older reading rules (key-versions.ts). */
  legacy?: readonly Pick<PreparedRecord, "key" | "fingerprint">[];
  stored: StoredResult;
}

/** States whose rows a "send pending rows" run sends. */
export const TO_SEND: ReadonlySet<RowState> = new Set<RowState>(["ready", "submitting", "unknown"]);

/** States whose record may already be in Feishu under the stored key: resent with that key. */
export const MAYBE_SENT: ReadonlySet<RowState> = new Set<RowState>(["submitting", "unknown"]);

/** States whose Message column belongs to the last run (kept unless the row has issues to show). */
export const RUN_STATES: ReadonlySet<RowState> = new Set<RowState>([
  "submitting",
  "unknown",
  "submitted",
  "failed",
  "revoked",
  "replacing",
]);

/**
 * States no send run takes, whatever the scope: Feishu holds (or held) the row's record, and a
 * second one would be a duplicate; revoke and replace (engine/lifecycle.ts) handle them.
 */
export const NEVER_SENT: ReadonlySet<RowState> = new Set<RowState>(["edited", "revoked", "replacing"]);

/** States of a row whose Approval ID names a record that is live in Feishu (as far as the sheet knows). */
export const LIVE_IN_FEISHU: ReadonlySet<RowState> = new Set<RowState>(["submitted", "edited"]);

/**
 * The row-state groups, each decided here once and asked everywhere (prepare.ts, the pane's
 * selectors and scopes, the look before sending, Revoke and Replace):
 * - pending: what "send pending rows" sends: ready, or maybe sent before (resent with its key).
 *   Failed rows are not pending: the "failed" scope sends them again.
 * - live: the Approval ID names a record live in Feishu (as far as the sheet knows): Revoke takes it.
 * - replaceable: written, then edited (or a replace cut short): Replace in Feishu takes it.
 */
export const isPending = (s: RowState): boolean => TO_SEND.has(s);
export const isLive = (s: RowState): boolean => LIVE_IN_FEISHU.has(s);
export const isReplaceable = (s: RowState): boolean => s === "edited" || s === "replacing";

/**
 * A replacement goes to Feishu with the row's own key unless an earlier record of the row used
 * it (an External ID kept while the content changed): then with `~2`, `~3`… after it, the
 * first one no record of the row has used (Feishu would answer "already exists" otherwise).
 */
export function replacementKey(key: string, used: readonly string[]): string {
  if (!used.includes(key)) return key;
  for (let n = 2; ; n++) if (!used.includes(`${key}~${n}`)) return `${key}~${n}`;
}

/** True when a stored key is the record's key, or a replacement key made from it. */
export const keyMatches = (recordKey: string, storedKey: string): boolean =>
  storedKey === recordKey ||
  (storedKey.startsWith(`${recordKey}~`) && /^\d+$/.test(storedKey.slice(recordKey.length + 1)));

/** True when the stored key and fingerprint (those present) are the record's. */
const sameAs = (r: Pick<PreparedRecord, "key" | "fingerprint">, s: StoredResult): boolean =>
  (s.fingerprint === undefined || s.fingerprint === r.fingerprint) &&
  (s.key === undefined || keyMatches(r.key, s.key));

/** The content (and key) is what was stored: now, or under an older reading rule. */
const unchanged = (f: RowStateInput): boolean =>
  (f.record !== undefined && sameAs(f.record, f.stored)) || (f.legacy ?? []).some((r) => sameAs(r, f.stored));

/** The content alone is what was stored (the key may differ, e.g. an External ID added since). */
const sameContent = (f: RowStateInput): boolean =>
  [f.record, ...(f.legacy ?? [])].some((r) => r !== undefined && r.fingerprint === f.stored.fingerprint);

/** The one function from a row's facts to its state (README "Row states"). */
export function rowState(f: RowStateInput): RowState {
  if (f.blank) return "blank";
  const s = f.stored;
  if (s.approvalId) {
    // Kept as they are whatever the cells say: a revoked record is history, a replacement is under way.
    if (s.status === "revoked" || s.status === "replacing") return s.status;
    if (f.record || f.legacy?.length) return unchanged(f) ? "submitted" : "edited";
    // No record to compare (the row has errors now): edited when we know what was written.
    return s.fingerprint === undefined ? "submitted" : "edited";
  }
  if (f.hasErrors || !f.record) return "invalid";
  switch (s.status) {
    case "submitting":
      return "submitting";
    case "unknown":
      // It may be in Feishu under the stored key: resend with that key unless the content changed.
      return s.fingerprint === undefined || sameContent(f) ? "unknown" : "ready";
    case "failed":
      return unchanged(f) && s.fingerprint !== undefined ? "failed" : "ready";
    default:
      // ready, invalid, blank, or submitted/edited whose Approval ID was cleared: to send.
      return "ready";
  }
}
