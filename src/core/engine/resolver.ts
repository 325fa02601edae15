/**
 * After "the object already exists": find the approval_id Feishu holds for this record with
 * the query call (docs/feishu-api.md §3), never by sending again. Match by the echoed idempotent_id,
 * else by content (kind, start, end, and the type fields). Windows: the record's own days
 * (PeriodTime, ≤ 30 days, from ≤ tomorrow), then the days around now (CreateTime) for
 * records in the future.
 */
import { feishuToday, periodWindow, recordDays, writtenAround, type DayWindow } from "../feishu/calendar";
import type { QueryUserApprovalBody } from "../feishu/schemas";
import { recordItem } from "../build";
import { messageText } from "../catalog";
import type { Text } from "../i18n";
import { KINDS } from "../kinds";
import type { PreparedRecord } from "../model";
import type { Outcome } from "../outcome";
import { settleFromLedger } from "../records/ledger";
import { attempt, type AttemptContext } from "./attempt";
import type { SubmitTransport } from "./types";

/**
 * Found, or not: `answered` when every window's query was answered, so Feishu holds no record
 * with this key (or content) at the time of asking; otherwise a query kept failing.
 */
export type Resolution =
  | { found: true; approvalId: string }
  | { found: false; reason: Text; outcome: Outcome | null; answered: boolean };

type Item = Record<string, unknown>;
const isItem = (v: unknown): v is Item => typeof v === "object" && v !== null && !Array.isArray(v);

/** The query windows to try, in order. */
export function queryWindows(record: PreparedRecord, nowMs: number): DayWindow[] {
  const { first, last } = recordDays(record);
  const period = periodWindow(first, last, nowMs);
  return [...(period ? [period] : []), writtenAround(feishuToday(nowMs))];
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

/** Finds the approval_id of a record Feishu reported as already existing (every query through attempt.ts). */
export async function findExistingApproval(
  record: PreparedRecord,
  transport: Pick<SubmitTransport, "query" | "ledger">,
  ctx: AttemptContext,
): Promise<Resolution> {
  // The proxy's ledger first (records/ledger.ts): a write it holds needs no query of Feishu.
  if (transport.ledger) {
    const held = await settleFromLedger(record, transport.ledger);
    if (held.found) return { found: true, approvalId: held.approvalId };
  }
  let last: Outcome | null = null;
  let answered = true;
  for (const window of queryWindows(record, ctx.clock.now())) {
    const body: QueryUserApprovalBody = {
      user_ids: [record.body.user_approval.user_id],
      status: 2,
      ...window,
    };
    // Not stopped by a cancel: a send already made is settled (only a lost proxy ends it).
    const end = await attempt(
      () => transport.query(record.employeeType, body),
      { ...ctx, signal: undefined, pace: undefined },
      { read: true },
    );
    last = end.outcome ?? last;
    if (end.end === "answer" && end.outcome.kind === "ok" && "answer" in end.result) {
      const approvalId = matchApproval(record, dataOf(end.result.answer.body));
      if (approvalId) return { found: true, approvalId };
    } else answered = false;
    if (end.end === "stopped") break;
  }
  return { found: false, reason: NOT_FOUND, outcome: last, answered };
}
