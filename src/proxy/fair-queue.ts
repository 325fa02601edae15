/**
 * The callers' queues in front of the shared pacer: one FIFO queue per caller, served in turn
 * (round robin), so a caller with a burst of 300 shares the upstream with a caller sending
 * one, and a lone caller gets it all. Each caller may also be held to its own pace
 * (`PROXY_CALLER_RATE`): its calls queue, they are never refused for it. A retry after an
 * upstream 429 goes before everyone.
 */
export interface Waiter {
  caller: string;
  release: () => void;
  fail: (err: unknown) => void;
}

interface CallerQueue {
  waiters: Waiter[];
  /** The earliest time this caller's next call may be released (its own pace). */
  nextAt: number;
}

export class FairQueue {
  private readonly retries: Waiter[] = [];
  /** Map order is the turn order: a caller served goes to the back. */
  private readonly callers = new Map<string, CallerQueue>();
  private waiting = 0;

  constructor(private readonly callerGapMs: number) {}

  get size(): number {
    return this.waiting;
  }

  add(w: Waiter, first: boolean): void {
    this.waiting++;
    if (first) return void this.retries.push(w);
    const q = this.callers.get(w.caller) ?? { waiters: [], nextAt: -Infinity };
    q.waiters.push(w);
    this.callers.set(w.caller, q);
  }

  remove(w: Waiter): boolean {
    const list = this.retries.includes(w) ? this.retries : this.callers.get(w.caller)?.waiters;
    const i = list ? list.indexOf(w) : -1;
    if (!list || i < 0) return false;
    list.splice(i, 1);
    this.waiting--;
    return true;
  }

  /** The next waiter whose turn it is and whose own pace allows it at `now` (`slack` ms early at most). */
  take(now: number, slack: number): Waiter | null {
    const retry = this.retries.shift();
    if (retry) {
      this.waiting--;
      return retry;
    }
    for (const [caller, q] of this.callers) {
      if (q.waiters.length === 0) {
        if (q.nextAt <= now) this.callers.delete(caller);
        continue;
      }
      if (q.nextAt - slack > now) continue;
      const w = q.waiters.shift() as Waiter;
      this.waiting--;
      q.nextAt = now + this.callerGapMs;
      this.callers.delete(caller);
      this.callers.set(caller, q); // to the back of the turn
      return w;
    }
    return null;
  }

  /** When some caller's own pace next allows a release (Infinity when nobody waits). */
  nextPacedAt(): number {
    let at = Infinity;
    for (const q of this.callers.values()) if (q.waiters.length > 0) at = Math.min(at, q.nextAt);
    return at;
  }

  /** Every waiter, emptying the queues (shutdown). */
  takeAll(): Waiter[] {
    const all = [...this.retries.splice(0)];
    for (const q of this.callers.values()) all.push(...q.waiters.splice(0));
    this.callers.clear();
    this.waiting = 0;
    return all;
  }

  /**
   * How many releases (of anyone) go before a call `caller` would add now, served in turn: its
   * own queue, then at most as many of each other caller's, and every retry; and how long its
   * own pace alone would take.
   */
  ahead(caller: string, now: number): { releases: number; ownPaceMs: number } {
    const mine = this.callers.get(caller);
    const k = (mine?.waiters.length ?? 0) + 1;
    let releases = this.retries.length + k - 1;
    for (const [c, q] of this.callers) if (c !== caller) releases += Math.min(q.waiters.length, k);
    const ownStart = Math.max(0, (mine?.nextAt ?? -Infinity) - now);
    return { releases, ownPaceMs: ownStart + (k - 1) * this.callerGapMs };
  }
}
