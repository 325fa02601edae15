/**
 * The one attempt loop: every call that goes to Feishu (create, revoke, query, people lookup)
 * is tried here, and only here. It owns the tries, the sends counted against the one retry
 * budget (the proxy's `x-proxy-upstream-sends`, retry-policy.ts `sendsOf`), the waits (pacing
 * and backoff, honouring the server's reset), giving up (retry-policy.ts `shouldGiveUp`; the
 * proxy's "queued, nothing sent" answers are waits, not tries, `queuedOnly`), cancel, and a
 * lost proxy (proxy-watch.ts): it reports how the call ended, and the caller decides what that
 * means for its record.
 */
import { mapCallResult } from "../feishu/outcomes";
import { isRetryable, type CallResult, type Outcome } from "../outcome";
import { pause } from "./clock";
import type { ProgressTracker } from "./progress";
import type { ProxyWatch } from "./proxy-watch";
import {
  backoffDelay,
  queuedOnly,
  sendsOf,
  shouldGiveUp,
  type GiveUp,
  type RetryPolicy,
} from "./retry-policy";
import type { AbortSignalLike, Clock } from "./types";

export interface AttemptContext {
  clock: Clock;
  policy: RetryPolicy;
  signal?: AbortSignalLike;
  /** ms to wait for a pacing slot before each send. */
  pace?: () => number;
  /** Counts the waits between tries (the run's progress); quiet when absent. */
  progress?: Pick<ProgressTracker, "retryWait">;
  /** The run's view of the proxy: a lost proxy ends every call at once. */
  watch?: ProxyWatch;
}

/** What the calls so far amount to. */
export interface Tally {
  /** Tries started (1-based count of sends attempted, queued waits included). */
  attempts: number;
  /** How many times the call reached Feishu, the proxy's own retries included. */
  sends: number;
  /** A try may have been carried out although no answer said so. */
  uncertain: boolean;
}

export type AttemptEnd = Tally &
  (
    | /** An answer that is not retried: a success, or a refusal the caller reads. */
      { end: "answer"; result: CallResult; outcome: Outcome }
      /** Still failing when the budget ran out (`why`). */
    | { end: "gave-up"; why: Exclude<GiveUp, null>; result: CallResult; outcome: Outcome }
    /** Cancelled, or the proxy was lost (`proxyLost`): stopped before it finished. */
    | { end: "stopped"; proxyLost: boolean; outcome: Outcome | null }
  );

export interface AttemptOptions {
  /** Answers to hand back at once although they would be retried (e.g. a setup failure on a revoke). */
  stopOn?: (outcome: Outcome) => boolean;
  /**
   * A read (a query, a lookup): repeating it writes nothing, so the sends budget (how often one
   * record may reach Feishu) does not bound it; tries and time still do.
   */
  read?: boolean;
}

/**
 * Tries `send` until an answer that is not retried, the budget runs out, the run is cancelled
 * or the proxy is lost. `send` gets how many sends the budget still allows (`x-proxy-max-sends`).
 */
export async function attempt(
  send: (sendsLeft: number) => Promise<CallResult>,
  ctx: AttemptContext,
  options: AttemptOptions = {},
): Promise<AttemptEnd> {
  const { clock, policy, signal, watch } = ctx;
  const started = clock.now();
  const tally: Tally = { attempts: 0, sends: 0, uncertain: false };
  let tries = 0;
  let last: Outcome | null = null;
  const stopped = (): AttemptEnd | null =>
    signal?.aborted || watch?.lost
      ? { ...tally, end: "stopped", proxyLost: !signal?.aborted && !!watch?.lost, outcome: last }
      : null;
  for (;;) {
    const wait = ctx.pace?.() ?? 0;
    if (wait > 0) await pause(clock, wait, signal);
    const before = stopped();
    if (before) return before;
    tally.attempts++;
    const result = await send(policy.maxSends - tally.sends);
    tally.sends += sendsOf(result);
    watch?.saw(result);
    const outcome = mapCallResult(result);
    last = outcome;
    if (!isRetryable(outcome) || options.stopOn?.(outcome))
      return { ...tally, end: "answer", result, outcome };
    tally.uncertain ||= outcome.uncertain;
    if (!queuedOnly(result, outcome)) tries++;
    // A lost proxy (or a cancel) wins over giving up: the row was not refused, it was not tried.
    const stop = stopped();
    if (stop) return stop;
    const delay = backoffDelay(policy, tally.attempts, outcome);
    const why = shouldGiveUp(policy, tries, clock.now() - started, delay, options.read ? 0 : tally.sends);
    if (why) return { ...tally, end: "gave-up", why, result, outcome };
    ctx.progress?.retryWait(1);
    await pause(clock, delay, watch ? watch.signalFor(signal) : signal);
    ctx.progress?.retryWait(-1);
  }
}
