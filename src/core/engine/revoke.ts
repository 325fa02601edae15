/**
 * One approval revoked, exactly once in effect (docs/feishu-api.md §1.7): send
 * `{approval_id, approval_type, status: 4}`, retry passing faults within the one retry budget,
 * and settle every answer that is not a plain success by asking Feishu (approval-check.ts):
 * - a refusal ("already revoked" under whatever code, "not passed") is done when the record
 *   shows as revoked (status 3 or 4), or is not listed as passed where it would be (the query
 *   covered its days); a failure when it is still passed;
 * - an unknown outcome (timeout, 5xx, reset: the revoke may have happened) is resolved the
 *   same way when retries run out; if the query cannot tell either, the revoke stays pending.
 * A setup failure stops the run (the caller leaves the rest pending).
 */
import { mapCallResult } from "../feishu/outcomes";
import { isSetupFailure } from "../feishu/codes";
import { messageText } from "../catalog";
import type { Text } from "../i18n";
import { approvalTypeOf, type ApprovalEntry } from "../lifecycle/history";
import { isRetryable, type Outcome } from "../outcome";
import { checkApproval } from "./approval-check";
import { pause } from "./clock";
import type { ProgressTracker } from "./progress";
import { backoffDelay, queuedOnly, sendsOf, shouldGiveUp, type RetryPolicy } from "./retry-policy";
import type { AbortSignalLike, Clock, LifecycleTransport } from "./types";

export type Revocation =
  /** Revoked now, or found revoked already (`already`). */
  | { status: "revoked"; already: boolean }
  /** Feishu refused and still holds the record as passed, or does not hold it. */
  | { status: "failed"; outcome: Outcome; note: Text | null; unresolved: boolean }
  /** Maybe revoked, and neither the answer nor the query could tell. */
  | { status: "unknown"; outcome: Outcome | null; note: Text }
  /** Stopped before it finished; `uncertain` when a send may have reached Feishu. */
  | { status: "cancelled"; uncertain: boolean }
  /** The setup is broken (docs/feishu-api.md §4.2): the run stops. */
  | { status: "setup"; outcome: Outcome; uncertain: boolean };

export interface RevokeContext {
  transport: LifecycleTransport;
  clock: Clock;
  policy: RetryPolicy;
  progress: ProgressTracker;
  signal?: AbortSignalLike;
  pace(): number;
}

const STILL_LIVE = messageText("run.revokeStillLive");
const OUT_OF_TRIES = messageText("run.revokeOutOfTries");
const MAYBE_REVOKED = messageText("run.revokeMaybe");

export async function revokeApproval(entry: ApprovalEntry, ctx: RevokeContext): Promise<Revocation> {
  const { clock, policy, signal } = ctx;
  const started = clock.now();
  let uncertain = false;
  let sends = 0;
  let tries = 0;
  const settle = async (outcome: Outcome, refused: boolean, why: Text | null): Promise<Revocation> => {
    const seen = await checkApproval(entry, ctx.transport, clock, policy, signal);
    if (seen === "revoked") return { status: "revoked", already: refused && !uncertain };
    if (seen === "live") return { status: "failed", outcome, note: why ?? STILL_LIVE, unresolved: !refused };
    // Refused, and not listed as passed where it would be: not live, which is what a revoke is
    // for (a revoked leave may be listed under no status the query accepts, docs/feishu-api.md §3).
    if (seen === "absent" && refused) return { status: "revoked", already: !uncertain };
    return { status: "unknown", outcome, note: MAYBE_REVOKED };
  };
  for (let attempt = 1; ; attempt++) {
    const wait = ctx.pace();
    if (wait > 0) await pause(clock, wait, signal);
    if (signal?.aborted) return { status: "cancelled", uncertain };
    if (attempt === 1) ctx.progress.firstSend();
    const body = { approval_id: entry.approvalId, approval_type: approvalTypeOf(entry), status: 4 as const };
    const result = await ctx.transport.process(body, undefined, policy.maxSends - sends);
    sends += sendsOf(result);
    const outcome = mapCallResult(result);
    if (outcome.kind === "ok") return { status: "revoked", already: false };
    if (isSetupFailure(outcome)) return { status: "setup", outcome, uncertain };
    if (!isRetryable(outcome)) return settle(outcome, true, null);
    uncertain ||= outcome.uncertain;
    if (!queuedOnly(result, outcome)) tries++;
    const delay = backoffDelay(policy, attempt, outcome);
    if (shouldGiveUp(policy, tries, clock.now() - started, delay, sends))
      return uncertain
        ? settle(outcome, false, OUT_OF_TRIES)
        : { status: "failed", outcome, note: OUT_OF_TRIES, unresolved: true };
    ctx.progress.retryWait(1);
    await pause(clock, delay, signal);
    ctx.progress.retryWait(-1);
    if (signal?.aborted) return { status: "cancelled", uncertain };
  }
}
