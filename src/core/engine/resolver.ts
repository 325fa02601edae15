/**
 * After "the object already exists": find the approval_id Feishu holds for this record with
 * the query call (docs/feishu-api.md §3), never by sending again. Match by the echoed idempotent_id,
 * else by content (kind, start, end, and the type fields). Windows: the record's own days
 * (PeriodTime, ≤ 30 days, from ≤ tomorrow), then the days around now (CreateTime) for
 * records in the future.
 */
import { mapCallResult } from "../feishu/outcomes";
import type { QueryUserApprovalBody } from "../feishu/schemas";
import { messageText } from "../catalog";
import type { Text } from "../i18n";
import { KINDS } from "../kinds";
import type { PreparedRecord } from "../model";
import { isRetryable, type Outcome } from "../outcome";
import { settleFromLedger } from "../records/ledger";
import { pause } from "./clock";
import { backoffDelay, type RetryPolicy } from "./retry-policy";
import type { Clock, SubmitTransport } from "./types";

/**
 * Found, or not: `answered` when every window's query was answered, so Feishu holds no record
 * with this key (or content) at the time of asking; otherwise a query kept failing.
 */
export type Resolution =
  | { found: true; approvalId: string }
  | { found: false; reason: Text; outcome: Outcome | null; answered: boolean };

type Item = Record<string, unknown>;
const isItem = (v: unknown): v is Item => typeof v === "object" && v !== null && !Array.isArray(v);

const DAY_MS = 86_400_000;
const dayOf = (yyyymmdd: string): number =>
  Date.UTC(+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6) - 1, +yyyymmdd.slice(6, 8)) / DAY_MS;
const toInt = (day: number): number => {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
};
const dayOfTime = (t: unknown): number | null =>
  typeof t === "string" && /^\d{4}-\d{2}-\d{2}/.test(t) ? dayOf(t.slice(0, 10).replace(/-/g, "")) : null;
const localToday = (ms: number): number => {
  const d = new Date(ms);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS;
};

/** The record's own item inside its one-record body. */
export function recordItem(record: PreparedRecord): Item {
  const items = record.body.user_approval[KINDS[record.kind].feishuField];
  return (items?.[0] ?? {}) as Item;
}

/** The query windows to try, in order. */
export function queryWindows(
  record: PreparedRecord,
  nowMs: number,
): Pick<QueryUserApprovalBody, "check_date_from" | "check_date_to" | "check_date_type">[] {
  const item = recordItem(record);
  const days = [
    dayOf(record.body.user_approval.date),
    dayOfTime(item.start_time),
    dayOfTime(item.end_time),
  ].filter((d): d is number => d !== null);
  const today = localToday(nowMs);
  const from = Math.min(...days) - 1;
  const to = Math.min(from + 30, Math.max(...days) + 1);
  const windows: ReturnType<typeof queryWindows> = [];
  if (from <= today + 1)
    windows.push({ check_date_from: toInt(from), check_date_to: toInt(to), check_date_type: "PeriodTime" });
  windows.push({
    check_date_from: toInt(today - 1),
    check_date_to: toInt(today + 1),
    check_date_type: "CreateTime",
  });
  return windows;
}

const SAME_CONTENT: Record<PreparedRecord["kind"], string[]> = {
  leave: ["start_time", "end_time", "uniq_id"],
  out: ["start_time", "end_time", "uniq_id"],
  overtime: ["start_time", "end_time", "type", "category"],
  trip: ["start_time", "end_time"],
};

/** The approval_id of our record among the query's user_approvals, or null. */
export function matchApproval(record: PreparedRecord, data: unknown): string | null {
  const list = isItem(data) && Array.isArray(data.user_approvals) ? data.user_approvals : [];
  const field = KINDS[record.kind].feishuField;
  const mine = recordItem(record);
  const candidates: Item[] = [];
  for (const ua of list) {
    if (!isItem(ua) || ua.user_id !== record.body.user_approval.user_id || !Array.isArray(ua[field]))
      continue;
    for (const it of ua[field] as unknown[])
      if (isItem(it) && typeof it.approval_id === "string" && it.approval_id) candidates.push(it);
  }
  const byKey = candidates.find((it) => it.idempotent_id === record.key);
  if (byKey) return byKey.approval_id as string;
  const byContent = candidates.find(
    (it) =>
      !it.idempotent_id &&
      SAME_CONTENT[record.kind].every(
        (f) => mine[f] === undefined || it[f] === undefined || it[f] === mine[f],
      ),
  );
  return byContent ? (byContent.approval_id as string) : null;
}

function dataOf(body: unknown): unknown {
  let parsed = body;
  if (typeof body === "string") {
    try {
      parsed = JSON.parse(body) as unknown;
    } catch {
      return null;
    }
  }
  return isItem(parsed) ? parsed.data : null;
}

const NOT_FOUND = messageText("run.notFound");

/** Finds the approval_id of a record Feishu reported as already existing. */
export async function findExistingApproval(
  record: PreparedRecord,
  transport: SubmitTransport,
  clock: Clock,
  policy: RetryPolicy,
): Promise<Resolution> {
  // The proxy's ledger first (records/ledger.ts): a write it holds needs no query of Feishu.
  if (transport.ledger) {
    const held = await settleFromLedger(record, transport.ledger);
    if (held.found) return { found: true, approvalId: held.approvalId };
  }
  let last: Outcome | null = null;
  let answered = true;
  for (const window of queryWindows(record, clock.now())) {
    const body: QueryUserApprovalBody = {
      user_ids: [record.body.user_approval.user_id],
      status: 2,
      ...window,
    };
    let windowAnswered = false;
    for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
      const result = await transport.query(record.employeeType, body);
      const outcome = mapCallResult(result);
      last = outcome;
      if (outcome.kind === "ok" && "answer" in result) {
        const approvalId = matchApproval(record, dataOf(result.answer.body));
        if (approvalId) return { found: true, approvalId };
        windowAnswered = true;
        break;
      }
      if (!isRetryable(outcome)) break;
      await pause(clock, backoffDelay(policy, attempt, outcome));
    }
    answered &&= windowAnswered;
  }
  return { found: false, reason: NOT_FOUND, outcome: last, answered };
}
