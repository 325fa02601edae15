/**
 * The columns every kind shares: employee, External ID, start, end and date, with the rules
 * that tie them together (end after start; the date derived from the start when blank).
 */
import { formatDate, formatDateTime, startOfDay, type WallTime } from "../cells/datetime";
import { readEmployee } from "../people/read-employee";
import type { RowReader } from "./reader";
import { NO_ISSUES, type ApprovalRow } from "./types";

export interface CommonFields {
  userId?: string;
  externalId?: string;
  start?: WallTime;
  end?: WallTime;
  /** yyyyMMdd; set when the start (or the date cell) parsed. */
  date?: string;
}

export function readCommon(r: RowReader): CommonFields {
  const userId = readEmployee(r);
  const externalId = r.id("external_id", false);
  let start = r.datetime("start_time", true);
  let end = r.datetime("end_time", true, true);
  if (start !== undefined && end !== undefined && end <= start) {
    r.fail("end_time", "end_before_start", "error", {
      value: formatDateTime(end),
      other: formatDateTime(start),
    });
    start = end = undefined;
  }
  const given = r.date("date");
  let date: string | undefined;
  if (given !== undefined) {
    date = formatDate(given);
    if (
      start !== undefined &&
      end !== undefined &&
      (given < startOfDay(start) || given > startOfDay(end - 1))
    ) {
      r.fail("date", "date_outside_range", "warning", {
        value: date,
        other: `${formatDateTime(start)} – ${formatDateTime(end)}`,
      });
    }
  } else if (r.blank("date") && start !== undefined) {
    date = formatDate(start); // derived: the start's date (README "Derived values")
  }
  return { userId, externalId, start, end, date };
}

/**
 * A valid row as checkRows expects it (validate/types.ts): the same object shape for every
 * kind, fingerprint/issues/ok filled in later, so 100,000 rows cost one object each.
 * Callers pass the common fields they have already checked are present.
 */
export function approvalRow<R extends ApprovalRow>(
  kind: R["kind"],
  row: number,
  at: { userId: string; date: string; start: WallTime; end: WallTime; externalId: string | undefined },
  record: R["record"],
): ApprovalRow {
  return {
    kind,
    row,
    userId: at.userId,
    date: at.date,
    externalId: at.externalId,
    start: at.start,
    end: at.end,
    record,
    fingerprint: undefined,
    issues: NO_ISSUES,
    ok: false,
  } as ApprovalRow;
}
