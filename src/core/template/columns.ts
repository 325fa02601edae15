/**
 * The declarative workbook template: every column of the four kind tables. The Excel adapter
 * creates sheets from it, the reader matches headers with it, the validator checks cells by it.
 */
import type { RecordKind } from "../kinds";
import { col, type ColumnDef } from "./column-def";
import { leaveOutColumns } from "./columns-leave-out";
import { overtimeColumns, tripColumns } from "./columns-overtime-trip";

export type { ColumnDef, ColumnType } from "./column-def";

/** Result columns, the same for every kind, always after the input columns. */
export const RESULT_COLUMNS: ColumnDef[] = [
  col("status", "状态", "Status", "result", false, "status", {
    width: 12,
  }),
  col("approval_id", "审批ID", "Approval ID", "result", false, "approvalId", { width: 22 }),
  col("message", "说明", "Message", "result", false, "message", {
    width: 40,
  }),
  col("submitted_at", "提交时间", "Submitted at", "result", false, "submittedAt", { width: 18 }),
  col(
    "key",
    "发送编号",
    "Send reference",
    "result",
    false,
    "key",
    // Earlier templates named this column by its protocol word; those headers still read.
    { width: 22, formerHeaders: ["幂等键", "Key"] },
  ),
  col("fingerprint", "指纹", "Fingerprint", "result", false, "fingerprint", { hidden: true, width: 10 }),
];

export const INPUT_COLUMNS: Record<RecordKind, ColumnDef[]> = {
  leave: leaveOutColumns("leave"),
  out: leaveOutColumns("out"),
  overtime: overtimeColumns,
  trip: tripColumns,
};

/** All columns of a kind's table, input first, then results. */
export function columnsOf(kind: RecordKind): ColumnDef[] {
  return [...INPUT_COLUMNS[kind], ...RESULT_COLUMNS];
}

export type ResultColumnKey = "status" | "approval_id" | "message" | "submitted_at" | "key" | "fingerprint";
