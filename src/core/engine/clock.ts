/**
 * The real clock and a tiny stop signal, both pure: the core compiles without DOM or Node
 * types, so the timer functions are read from globalThis through a narrow typed view.
 */
import type { AbortSignalLike, Clock } from "./types";

interface TimerHost {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}
const timers = globalThis as unknown as TimerHost;

/** Wall-clock time and real sleeps. `sleep` resolves early (never rejects) when the signal aborts. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const done = () => {
        timers.clearTimeout(handle);
        signal?.removeEventListener("abort", done);
        resolve();
      };
      const handle = timers.setTimeout(done, Math.max(0, ms));
      signal?.addEventListener("abort", done, { once: true });
    }),
};

/** An AbortSignalLike the engine can fire itself (to stop its own flush ticker). */
export class StopSignal implements AbortSignalLike {
  private listeners = new Set<() => void>();
  aborted = false;

  addEventListener(_type: "abort", listener: () => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: "abort", listener: () => void): void {
    this.listeners.delete(listener);
  }

  stop(): void {
    if (this.aborted) return;
    this.aborted = true;
    for (const l of [...this.listeners]) l();
    this.listeners.clear();
  }
}

/** Sleeps, swallowing a rejecting sleep (some clocks reject on abort). */
export async function pause(clock: Clock, ms: number, signal?: AbortSignalLike): Promise<void> {
  try {
    await clock.sleep(ms, signal);
  } catch {
    // An aborted sleep is a wake-up, not an error.
  }
}
