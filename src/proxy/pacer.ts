/**
 * The one upstream pacer shared by every caller. Requests queue, one queue per caller served
 * in turn (fair-queue.ts), and are released evenly, 1000/rate ms apart, so Feishu's windows
 * never see more than the limit. After late timers it catches up, never closer than half a
 * gap, and a sliding one-second window caps releases at floor(rate) whatever the timers do.
 * An upstream 429 pauses every release until its reset. A release reserves a send slot; the
 * send itself is checked again on the wire (send-window.ts).
 */
import type { ProxyClock } from "./clock";
import { FairQueue, type Waiter } from "./fair-queue";

export class PacerAbortedError extends Error {
  constructor() {
    super("left the upstream queue before being sent");
  }
}

export class UpstreamPacer {
  readonly gapMs: number;
  private readonly perWindow: number;
  private readonly queue: FairQueue;
  /** Release times of the last `perWindow` releases, a ring: `recent[head]` is the oldest. */
  private readonly recent: Float64Array;
  private head = 0;
  private nextAt = -Infinity;
  private pausedUntil = -Infinity;
  private cancelTimer: (() => void) | null = null;
  private timerAt = Infinity;

  constructor(
    readonly ratePerSec: number,
    private readonly clock: ProxyClock,
    /** The most one caller's calls are released at (default: no cap of its own). */
    callerRatePerSec = Infinity,
  ) {
    this.gapMs = 1000 / ratePerSec;
    this.perWindow = Math.max(1, Math.floor(ratePerSec));
    this.recent = new Float64Array(this.perWindow).fill(-Infinity);
    this.queue = new FairQueue(1000 / callerRatePerSec);
  }

  get queued(): number {
    return this.queue.size;
  }

  /** About how long a call `caller` adds to the queue now would wait for its release. */
  estimateWaitMs(caller: string): number {
    const now = this.clock.now();
    const { releases, ownPaceMs } = this.queue.ahead(caller, now);
    const start = Math.max(0, this.pausedUntil - now, this.nextAt - now);
    return Math.max(start + releases * this.gapMs, ownPaceMs);
  }

  /** Resolves when this request may go upstream. `first` puts it before everyone (a retry after 429). */
  acquire(caller: string, signal?: AbortSignal, first = false): Promise<void> {
    if (signal?.aborted) return Promise.reject(new PacerAbortedError());
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        this.queue.remove(waiter);
        reject(new PacerAbortedError());
      };
      const waiter: Waiter = {
        caller,
        release: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        fail: reject,
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.queue.add(waiter, first);
      this.pump();
    });
  }

  /** Honour an upstream 429: nothing is released before `ms` from now. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
    this.nextAt = Math.max(this.nextAt, this.pausedUntil); // the grid restarts after the reset, no catching up
    this.resetTimer();
    this.pump();
  }

  /** Fails everything still queued (shutdown). */
  drain(err: unknown): void {
    this.resetTimer();
    for (const w of this.queue.takeAll()) w.fail(err);
  }

  /**
   * Timers cannot wait less than a millisecond, so the grid allows that much (at most half a
   * gap) early; the one-second window cap and 429 pauses are never anticipated.
   */
  private slack(): number {
    return Math.min(1, this.gapMs / 2);
  }

  private earliest(): number {
    return Math.max(this.nextAt - this.slack(), this.pausedUntil, this.recent[this.head] + 1000);
  }

  private pump(): void {
    while (this.queue.size > 0) {
      const now = this.clock.now();
      const at = this.earliest();
      if (now < at) return this.schedule(at);
      const next = this.queue.take(now, this.slack());
      if (!next) return this.schedule(this.queue.nextPacedAt() - this.slack());
      // Up to a second (or three gaps) late, a busy event loop: keep the grid, so the average
      // rate holds, catching up at most two per gap (the one-second cap and the send gate still
      // bound every sliding second). Later than that means idle: start afresh.
      const late = Math.max(3 * this.gapMs, 1000);
      const onGrid = this.nextAt >= now - late ? this.nextAt + this.gapMs : now + this.gapMs;
      this.nextAt = Math.max(onGrid, now + this.gapMs / 2);
      this.recent[this.head] = now;
      this.head = (this.head + 1) % this.perWindow;
      next.release();
    }
  }

  private schedule(at: number): void {
    if (this.cancelTimer && this.timerAt <= at) return;
    this.resetTimer();
    this.timerAt = at;
    this.cancelTimer = this.clock.setTimer(
      () => {
        this.cancelTimer = null;
        this.timerAt = Infinity;
        this.pump();
      },
      Math.max(1, Math.ceil(at - this.clock.now())),
    );
  }

  private resetTimer(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.timerAt = Infinity;
  }
}
