/**
 * The columns every kind shares: employee, External ID, start, end and date, with the rules
 * that tie them together (end after start; the date derived from the start when blank).
 */
import {
  DAY,
  formatDate,
  formatDateTime,
  startOfDay,
  type ParsedDateTime,
  type WallTime,
} from "../cells/datetime";
import { daysText, hoursText, spanDays, spanSeconds, type Length } from "./derive";
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
  let [start, end] = recordSpan(r, r.datetimeParsed("start_time", true), r.datetimeParsed("end_time", true));
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
 * The start and end a record is sent with (README "Whole days"): when both cells are dates
 * without a time of day, the record covers whole days, 00:00:00 of the first to 23:59:59 of the
 * last; a time on either side means both are sent as written (overtime 18:00 -> next day 00:00
 * stays so). Rules 1 (key-versions.ts) made any bare End date 23:59:59.
 */
function recordSpan(
  r: RowReader,
  start: ParsedDateTime | undefined,
  end: ParsedDateTime | undefined,
): [WallTime | undefined, WallTime | undefined] {
  if (!end) return [start?.t, undefined];
  const wholeDays = r.rules === 1 ? !end.hasTime : start !== undefined && !start.hasTime && !end.hasTime;
  return [start?.t, wholeDays ? end.t + DAY - 1 : end.t];
}

/**
 * A length must fit between start and end (shorter is fine: weekends, breaks). Longer is an
 * error on the column the clerk typed, naming both figures. True when it fits.
 */
export function lengthFits(r: RowReader, key: string, length: Length, c: CommonFields): boolean {
  // Rules 1 had no such check: rows written then are re-read as they were (key-versions.ts).
  if (c.start === undefined || c.end === undefined || r.rules === 1) return true;
  const secs = spanSeconds(c.start, c.end);
  const days = spanDays(c.start, c.end);
  const timeFits = length.seconds <= secs;
  if (timeFits && (length.days === undefined || length.days <= days)) return true;
  r.fail(key, "length_exceeds_span", "error", {
    amount: length.figure,
    span: timeFits ? daysText(days) : hoursText(secs),
    other: `${formatDateTime(c.start)} – ${formatDateTime(c.end)}`,
  });
  return false;
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
