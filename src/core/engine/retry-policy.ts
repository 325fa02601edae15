/**
 * When to try again: exponential backoff with full jitter, honouring the server's
 * x-ogw-ratelimit-reset (docs/feishu-api.md §4.3), bounded by attempts, by the sends that
 * reached Feishu (the one retry budget shared with the proxy) and by time per record.
 */
import { PROXY_HEADERS } from "../feishu/proxy-codes";
import type { CallResult, Outcome } from "../outcome";

export interface RetryPolicy {
  /** Tries at most; the proxy's "queue full, nothing sent" answers are waits, bounded by time only. */
  maxAttempts: number;
  /**
   * The one retry budget: the most times a record may reach Feishu in all, counting every
   * upstream attempt once, the proxy's own retries included.
   */
  maxSends: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest time spent on one record, first send to giving up. */
  maxRetryMs: number;
  random: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 10,
  maxSends: 6,
  baseDelayMs: 200,
  maxDelayMs: 10_000,
  maxRetryMs: 120_000,
  random: Math.random,
};

/** Delay before attempt `attempt + 1`, after `attempt` tries (1-based) ended in `outcome`. */
export function backoffDelay(policy: RetryPolicy, attempt: number, outcome: Outcome): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = policy.random() * cap;
  // The server said when the window resets: wait that long, spread by a little jitter so
  // the whole pool does not come back in the same millisecond.
  if (outcome.retryAfterMs != null) return outcome.retryAfterMs + policy.random() * policy.baseDelayMs;
  return jittered;
}

export type GiveUp = "attempts" | "sends" | "time" | null;

/** Whether to stop retrying, and why; `sends` counts every time the record reached Feishu. */
export function shouldGiveUp(
  policy: RetryPolicy,
  attempt: number,
  elapsedMs: number,
  nextDelayMs: number,
  sends = 0,
): GiveUp {
  if (sends >= policy.maxSends) return "sends";
  if (attempt >= policy.maxAttempts) return "attempts";
  if (elapsedMs + nextDelayMs > policy.maxRetryMs) return "time";
  return null;
}

/** How many times a call reached Feishu: the proxy says so; otherwise once if it was sent. */
export function sendsOf(result: CallResult): number {
  if ("failure" in result) return result.failure.sent ? 1 : 0;
  const n = Number(result.answer.headers[PROXY_HEADERS.sends]);
  return Number.isInteger(n) && n >= 0 ? n : 1;
}

/**
 * The proxy held the call in its queue past the caller's timeout and answered "rate limited"
 * with nothing sent: a wait, not a try. Such waits are bounded by time, not by attempts.
 */
export function queuedOnly(result: CallResult, outcome: Outcome): boolean {
  return "answer" in result && outcome.kind === "rate_limited" && sendsOf(result) === 0;
}
