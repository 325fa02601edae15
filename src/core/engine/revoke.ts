/**
 * One approval revoked, exactly once in effect (docs/feishu-api.md §1.7): send
 * `{approval_id, approval_type, status: 4}` through the attempt loop (attempt.ts: passing faults
 * retried within the one retry budget, a setup failure handed back at once),
 * and settle every answer that is not a plain success by asking Feishu (approval-check.ts):
 * - a refusal ("already revoked" under whatever code, "not passed") is done when the record
 *   shows as revoked (status 3 or 4), or is not listed as passed where it would be (the query
 *   covered its days); a failure when it is still passed;
 * - an unknown outcome (timeout, 5xx, reset: the revoke may have happened) is resolved the
 *   same way when retries run out; if the query cannot tell either, the revoke stays pending.
 * A setup failure stops the run (the caller leaves the rest pending).
 */
import { isSetupFailure } from "../feishu/codes";
import { messageText } from "../catalog";
import type { Text } from "../i18n";
import { approvalTypeOf, type ApprovalEntry } from "../lifecycle/history";
import type { Outcome } from "../outcome";
import { checkApproval } from "./approval-check";
import { attempt, type AttemptContext } from "./attempt";
import type { ProgressTracker } from "./progress";
import type { LifecycleTransport } from "./types";

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

export interface RevokeContext extends AttemptContext {
  transport: LifecycleTransport;
  progress: ProgressTracker;
}

const STILL_LIVE = messageText("run.revokeStillLive");
const OUT_OF_TRIES = messageText("run.revokeOutOfTries");
const MAYBE_REVOKED = messageText("run.revokeMaybe");

export async function revokeApproval(entry: ApprovalEntry, ctx: RevokeContext): Promise<Revocation> {
  const body = { approval_id: entry.approvalId, approval_type: approvalTypeOf(entry), status: 4 as const };
  let first = true;
  const end = await attempt(
    (sendsLeft) => {
      if (first) ctx.progress.firstSend();
      first = false;
      return ctx.transport.process(body, undefined, sendsLeft);
    },
    ctx,
    { stopOn: isSetupFailure },
  );
  const { uncertain } = end;
  const settle = async (outcome: Outcome, refused: boolean, why: Text | null): Promise<Revocation> => {
    const seen = await checkApproval(entry, ctx.transport, ctx);
    if (seen === "revoked") return { status: "revoked", already: refused && !uncertain };
    if (seen === "live") return { status: "failed", outcome, note: why ?? STILL_LIVE, unresolved: !refused };
    // Refused, and not listed as passed where it would be: not live, which is what a revoke is
    // for (a revoked leave may be listed under no status the query accepts, docs/feishu-api.md §3).
    if (seen === "absent" && refused) return { status: "revoked", already: !uncertain };
    return { status: "unknown", outcome, note: MAYBE_REVOKED };
  };
  if (end.end === "stopped") return { status: "cancelled", uncertain };
  const { outcome } = end;
  if (end.end === "gave-up")
    return uncertain
      ? settle(outcome, false, OUT_OF_TRIES)
      : { status: "failed", outcome, note: OUT_OF_TRIES, unresolved: true };
  if (outcome.kind === "ok") return { status: "revoked", already: false };
  if (isSetupFailure(outcome)) return { status: "setup", outcome, uncertain };
  return settle(outcome, true, null);
}
