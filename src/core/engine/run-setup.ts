/**
 * What every run (send, revoke, replace) sets up the same way: the retry policy from its
 * options, the result batcher, the pacer, the run's view of the proxy (proxy-watch.ts), the
 * attempt context its calls share (attempt.ts), and the stop verdict: whether to stop
 * scheduling rows, and why the run ended early.
 */
import { isSetupFailure } from "../feishu/codes";
import type { Outcome } from "../outcome";
import type { AttemptContext } from "./attempt";
import { StopSignal, pause, systemClock } from "./clock";
import { createPacer } from "./pool";
import { ProgressTracker } from "./progress";
import { ProxyWatch } from "./proxy-watch";
import { ResultBatcher } from "./results";
import { DEFAULT_RETRY, type RetryPolicy } from "./retry-policy";
import type { SubmitOptions } from "./types";

export type RunSettings = Pick<
  SubmitOptions,
  | "clock"
  | "maxAttempts"
  | "maxSends"
  | "baseDelayMs"
  | "maxDelayMs"
  | "maxRetryMs"
  | "random"
  | "pacePerSecond"
  | "signal"
  | "onResults"
  | "onProgress"
  | "batchSize"
  | "flushMs"
  | "proxyProbe"
>;

/** Why a run ended early: cancelled, results could not be written, the setup or the proxy failed. */
export type StopReason = "cancel" | "results" | "setup" | "proxy" | null;

export type RunContext = AttemptContext & { progress: ProgressTracker; pace: () => number };

/** The retry policy a run's options ask for, the defaults filling in the rest. */
export function policyOf(o: RunSettings): RetryPolicy {
  return {
    maxAttempts: o.maxAttempts ?? DEFAULT_RETRY.maxAttempts,
    maxSends: o.maxSends ?? DEFAULT_RETRY.maxSends,
    baseDelayMs: o.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
    maxDelayMs: o.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
    maxRetryMs: o.maxRetryMs ?? DEFAULT_RETRY.maxRetryMs,
    random: o.random ?? DEFAULT_RETRY.random,
  };
}

export class RunSetup {
  readonly clock;
  readonly started: number;
  readonly policy: RetryPolicy;
  readonly batcher: ResultBatcher;
  readonly watch: ProxyWatch;
  /** The first answer that showed the setup is broken. */
  setup: Outcome | null = null;
  private readonly pacer;

  constructor(private readonly o: RunSettings) {
    this.clock = o.clock ?? systemClock;
    this.started = this.now();
    this.policy = policyOf(o);
    this.batcher = new ResultBatcher(o.onResults, this.now, o.batchSize ?? 50, o.flushMs ?? 250);
    this.pacer = createPacer(this.now, o.pacePerSecond);
    this.watch = new ProxyWatch({ probe: o.proxyProbe });
  }

  readonly now = (): number => this.clock.now();

  /** A progress counter over `total` rows; `quiet` ones count retries but report nothing. */
  progress(total: number, quiet = false): ProgressTracker {
    return new ProgressTracker(total, this.now, quiet ? undefined : this.o.onProgress);
  }

  /** The context every call of the run goes through. */
  context(progress: ProgressTracker): RunContext {
    return {
      clock: this.clock,
      policy: this.policy,
      progress,
      signal: this.o.signal,
      watch: this.watch,
      pace: () => this.pacer.reserve(),
    };
  }

  /** Notes an answer; true when it shows the setup is broken (the run then stops). */
  setupFailed(outcome: Outcome): boolean {
    if (!isSetupFailure(outcome)) return false;
    this.setup ??= outcome;
    return true;
  }

  /** Stop scheduling rows: cancelled, results not written, the setup broken or the proxy lost. */
  stopped(): boolean {
    return (
      !!this.o.signal?.aborted || this.batcher.failure !== null || this.setup !== null || this.watch.lost
    );
  }

  /** Flushes the batcher every `flushMs` until the returned stop is called. */
  startTicker(): () => Promise<void> {
    const stop = new StopSignal();
    const flushMs = this.o.flushMs ?? 250;
    const ticker = (async () => {
      while (!stop.aborted) {
        await pause(this.clock, flushMs, stop);
        this.batcher.tick();
      }
    })();
    return async () => {
      stop.stop();
      await ticker;
    };
  }

  /** Why the run ended early; `saveFailed` when the caller's own saves failed too. */
  verdict(cancelled: number, saveFailed = false): { stoppedBy: StopReason; setup?: Outcome } {
    if (this.batcher.failure !== null || saveFailed) return { stoppedBy: "results" };
    if (this.setup) return { stoppedBy: "setup", setup: this.setup };
    if (this.watch.lost) return { stoppedBy: "proxy" };
    if (cancelled > 0 && this.o.signal?.aborted) return { stoppedBy: "cancel" };
    return { stoppedBy: null };
  }
}
