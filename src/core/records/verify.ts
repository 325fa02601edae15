/**
 * Verify in Feishu: each submitted row against the record its approval ID names, as the query
 * reads it back (passed, and revoked as status 3 or 4, docs/feishu-api.md §10.3). A row is
 * verified, not found, revoked in Feishu, or differs, naming the first column that differs.
 */
import { type Text } from "../i18n";
import type { PreparedRecord } from "../model";
import { columnsOf } from "../template/columns";
import { messageFor, type IssueCode } from "../validate/messages";
import { isRevokedStatus, recordOfRow, type FeishuRecord } from "./feishu-record";
import { spanText } from "./look";

/** "not_checkable": not found, but its days lie after tomorrow and it was written too long ago to find. */
export type VerifyState = "verified" | "not_found" | "revoked" | "differs" | "not_checkable";

export interface SubmittedRow {
  /** The row's request as it would be sent now (its current cells). */
  record: PreparedRecord;
  approvalId: string;
}

export interface VerifyMark {
  kind: PreparedRecord["kind"];
  row: number;
  approvalId: string;
  state: VerifyState;
  /** With "differs": the column key that differs first (employee, start_time, end_time, type, …). */
  column?: string;
  /** What the clerk reads, in both languages. */
  message: Text;
}

const CODES: Record<VerifyState, IssueCode> = {
  verified: "verify_ok",
  not_found: "verify_not_found",
  revoked: "verify_revoked",
  differs: "verify_differs",
  not_checkable: "verify_not_checkable",
};

type Flat = ReturnType<typeof recordOfRow>;

/** The first column where Feishu's record differs from the row, or null. */
export function differingColumn(row: Flat, held: FeishuRecord): string | null {
  if (row.userId !== held.userId) return "employee";
  if (row.start !== held.start) return "start_time";
  if (row.end !== held.end) return "end_time";
  if (row.typeKey !== held.typeKey) {
    if (row.kind !== "overtime") return "type";
    return row.typeKey.split("/")[0] !== held.typeKey.split("/")[0] ? "overtime_type" : "category";
  }
  if (row.reason !== held.reason) return "reason";
  return null;
}

export function verifyRows(rows: readonly SubmittedRow[], held: readonly FeishuRecord[]): VerifyMark[] {
  const byId = new Map<string, FeishuRecord>();
  for (const h of held) {
    const seen = byId.get(h.approvalId);
    // A record read both as passed and as revoked (a revoke between two queries) is revoked.
    if (!seen || isRevokedStatus(h.status)) byId.set(h.approvalId, h);
  }
  return rows.map(({ record, approvalId }) => {
    const h = byId.get(approvalId);
    const base = { kind: record.kind, row: record.row, approvalId };
    if (!h || h.kind !== record.kind)
      return {
        ...base,
        state: "not_found" as const,
        message: messageFor(CODES.not_found, { value: approvalId }),
      };
    const span = spanText(h.start, h.end);
    const params = { value: approvalId, span: { zh: span, en: span }, what: h.typeName };
    if (isRevokedStatus(h.status))
      return { ...base, state: "revoked" as const, message: messageFor(CODES.revoked, params) };
    const column = differingColumn(recordOfRow(record), h);
    if (column === null)
      return { ...base, state: "verified" as const, message: messageFor(CODES.verified, params) };
    const header = columnsOf(record.kind).find((c) => c.key === column)?.header;
    return {
      ...base,
      state: "differs" as const,
      column,
      message: messageFor(CODES.differs, { ...params, ...(header ? { col: header } : {}) }),
    };
  });
}
