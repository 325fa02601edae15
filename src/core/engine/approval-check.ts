/**
 * What Feishu holds for one approval ID, read with the query call (docs/feishu-api.md §3): live
 * (status 2), revoked (status 3 or 4: the sources disagree which one a revoke shows, docs/feishu-api.md §10.3, so
 * either counts), absent, or unreachable (the query kept failing). Windows: the record's own days
 * (PeriodTime, ≤ 30 days, from ≤ tomorrow), then the days around its writing and around now
 * (CreateTime). A status the query refuses (leave and overtime are queryable only as passed or
 * withdrawn) simply lists nothing.
 */
import {
  dayIndex,
  dayOfTime,
  feishuToday,
  periodWindow,
  writtenAround,
  type DayWindow,
} from "../feishu/calendar";
import type { QueryUserApprovalBody } from "../feishu/schemas";
import { KINDS } from "../kinds";
import type { ApprovalEntry } from "../lifecycle/history";
import { attempt, type AttemptContext } from "./attempt";
import type { SubmitTransport } from "./types";

/**
 * `absent`: listed under no status, by queries that covered its days (its own, or those around
 * its writing); `unreachable`: the query kept failing, or could not cover them (a record past
 * tomorrow whose writing time is unknown).
 */
export type ApprovalCheck = "live" | "revoked" | "absent" | "unreachable";

/** The query windows that can list the entry's record, in order (feishu/calendar.ts). */
export function checkWindows(
  entry: Pick<ApprovalEntry, "from" | "to" | "writtenAt">,
  nowMs: number,
): DayWindow[] {
  const today = feishuToday(nowMs);
  const period = periodWindow(dayIndex(+entry.from), dayIndex(+entry.to), nowMs);
  const windows: DayWindow[] = period ? [period] : [];
  const written = dayOfTime(entry.writtenAt);
  for (const d of written === null || written === today ? [today] : [written, today])
    windows.push(writtenAround(d));
  return windows;
}

/** Passed first (the common answer), then the two numbers a revoked record may show. */
const STATUSES = [2, 4, 3] as const;

function listed(entry: ApprovalEntry, body: unknown): boolean {
  const data = (body as { data?: { user_approvals?: unknown } } | null)?.data;
  const list = Array.isArray(data?.user_approvals) ? (data.user_approvals as unknown[]) : [];
  const field = KINDS[entry.kind].feishuField;
  return list.some((ua) => {
    const items = (ua as Record<string, unknown> | null)?.[field];
    return (
      Array.isArray(items) &&
      items.some((it) => (it as { approval_id?: unknown } | null)?.approval_id === entry.approvalId)
    );
  });
}

/** Where the entry's approval ID is listed, asking each window by status (every query through attempt.ts). */
export async function checkApproval(
  entry: ApprovalEntry,
  transport: Pick<SubmitTransport, "query">,
  ctx: AttemptContext,
): Promise<ApprovalCheck> {
  const windows = checkWindows(entry, ctx.clock.now());
  let unanswered = !(windows[0]?.check_date_type === "PeriodTime" || entry.writtenAt);
  for (const window of windows) {
    for (const status of STATUSES) {
      const body: QueryUserApprovalBody = { user_ids: [entry.userId], status, ...window };
      const end = await attempt(
        () => transport.query(entry.employeeType, body, ctx.signal),
        { ...ctx, pace: undefined },
        { read: true },
      );
      if (end.end === "stopped") return "unreachable";
      if (end.end === "gave-up") unanswered = true;
      else if (end.outcome.kind === "ok" && "answer" in end.result && listed(entry, end.result.answer.body))
        return status === 2 ? "live" : "revoked";
      // Refused (e.g. a status this kind cannot be queried by): nothing listed under it.
    }
  }
  return unanswered ? "unreachable" : "absent";
}
