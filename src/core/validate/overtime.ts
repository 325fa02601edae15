/**
 * Overtime rows (docs/feishu-api.md §1.5): duration derived from start/end in the row's unit
 * when blank; a given duration must fit between start and end.
 */
import { formatDateTime } from "../cells/datetime";
import type { UserOvertimeWork } from "../feishu/schemas";
import { approvalRow, lengthFits, type CommonFields } from "./common";
import { durationLength, overtimeDuration, workdayHours, type UnitValue } from "./derive";
import type { RowReader } from "./reader";
import type { ApprovalRow } from "./types";

export function readOvertime(r: RowReader, c: CommonFields): ApprovalRow | undefined {
  const unit = r.enumOption("unit", true)?.value as UnitValue | undefined;
  const given = r.number("duration", false);
  const category = r.enumOption("category", true)?.value as UserOvertimeWork["category"] | undefined;
  const type = r.enumOption("overtime_type", true)?.value as UserOvertimeWork["type"] | undefined;
  const reason = r.text("reason", false);
  if (given !== undefined && unit !== undefined)
    lengthFits(r, "duration", durationLength(given, unit, workdayHours(r.settings)), c);
  if (r.errors || unit === undefined || category === undefined || type === undefined) return undefined;
  if (c.userId === undefined || c.start === undefined || c.end === undefined || c.date === undefined)
    return undefined;
  if (given === undefined && !r.blank("duration")) return undefined;
  const duration = given ?? overtimeDuration(c.start, c.end, unit, workdayHours(r.settings));
  const start_time = formatDateTime(c.start);
  const end_time = formatDateTime(c.end);
  const record: UserOvertimeWork =
    reason !== undefined
      ? { duration, unit, category, type, start_time, end_time, reason, idempotent_id: "" }
      : { duration, unit, category, type, start_time, end_time, idempotent_id: "" };
  return approvalRow(
    "overtime",
    r.row,
    { userId: c.userId, date: c.date, start: c.start, end: c.end, externalId: c.externalId },
    record,
  );
}
