/**
 * `POST /open-apis/attendance/v1/user_approvals/query?employee_type=…` (docs/feishu-api.md §3).
 * Window rules: valid yyyyMMdd ints, to − from ≤ 30 days, from ≤ today + 1 (Asia/Shanghai).
 * PeriodTime (default) matches records whose start..end days overlap the window;
 * CreateTime matches by the day they were written; UpdateTime is "not open" (docs/feishu-api.md §3) → 1220001.
 * Records are tenant data: any app of the tenant sees them.
 * Status: leave and overtime can be read only as passed (2) or withdrawn (3); out and trip in any
 * status (docs/feishu-api.md §3). Asked for another status, the answer simply holds no leave or overtime.
 */
import { CreateUserApprovalQuery, QueryUserApprovalBody } from "../../core/feishu/schemas";
import { KINDS } from "../../core/kinds";
import { describeZodError, invalidParam, success, type ApiContext, type Reply } from "../envelope";
import type { StoredRecord } from "../store";
import { dayIndex, dayOfDateTime, shanghaiDayNumber } from "../time";
import { checkUser } from "./users";

/** docs/feishu-api.md §3: which kinds a query by `status` can return. */
const queryableAs = (kind: StoredRecord["kind"], status: number) =>
  kind === "out" || kind === "trip" || status === 2 || status === 3;

const isDayNumber = (n: number) => {
  const y = Math.floor(n / 10000),
    m = Math.floor((n % 10000) / 100),
    d = n % 100;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return n >= 19000101 && n <= 99991231 && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
};

export function queryUserApprovals(ctx: ApiContext): Reply {
  const query = CreateUserApprovalQuery.safeParse({
    employee_type: ctx.query.get("employee_type") ?? undefined,
  });
  if (!query.success) return invalidParam("employee_type invalid");
  const type = query.data.employee_type;
  const parsed = QueryUserApprovalBody.safeParse(ctx.body);
  if (!parsed.success) return invalidParam(describeZodError(parsed.error));
  const q = parsed.data;
  if (!isDayNumber(q.check_date_from) || !isDayNumber(q.check_date_to))
    return invalidParam("check_date_from/check_date_to must be yyyyMMdd");
  const from = dayIndex(q.check_date_from),
    to = dayIndex(q.check_date_to);
  if (to < from) return invalidParam("check_date_to is earlier than check_date_from");
  if (to - from > 30) return invalidParam("check_date_to must be at most 30 days after check_date_from");
  if (from > dayIndex(shanghaiDayNumber(ctx.now())) + 1)
    return invalidParam("check_date_from must not be later than tomorrow");
  if (q.check_date_type === "UpdateTime") return invalidParam("check_date_type UpdateTime is not open yet");

  for (const id of q.user_ids) {
    const who = checkUser(ctx.directory, type, id);
    if (!who.ok) return who.reply;
  }
  const wanted = new Set(q.user_ids);
  const status = q.status ?? 2;
  const inWindow = (r: StoredRecord) => {
    if (q.check_date_type === "CreateTime") {
      const d = dayIndex(shanghaiDayNumber(r.created_ms));
      return d >= from && d <= to;
    }
    const item = r.item as { start_time: string; end_time: string };
    return dayIndex(dayOfDateTime(item.start_time)) <= to && dayIndex(dayOfDateTime(item.end_time)) >= from;
  };

  const groups = new Map<string, Record<string, unknown>>();
  for (const r of ctx.store.all()) {
    const userId = r.employee[type];
    if (!wanted.has(userId) || r.status !== status || !queryableAs(r.kind, status) || !inWindow(r)) continue;
    const key = `${userId}\u0000${r.date}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        user_id: userId,
        date: r.date,
        outs: [],
        leaves: [],
        overtime_works: [],
        trips: [],
        time_zone: "Asia/Shanghai",
      };
      groups.set(key, g);
    }
    (g[KINDS[r.kind].feishuField] as unknown[]).push(r.item);
  }
  return success({ user_approvals: [...groups.values()] });
}
