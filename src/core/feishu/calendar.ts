/**
 * Feishu's calendar, in one place: days as the query takes them (`yyyyMMdd` numbers,
 * docs/feishu-api.md §3) and as day indexes for arithmetic, a record's days, "today" and
 * "tomorrow" in Feishu's zone, and the query's limits: a window starts at most tomorrow and spans
 * at most 30 days after its first (to − from ≤ 30). Feishu decides "tomorrow" on its own
 * calendar, China Standard Time (UTC+8, no daylight saving, docs/feishu-api.md §10.6), never the
 * machine's: a pane in London at 23:30 on the 9th is already on the 10th in Feishu.
 */
import { recordItem } from "../build";
import type { PreparedRecord } from "../model";
import type { QueryUserApprovalBody } from "./schemas";

const DAY_MS = 86_400_000;
const FEISHU_OFFSET_MS = 8 * 3_600_000;

/** check_date_to − check_date_from at most (docs/feishu-api.md §3). */
export const QUERY_MAX_SPAN_DAYS = 30;

/** Days since 1970-01-01 of a `yyyyMMdd` number. */
export const dayIndex = (yyyymmdd: number): number =>
  Date.UTC(Math.floor(yyyymmdd / 10000), (Math.floor(yyyymmdd / 100) % 100) - 1, yyyymmdd % 100) / DAY_MS;

/** The `yyyyMMdd` number of a day index. */
export const dayNumber = (index: number): number => {
  const d = new Date(index * DAY_MS);
  return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
};

/** The day index of a Feishu time `yyyy-MM-dd HH:mm:ss` (or a `yyyyMMdd` string), or null. */
export function dayOfTime(t: unknown): number | null {
  if (typeof t !== "string") return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(t);
  return m ? dayIndex(Number(`${m[1]}${m[2]}${m[3]}`)) : null;
}

/** Today's day index in Feishu's zone at `nowMs`. */
export const feishuToday = (nowMs: number): number => Math.floor((nowMs + FEISHU_OFFSET_MS) / DAY_MS);

/** The last day a query window may start on, and so the last day a day window reaches: tomorrow. */
export const lastQueryableDay = (nowMs: number): number => feishuToday(nowMs) + 1;

/** `01-21` from a day index, as a clerk reads a date inside a sentence. */
export const monthDay = (index: number): string =>
  String(dayNumber(index))
    .slice(4)
    .replace(/^(\d\d)/, "$1-");

/** The first and last day (indexes) a record names: its date and the days of its start and end. */
export function recordDays(record: Pick<PreparedRecord, "kind" | "body">): { first: number; last: number } {
  const item = recordItem(record);
  const days = [
    dayOfTime(record.body.user_approval.date),
    dayOfTime(item.start_time),
    dayOfTime(item.end_time),
  ];
  const known = days.filter((d): d is number => d !== null);
  return { first: Math.min(...known), last: Math.max(...known) };
}

export type DayWindow = Pick<QueryUserApprovalBody, "check_date_from" | "check_date_to" | "check_date_type">;

/**
 * The window that lists records in effect from `first` to `last` (a day wider each side: a
 * record's day is its attendance group's), cut to 30 days; null when it would start after
 * tomorrow, which the query refuses.
 */
export function periodWindow(first: number, last: number, nowMs: number): DayWindow | null {
  const from = first - 1;
  if (from > lastQueryableDay(nowMs)) return null;
  const to = Math.min(from + QUERY_MAX_SPAN_DAYS, last + 1);
  return { check_date_from: dayNumber(from), check_date_to: dayNumber(to), check_date_type: "PeriodTime" };
}

/** The window that lists records written on `day` (a day wider each side). */
export const writtenAround = (day: number): DayWindow => ({
  check_date_from: dayNumber(day - 1),
  check_date_to: dayNumber(day + 1),
  check_date_type: "CreateTime",
});
