/**
 * One record to its end: send, retry passing faults with the same idempotent_id, resolve
 * "already exists" by query, give up within bounds with the reason. Out of tries after a send
 * that may have written it, it asks Feishu with the query (no send, docs/feishu-api.md §3):
 * found is written, absent is failed (unless the last send is still unanswered). Never
 * guesses: a record that may have been written but cannot be confirmed ends as `unknown`.
 */
import { mapCallResult } from "../feishu/outcomes";
import { PROXY_CODES } from "../feishu/proxy-codes";
import { messageText } from "../catalog";
import type { Text } from "../i18n";
import type { PreparedRecord } from "../model";
import { isRetryable, type CallResult, type Outcome } from "../outcome";
import { pause } from "./clock";
import type { ProgressTracker } from "./progress";
import { findExistingApproval } from "./resolver";
import { backoffDelay, queuedOnly, sendsOf, shouldGiveUp, type RetryPolicy } from "./retry-policy";
import type { AbortSignalLike, Clock, SubmitTransport } from "./types";

export type Delivery =
  | { status: "submitted"; approvalId: string; outcome: Outcome; note: Text | null }
  | { status: "failed"; outcome: Outcome; note: Text | null }
  | { status: "unknown"; outcome: Outcome | null; note: Text }
  /** Cancelled before it could finish; `uncertain` when an earlier try may have written it. */
  | { status: "cancelled"; uncertain: boolean; sent: boolean; reason?: Text }
  /** Not sent: Feishu refused this person on another row of the run (1220004/1220005). */
  | { status: "held"; outcome: Outcome };

export interface DeliveryContext {
  transport: SubmitTransport;
  clock: Clock;
  policy: RetryPolicy;
  progress: ProgressTracker;
  signal?: AbortSignalLike;
  /** ms to wait for a pacing slot before each send. */
  pace(): number;
}

const RESOLVED = messageText("run.resolved");
const GAVE_UP: Record<"attempts" | "sends" | "time", (n: number, sends: number) => Text> = {
  attempts: (n) => messageText("run.gaveUpAttempts", { n: String(n) }),
  sends: (_n, sends) => messageText("run.gaveUpSends", { n: String(sends) }),
  time: (n) => messageText("run.gaveUpTime", { n: String(n) }),
};
const MAYBE_WRITTEN = messageText("run.maybeWritten");
const NOT_WRITTEN = messageText("run.notWritten");
const join = (a: Text, b: Text): Text =>
  messageText("run.joined", (l) => ({
    first: l === "zh-CN" ? a.zh : a.en,
    second: l === "zh-CN" ? b.zh : b.en,
  }));

/**
 * The send got no answer at all (a timeout or a cut connection, between us and the proxy or
 * the proxy and Feishu, which answers 504): it may still reach Feishu, so a query made now
 * cannot rule it out.
 */
function unanswered(result: CallResult, outcome: Outcome): boolean {
  if ("failure" in result) return result.failure.sent;
  return outcome.httpStatus === 504 && outcome.code === PROXY_CODES.upstreamTimeout;
}

export async function deliver(record: PreparedRecord, ctx: DeliveryContext): Promise<Delivery> {
  const { clock, policy, signal } = ctx;
  const started = clock.now();
  let uncertain = false;
  let sends = 0;
  let tries = 0;
  for (let attempt = 1; ; attempt++) {
    const wait = ctx.pace();
    if (wait > 0) await pause(clock, wait, signal);
    if (signal?.aborted) return { status: "cancelled", uncertain, sent: attempt > 1 };
    if (attempt === 1) ctx.progress.firstSend();
    const result = await ctx.transport.create(record, undefined, policy.maxSends - sends);
    sends += sendsOf(result);
    const outcome = mapCallResult(result);
    if (outcome.kind === "ok")
      return { status: "submitted", approvalId: outcome.approvalIds[0] ?? "", outcome, note: null };
    if (outcome.kind === "duplicate") {
      const found = await findExistingApproval(record, ctx.transport, clock, policy);
      if (found.found) return { status: "submitted", approvalId: found.approvalId, outcome, note: RESOLVED };
      return { status: "unknown", outcome: found.outcome ?? outcome, note: found.reason };
    }
    if (!isRetryable(outcome)) {
      // A configuration failure after an uncertain try does not prove nothing was written.
      if (uncertain && (outcome.kind === "fatal" || outcome.kind === "permission"))
        return { status: "unknown", outcome, note: MAYBE_WRITTEN };
      return { status: "failed", outcome, note: null };
    }
    uncertain ||= outcome.uncertain;
    if (!queuedOnly(result, outcome)) tries++;
    const delay = backoffDelay(policy, attempt, outcome);
    const giveUp = shouldGiveUp(policy, tries, clock.now() - started, delay, sends);
    if (giveUp) {
      const why = GAVE_UP[giveUp](attempt, sends);
      const last = unanswered(result, outcome) ? "in flight" : "answered";
      return gaveUp(record, ctx, why, outcome, uncertain ? last : null);
    }
    ctx.progress.retryWait(1);
    await pause(clock, delay, signal);
    ctx.progress.retryWait(-1);
    if (signal?.aborted) return { status: "cancelled", uncertain, sent: true };
  }
}

/**
 * Out of tries. When a send may have written the record (`maybe`), the query (which sends
 * nothing) says which: listed is written; absent from answered queries is failed, and sending
 * again later is safe (same key). It stays `unknown` when the query keeps failing, or when
 * the last send got no answer at all, so it may still reach Feishu after the query.
 */
async function gaveUp(
  record: PreparedRecord,
  ctx: DeliveryContext,
  why: Text,
  outcome: Outcome,
  maybe: "answered" | "in flight" | null,
): Promise<Delivery> {
  if (!maybe) return { status: "failed", outcome, note: why };
  const found = await findExistingApproval(record, ctx.transport, ctx.clock, ctx.policy);
  if (found.found) return { status: "submitted", approvalId: found.approvalId, outcome, note: RESOLVED };
  if (found.answered && maybe === "answered")
    return { status: "failed", outcome, note: join(why, NOT_WRITTEN) };
  return { status: "unknown", outcome, note: join(why, MAYBE_WRITTEN) };
}
