/**
 * Feishu's per-API, per-app limit (docs/feishu-api.md §4.3, DOC-RL): fixed one-second windows, default 50/s
 * for user_approvals create/query, approval_infos/process and batch_get_id.
 */
import type { Clock } from "./time";

export type RateDecision = { allowed: true } | { allowed: false; limit: number; resetMs: number };

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perSecond: number,
    private readonly now: Clock,
  ) {}

  take(appId: string, path: string): RateDecision {
    const now = this.now();
    const start = now - (now % 1000);
    const key = `${appId} ${path}`;
    let w = this.windows.get(key);
    if (!w || w.start !== start) {
      w = { start, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    if (w.count <= this.perSecond) return { allowed: true };
    return { allowed: false, limit: this.perSecond, resetMs: start + 1000 - now };
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
