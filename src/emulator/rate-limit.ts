/**
 * Feishu's per-API, per-app limits (docs/feishu-api.md §4.3, DOC-RL): fixed one-second windows, default
 * 50/s for user_approvals create/query, approval_infos/process and batch_get_id, and for APIs of
 * a tier with a per-minute cap as well (batch_get_id: 1000/min, docs/feishu-api.md §5) fixed
 * one-minute windows beside them; hitting either cap is a 429.
 */
import type { Clock } from "./time";

export type RateDecision = { allowed: true } | { allowed: false; limit: number; resetMs: number };

interface Window {
  start: number;
  count: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly perSecond: number,
    private readonly now: Clock,
    /** Per-minute caps by path, for the APIs whose tier has one. */
    private readonly perMinute: Readonly<Record<string, number>> = {},
    /** Per-second caps by path where they differ from `perSecond`. */
    private readonly perSecondByPath: Readonly<Record<string, number>> = {},
  ) {}

  take(appId: string, path: string): RateDecision {
    const now = this.now();
    const second = this.count(`${appId} ${path}`, now, 1000);
    const secondCap = this.perSecondByPath[path] ?? this.perSecond;
    if (second.count > secondCap)
      return { allowed: false, limit: secondCap, resetMs: second.start + 1000 - now };
    const minuteCap = this.perMinute[path];
    if (minuteCap === undefined) return { allowed: true };
    // Only calls the second's window let through count toward the minute.
    const minute = this.count(`${appId} ${path} /min`, now, 60_000);
    if (minute.count > minuteCap)
      return { allowed: false, limit: minuteCap, resetMs: minute.start + 60_000 - now };
    return { allowed: true };
  }

  private count(key: string, now: number, length: number): Window {
    const start = now - (now % length);
    let w = this.windows.get(key);
    if (!w || w.start !== start) {
      w = { start, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    return w;
  }
}

/**
 * The 429 headers (docs/feishu-api.md §4.3). `x-ogw-ratelimit-reset` is whole seconds (at least 1), as Feishu
 * documents it. Because windows are one second long that is always "1", so the emulator
 * adds `x-emulator-ratelimit-reset-ms` with the exact wait; real Feishu never sends it.
 */
export function rateLimitHeaders(limit: number, resetMs: number): Record<string, string> {
  return {
    "x-ogw-ratelimit-limit": String(limit),
    "x-ogw-ratelimit-reset": String(Math.max(1, Math.ceil(resetMs / 1000))),
    "x-emulator-ratelimit-reset-ms": String(Math.max(0, Math.ceil(resetMs))),
  };
}
