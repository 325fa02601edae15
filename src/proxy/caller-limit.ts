/**
 * Per-caller rate limit: a token bucket per caller id, refilled at `ratePerSec` and holding
 * up to two seconds' worth, so one busy caller cannot fill the shared upstream queue.
 */
import type { ProxyClock } from "./clock";

export type CallerDecision = { ok: true } | { ok: false; retryAfterSec: number };

export class CallerRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly capacity: number;
  private lastSweep = 0;

  constructor(
    private readonly ratePerSec: number,
    private readonly clock: ProxyClock,
  ) {
    this.capacity = Math.max(1, Math.ceil(2 * ratePerSec));
  }

  take(caller: string): CallerDecision {
    const now = this.clock.now();
    this.sweep(now);
    const b = this.buckets.get(caller) ?? { tokens: this.capacity, at: now };
    b.tokens = Math.min(this.capacity, b.tokens + ((now - b.at) / 1000) * this.ratePerSec);
    b.at = now;
    this.buckets.set(caller, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSec: Math.max(1, Math.ceil((1 - b.tokens) / this.ratePerSec)) };
  }

  /** Full buckets carry no information: drop them now and then so the map stays small. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [k, b] of this.buckets)
      if (b.tokens + ((now - b.at) / 1000) * this.ratePerSec >= this.capacity) this.buckets.delete(k);
  }
}
