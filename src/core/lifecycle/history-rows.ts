/**
 * The approval history as rows of the workbook's hidden history sheet, and back. Every cell is
 * text (IDs are long digit strings Excel would round). Unreadable rows are dropped, never guessed.
 */
import { EMPLOYEE_TYPES, type EmployeeType } from "../feishu/schemas";
import { KINDS, type RecordKind } from "../kinds";
import type { CellValue } from "../model";
import {
  APPROVAL_STATES,
  ApprovalHistory,
  type ApprovalEntry,
  type ApprovalState,
  type LifecycleIntent,
} from "./history";

export const HISTORY_HEADERS = [
  "approval_id",
  "kind",
  "row",
  "key",
  "fingerprint",
  "employee_type",
  "user_id",
  "from",
  "to",
  "state",
  "intent",
  "next_key",
  "replaced_by",
  "written_at",
  "changed_at",
] as const;

const str = (v: CellValue) => (v == null ? "" : String(v).trim());
const INTENTS: readonly LifecycleIntent[] = ["revoke", "replace"];
const isIn = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

export function historyToRows(history: ApprovalHistory): string[][] {
  return entriesToRows(history.entries());
}

/** Entries as journal rows (the journal merges them by their first cell, the approval ID). */
export function entriesToRows(entries: readonly ApprovalEntry[]): string[][] {
  return entries.map((e) => [
    e.approvalId,
    e.kind,
    String(e.row),
    e.key,
    e.fingerprint,
    e.employeeType,
    e.userId,
    e.from,
    e.to,
    e.state,
    e.intent ?? "",
    e.nextKey ?? "",
    e.replacedBy ?? "",
    e.writtenAt ?? "",
    e.changedAt ?? "",
  ]);
}

export function historyFromRows(rows: readonly (readonly CellValue[])[]): ApprovalHistory {
  const entries: ApprovalEntry[] = [];
  for (const r of rows) {
    const c = HISTORY_HEADERS.map((_, i) => str(r[i]));
    const [id, kind, row, key, fp, type, user, from, to, state, intent, nextKey, replacedBy, at, changed] = c;
    const rowNumber = Number(row);
    if (!id || !key || !user || !(kind in KINDS) || !Number.isInteger(rowNumber) || rowNumber < 0) continue;
    if (!isIn<EmployeeType>(EMPLOYEE_TYPES, type) || !isIn<ApprovalState>(APPROVAL_STATES, state)) continue;
    if (!/^\d{8}$/.test(from) || !/^\d{8}$/.test(to)) continue;
    entries.push({
      approvalId: id,
      kind: kind as RecordKind,
      row: rowNumber,
      key,
      fingerprint: fp,
      employeeType: type,
      userId: user,
      from,
      to,
      state,
      ...(isIn<LifecycleIntent>(INTENTS, intent) ? { intent } : {}),
      ...(nextKey ? { nextKey } : {}),
      ...(replacedBy ? { replacedBy } : {}),
      ...(at ? { writtenAt: at } : {}),
      ...(changed ? { changedAt: changed } : {}),
    });
  }
  return new ApprovalHistory(entries);
}
