/**
 * The approval history: every approval ID a row ever had, with its state in Feishu and times,
 * so nothing is lost when a row is revoked or replaced. It is also the journal of revoke and
 * replace runs: an intent is recorded (`revoke-pending`) before Feishu is called, so a run cut
 * short (cancel, Excel closed, network) is finished by the next one (engine/lifecycle.ts).
 *
 * A row is tied to its history by its Approval ID cell: the entry of that ID, and the entries it
 * replaced (`replacedBy`), back to the first. Rows may be sorted or moved; `row` is a hint.
 */
import { dayNumber, recordDays } from "../feishu/calendar";
import type { EmployeeType } from "../feishu/schemas";
import { KINDS, type RecordKind } from "../kinds";
import type { PreparedRecord, RowResult } from "../model";
import { replacementKey, type RowVerdict } from "../row-state";

/**
 * What an approval ID is now, as far as this workbook knows:
 * - `live`: written, not revoked (Feishu holds it as passed);
 * - `revoke-pending`: a revoke (or the revoke step of a replace) was decided and may have been sent;
 * - `revoked`: revoked in Feishu (a replace whose new record is not written yet keeps `intent`);
 * - `replaced`: revoked in Feishu, and the row's new record (`replacedBy`) written in its place.
 */
export type ApprovalState = "live" | "revoke-pending" | "revoked" | "replaced";
export const APPROVAL_STATES: readonly ApprovalState[] = ["live", "revoke-pending", "revoked", "replaced"];

/** Why an entry left `live`: the clerk revoked the row, or asked to replace it. */
export type LifecycleIntent = "revoke" | "replace";

export interface ApprovalEntry {
  approvalId: string;
  kind: RecordKind;
  /** The data row (0-based) when the entry last changed: a hint, rows are found by Approval ID. */
  row: number;
  /** The idempotent key and fingerprint the record was written with. */
  key: string;
  fingerprint: string;
  employeeType: EmployeeType;
  userId: string;
  /** First and last day the record covers (`yyyyMMdd`), so a query can find it again (docs/feishu-api.md §3). */
  from: string;
  to: string;
  state: ApprovalState;
  /** Set while a revoke or replace is under way (and on a replace whose new record is pending). */
  intent?: LifecycleIntent;
  /** A replace's new key, journaled before the old record is revoked, so a resume resends with it. */
  nextKey?: string;
  /** The approval ID written in this one's place. */
  replacedBy?: string;
  /** Local wall-clock `yyyy-MM-dd HH:mm:ss`: when it was written, and when its state last changed. */
  writtenAt?: string;
  changedAt?: string;
}

/** The Feishu `approval_type` of an entry (docs/feishu-api.md §1.7). */
export const approvalTypeOf = (e: Pick<ApprovalEntry, "kind">) => KINDS[e.kind].approvalType;

/** The first and last day a record covers (feishu/calendar.ts `recordDays`), as `yyyyMMdd`. */
export function recordSpan(record: PreparedRecord): { from: string; to: string } {
  const { first, last } = recordDays(record);
  return { from: String(dayNumber(first)), to: String(dayNumber(last)) };
}

/** The live entry of a record just written. */
export function liveEntry(record: PreparedRecord, approvalId: string, writtenAt: string): ApprovalEntry {
  return {
    approvalId,
    kind: record.kind,
    row: record.row,
    key: record.key,
    fingerprint: record.fingerprint,
    employeeType: record.employeeType,
    userId: record.body.user_approval.user_id,
    ...recordSpan(record),
    state: "live",
    writtenAt,
  };
}

/** The history by approval ID; the last entry read for an ID wins. */
export class ApprovalHistory {
  private readonly byId = new Map<string, ApprovalEntry>();
  /** IDs put or updated since the last takeChanged(): what the journal still has to merge. */
  private readonly changed = new Set<string>();

  constructor(entries: readonly ApprovalEntry[] = []) {
    for (const e of entries) this.byId.set(e.approvalId, e);
  }

  /** The entries put or updated since the last call, once each (the journal merges them by ID). */
  takeChanged(): ApprovalEntry[] {
    const out = [...this.changed].flatMap((id) => {
      const e = this.byId.get(id);
      return e ? [e] : [];
    });
    this.changed.clear();
    return out;
  }

  get(approvalId: string): ApprovalEntry | undefined {
    return this.byId.get(approvalId);
  }

  /** Adds or replaces an entry (by its approval ID). */
  put(entry: ApprovalEntry): void {
    this.byId.set(entry.approvalId, entry);
    this.changed.add(entry.approvalId);
  }

  /** Changes an entry in place; unknown IDs are ignored. */
  update(approvalId: string, change: Partial<ApprovalEntry>): ApprovalEntry | undefined {
    const e = this.byId.get(approvalId);
    if (!e) return undefined;
    const next = { ...e, ...change };
    for (const k of Object.keys(change) as (keyof ApprovalEntry)[])
      if (change[k] === undefined) delete next[k];
    this.byId.set(approvalId, next);
    this.changed.add(approvalId);
    return next;
  }

  entries(): ApprovalEntry[] {
    return [...this.byId.values()];
  }

