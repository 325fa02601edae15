/**
 * Virtual time that moves only when everything else is idle: each sleep registers a timer,
 * and once the microtask queue drains (setImmediate) the earliest timer fires and `now`
 * jumps to it. Tests run in milliseconds of real time whatever the delays.
 */
import type { AbortSignalLike, Clock } from "../../../src/core/engine/types";

interface Timer {
  at: number;
  seq: number;
  fire: () => void;
}

export class FakeClock implements Clock {
  private t: number;
  private seq = 0;
  private timers: Timer[] = [];
  private scheduled = false;
  sleeps: number[] = [];

  constructor(start = Date.UTC(2026, 0, 20, 2, 0, 0)) {
    this.t = start;
  }

  now = (): number => this.t;

  sleep = (ms: number, signal?: AbortSignalLike): Promise<void> =>
    new Promise<void>((resolve) => {
      this.sleeps.push(ms);
      if (signal?.aborted) return resolve();
      const timer: Timer = { at: this.t + Math.max(0, ms), seq: this.seq++, fire: () => undefined };
      const onAbort = () => {
        this.timers = this.timers.filter((x) => x !== timer);
        resolve();
      };
      timer.fire = () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.timers.push(timer);
      this.schedule();
    });

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.timers.shift();
      if (!next) return;
      this.t = Math.max(this.t, next.at);
      next.fire();
      if (this.timers.length) this.schedule();
    });
  }
}
