/**
 * A bounded pool: at most `concurrency` workers take items in order. Checking `stopped`
 * before taking each item makes cancel stop scheduling at once while in-flight work finishes.
 */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
  stopped: () => boolean,
): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (!stopped() && next < items.length) {
      const item = items[next++];
      await work(item);
    }
  };
  const n = Math.max(1, Math.min(concurrency, items.length));
  await Promise.all(Array.from({ length: n }, worker));
  return next;
}

/** Spaces starts at most `perSecond` apart (optional: the proxy paces upstream by itself). */
export function createPacer(now: () => number, perSecond: number | undefined) {
  let nextAt = 0;
  return {
    /** ms to wait before the next start; reserves that slot. */
    reserve(): number {
      if (!perSecond || perSecond <= 0) return 0;
      const t = now();
      const at = Math.max(t, nextAt);
      nextAt = at + 1000 / perSecond;
      return at - t;
    },
  };
}

/**
 * In-flight requests that keep the pipe full at the proxy's pace (SelfCheck.pacePerSecond):
 * pace × round trip, doubled for the spread of latencies and retries, within [4, 64].
 */
export function concurrencyFor(pacePerSecond: number, roundTripMs = 300): number {
  return Math.min(64, Math.max(4, Math.ceil(((pacePerSecond * roundTripMs) / 1000) * 2)));
}
