/**
 * One record to its end: send through the attempt loop (attempt.ts: retries with the same
 * idempotent_id, within the one budget), resolve "already exists" by query, and read how the
 * loop ended. A success without an approval ID is not confirmed until the query finds it. Out of tries after a send
 * that may have written it, it asks Feishu with the query (no send, docs/feishu-api.md §3):
 * found is written, absent is failed (unless the last send is still unanswered). Never
 * guesses: a record that may have been written but cannot be confirmed ends as `unknown`.
 */
import { PROXY_CODES } from "../feishu/proxy-codes";
import { messageText } from "../catalog";
import type { Text } from "../i18n";
import type { PreparedRecord } from "../model";
import type { CallResult, Outcome } from "../outcome";
import { attempt, type AttemptContext } from "./attempt";
import type { ProgressTracker } from "./progress";
import { findExistingApproval } from "./resolver";
import type { SubmitTransport } from "./types";

export type Delivery =
  | { status: "submitted"; approvalId: string; outcome: Outcome; note: Text | null }
  | { status: "failed"; outcome: Outcome; note: Text | null }
  | { status: "unknown"; outcome: Outcome | null; note: Text }
  /** Cancelled before it could finish; `uncertain` when an earlier try may have written it. */
  | { status: "cancelled"; uncertain: boolean; sent: boolean; reason?: Text }
  /** Not sent: Feishu refused this person on another row of the run (1220004/1220005). */
  | { status: "held"; outcome: Outcome };

export interface DeliveryContext extends AttemptContext {
  transport: SubmitTransport;
  progress: ProgressTracker;
}

const RESOLVED = messageText("run.resolved");
const GAVE_UP: Record<"attempts" | "sends" | "time", (n: number, sends: number) => Text> = {
  attempts: (n) => messageText("run.gaveUpAttempts", { n: String(n) }),
  sends: (_n, sends) => messageText("run.gaveUpSends", { n: String(sends) }),
  time: (n) => messageText("run.gaveUpTime", { n: String(n) }),
};
const MAYBE_WRITTEN = messageText("run.maybeWritten");
const NO_APPROVAL_ID = messageText("run.noApprovalId");
export const PROXY_LOST = messageText("run.proxyLost");
const PROXY_LOST_MAYBE = messageText("run.proxyLostMaybe");
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
  let first = true;
  const end = await attempt((sendsLeft) => {
    if (first) ctx.progress.firstSend();
    first = false;
    return ctx.transport.create(record, undefined, sendsLeft);
  }, ctx);
  const { uncertain } = end;
  if (end.end === "stopped") {
    const sent = end.attempts > 0;
    if (!end.proxyLost) return { status: "cancelled", uncertain, sent };
    return { status: "cancelled", uncertain, sent, reason: uncertain ? PROXY_LOST_MAYBE : PROXY_LOST };
  }
  const { outcome, result } = end;
  if (end.end === "gave-up") {
    const why = GAVE_UP[end.why](end.attempts, end.sends);
    const last = unanswered(result, outcome) ? "in flight" : "answered";
    return gaveUp(record, ctx, why, outcome, uncertain ? last : null);
  }
  if (outcome.kind === "ok") {
    if (outcome.approvalIds[0])
      return { status: "submitted", approvalId: outcome.approvalIds[0], outcome, note: null };
    // Written, Feishu says, but with no approval ID: not confirmed until the query finds it.
    const found = await findExistingApproval(record, ctx.transport, ctx);
    if (found.found) return { status: "submitted", approvalId: found.approvalId, outcome, note: RESOLVED };
    return { status: "unknown", outcome: null, note: NO_APPROVAL_ID };
  }
  if (outcome.kind === "duplicate") {
    const found = await findExistingApproval(record, ctx.transport, ctx);
    if (found.found) return { status: "submitted", approvalId: found.approvalId, outcome, note: RESOLVED };
    return { status: "unknown", outcome: found.outcome ?? outcome, note: found.reason };
  }
  // A configuration failure after an uncertain try does not prove nothing was written.
  if (uncertain && (outcome.kind === "fatal" || outcome.kind === "permission"))
    return { status: "unknown", outcome, note: MAYBE_WRITTEN };
  return { status: "failed", outcome, note: null };
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
  const found = await findExistingApproval(record, ctx.transport, ctx);
  if (found.found) return { status: "submitted", approvalId: found.approvalId, outcome, note: RESOLVED };
  if (found.answered && maybe === "answered")
    return { status: "failed", outcome, note: join(why, NOT_WRITTEN) };
  return { status: "unknown", outcome, note: join(why, MAYBE_WRITTEN) };
}