  /** Every approval ID the row holding `approvalId` ever had, oldest first, ending with that one. */
  lineage(approvalId: string): ApprovalEntry[] {
    const replacedBy = new Map<string, ApprovalEntry>();
    for (const e of this.byId.values()) if (e.replacedBy) replacedBy.set(e.replacedBy, e);
    const out: ApprovalEntry[] = [];
    const seen = new Set<string>();
    let at: ApprovalEntry | undefined = this.byId.get(approvalId);
    while (at && !seen.has(at.approvalId)) {
      out.unshift(at);
      seen.add(at.approvalId);
      at = replacedBy.get(at.approvalId);
    }
    return out;
  }

  /** Keys the row's records have used (a replacement needs a new one: row-state.ts replacementKey). */
  keysOf(approvalId: string): string[] {
    const lineage = this.lineage(approvalId);
    return [...lineage.map((e) => e.key), ...lineage.flatMap((e) => (e.nextKey ? [e.nextKey] : []))];
  }

  /**
   * Entries whose run was cut short: a revoke or replace decided and not finished. A replace
   * stays unfinished after its revoke until the new record is written (`replacedBy`).
   */
  unfinished(): ApprovalEntry[] {
    return this.entries().filter(
      (e) =>
        e.state === "revoke-pending" ||
        (e.state === "revoked" && e.intent === "replace" && e.replacedBy === undefined),
    );
  }
}

/**
 * Adds a live entry for every record a send run wrote (results with status submitted and an
 * approval ID), so the history holds every approval ID from the first. A result is tied to its
 * record by kind and key, never by row. Returns how many were added.
 */
export function noteWrites(
  history: ApprovalHistory,
  records: readonly PreparedRecord[],
  results: readonly RowResult[],
): number {
  const byKey = new Map(records.map((r) => [`${r.kind}\u0000${r.key}`, r] as const));
  let added = 0;
  for (const res of results) {
    const record = res.key === undefined ? undefined : byKey.get(`${res.kind}\u0000${res.key}`);
    if (res.status !== "submitted" || !res.approval_id || !record || history.get(res.approval_id)) continue;
    history.put(liveEntry(record, res.approval_id, res.submitted_at ?? ""));
    added++;
  }
  return added;
}

/**
 * A history rebuilt from the rows that hold approval IDs, for a workbook whose journal is gone:
 * each row's entry as entryForRow makes it (records revoked or replaced before are not known).
 */
export function historyFromSheetRows(rows: readonly RowVerdict[]): ApprovalHistory {
  const history = new ApprovalHistory();
  for (const v of rows) if (v.stored.approvalId) entryForRow(history, v, v.record);
  return history;
}

/**
 * The entry of a row's Approval ID; for a row written before the history existed, one made from
 * what the sheet holds (its stored key and fingerprint, the person and days of the record its
 * cells make now: for an edited row those may differ from what Feishu holds), added as live.
 */
export function entryForRow(
  history: ApprovalHistory,
  verdict: RowVerdict,
  record: PreparedRecord | undefined,
): ApprovalEntry {
  const id = verdict.stored.approvalId ?? "";
  const known = history.get(id);
  if (known) return known;
  const from = verdict.record ?? record;
  const base: ApprovalEntry = from
    ? liveEntry(from, id, "")
    : {
        approvalId: id,
        kind: verdict.kind,
        row: verdict.row,
        key: "",
        fingerprint: "",
        employeeType: "employee_id",
        userId: "",
        from: "20000101",
        to: "20000101",
        state: "live",
      };
  const entry: ApprovalEntry = {
    ...base,
    row: verdict.row,
    key: verdict.stored.key ?? base.key,
    fingerprint: verdict.stored.fingerprint ?? base.fingerprint,
  };
  delete entry.writtenAt;
  history.put(entry);
  return entry;
}

/**
 * The key a record is sent with, given what the journal says its key sequence (`key`, `key~2`…,
 * row-state.ts keyMatches) did before. Feishu keeps a revoked record's key for good, so content
 * sent again after a revoke goes with the next key of its sequence; content whose record is live
 * goes with that record's key (Feishu answers "already exists" and the query finds it: never a
 * second record); content the journal never saw keeps its own key.
 */
export function keyForSend(key: string, history: ApprovalHistory, index = keyIndex(history)): string {
  const used = index.get(key) ?? [];
  const live = used.find((e) => e.state === "live" || e.state === "revoke-pending");
  if (live) return live.key;
  if (!used.length) return key;
  return replacementKey(key, [
    ...used.map((e) => e.key),
    ...used.flatMap((e) => (e.nextKey ? [e.nextKey] : [])),
  ]);
}

/** The journal's entries by the key they were sent with and by the base of a `~n` key. */
export function keyIndex(history: ApprovalHistory): Map<string, ApprovalEntry[]> {
  const index = new Map<string, ApprovalEntry[]>();
  const add = (k: string, e: ApprovalEntry) => (index.get(k) ?? index.set(k, []).get(k))?.push(e);
  for (const e of history.entries()) {
    add(e.key, e);
    const base = /^(.*)~\d+$/.exec(e.key)?.[1];
    if (base !== undefined && base !== e.key) add(base, e);
  }
  return index;
}
