/**
 * Which queries read back what Feishu holds for a set of people and days
 * (docs/feishu-api.md §3): at most 50 user ids a call (§10.11), windows of at most 31 days
 * (to − from ≤ 30), and no window starting after tomorrow. Records lying wholly after tomorrow
 * cannot be listed by their days: for the people who have such days, the plan also asks by when
 * records were written (CreateTime), over the last WRITTEN_LOOKBACK_WINDOWS windows, so the look
 * before sending, Verify and the "Feishu records" sheet cover every day a row names.
 */
import type { QueryUserApprovalBody } from "../feishu/schemas";
import { dayNumber, lastQueryableDay, QUERY_MAX_SPAN_DAYS } from "../feishu/calendar";

/** One person's days to read, as day indexes (feishu/calendar.ts), first ≤ last. */
export interface DaySpan {
  userId: string;
  first: number;
  last: number;
}

export type QueryWindow = Pick<
  QueryUserApprovalBody,
  "user_ids" | "check_date_from" | "check_date_to" | "check_date_type"
>;

export interface QueryPlan {
  requests: QueryWindow[];
  /** The last day (index) any query can reach: tomorrow in Feishu's zone. */
  reachableUntil: number;
}

export const QUERY_MAX_USERS = 50;
/** Windows of writing time asked for records after tomorrow: three of 31 days, the last 93 days. */
export const WRITTEN_LOOKBACK_WINDOWS = 3;

/**
 * Spans are widened by a day each side (a record's day is its attendance group's, docs/feishu-api.md §3), clipped
 * to tomorrow; their union is cut into windows, and each window asks only for the people with
 * days in it, in sorted batches of 50.
 */
export function planQueries(spans: readonly DaySpan[], nowMs: number): QueryPlan {
  const reachableUntil = lastQueryableDay(nowMs);
  const clipped: DaySpan[] = [];
  for (const s of spans) {
    const first = s.first - 1;
    const last = Math.min(s.last + 1, reachableUntil);
    if (first <= last) clipped.push({ userId: s.userId, first, last });
  }
  const requests: QueryWindow[] = [];
  for (const [from, to] of windowsOver(clipped)) {
    const users = [...new Set(clipped.filter((s) => s.first <= to && s.last >= from).map((s) => s.userId))];
    users.sort();
    for (let i = 0; i < users.length; i += QUERY_MAX_USERS)
      requests.push({
        user_ids: users.slice(i, i + QUERY_MAX_USERS),
        check_date_from: dayNumber(from),
        check_date_to: dayNumber(to),
      });
  }
  // Records wholly after tomorrow (a day wider, as above) are listed only by when they were written.
  const beyond = spans.filter((s) => s.last + 1 > reachableUntil).map((s) => s.userId);
  requests.push(...planWrittenLately(beyond, nowMs).requests);
  return { requests, reachableUntil };
}

/** The union of the spans' days, cut into windows of at most QUERY_MAX_SPAN_DAYS + 1 days. */
function windowsOver(spans: readonly DaySpan[]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a.first - b.first);
  const merged: [number, number][] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.first <= last[1] + 1) last[1] = Math.max(last[1], s.last);
    else merged.push([s.first, s.last]);
  }
  const windows: [number, number][] = [];
  for (const [first, last] of merged)
    for (let from = first; from <= last; from += QUERY_MAX_SPAN_DAYS + 1)
      windows.push([from, Math.min(last, from + QUERY_MAX_SPAN_DAYS)]);
  return windows;
}

/**
 * Records whose days lie after tomorrow can only be found by when they were written
 * (`check_date_type` CreateTime, docs/feishu-api.md §3): these people, written in the last
 * `windows` windows of 31 days up to tomorrow.
 */
export function planWrittenLately(
  userIds: readonly string[],
  nowMs: number,
  windows = WRITTEN_LOOKBACK_WINDOWS,
): QueryPlan {
  const tomorrow = lastQueryableDay(nowMs);
  const users = [...new Set(userIds)].sort();
  const requests: QueryWindow[] = [];
  for (let w = 0; w < windows; w++) {
    const to = tomorrow - w * (QUERY_MAX_SPAN_DAYS + 1);
    for (let i = 0; i < users.length; i += QUERY_MAX_USERS)
      requests.push({
        user_ids: users.slice(i, i + QUERY_MAX_USERS),
        check_date_from: dayNumber(to - QUERY_MAX_SPAN_DAYS),
        check_date_to: dayNumber(to),
        check_date_type: "CreateTime",
      });
  }
  return { requests, reachableUntil: tomorrow };
}
