/** The shared upstream pacer, on a manual clock: even spacing, a hard one-second cap, 429 pauses, leaving the queue. */
import { PacerAbortedError, UpstreamPacer } from "../../src/proxy/pacer";
import { FakeClock } from "./fake-clock";

function releases(pacer: UpstreamPacer, clock: FakeClock, n: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < n; i++) void pacer.acquire("a").then(() => times.push(clock.now()));
  return times;
}

/** Most releases in any fixed one-second window [k·1000, (k+1)·1000), whatever the phase. */
function worstFixedWindow(times: number[]): number {
  let worst = 0;
  for (let phase = 0; phase < 1000; phase += 10) {
    const counts = new Map<number, number>();
    for (const t of times)
      counts.set(Math.floor((t + phase) / 1000), (counts.get(Math.floor((t + phase) / 1000)) ?? 0) + 1);
    worst = Math.max(worst, ...counts.values());
  }
  return worst;
}

describe("UpstreamPacer", () => {
  it.each([48, 50, 10, 95, 10.5])(
    "spaces a queued burst evenly at %s/s and never exceeds it in any one-second window",
    async (rate) => {
      const clock = new FakeClock();
      const pacer = new UpstreamPacer(rate, clock);
      const n = Math.floor(rate * 3);
      const times = releases(pacer, clock, n);
      await clock.advance(4000);
      expect(times).toHaveLength(n);
      const gaps = times.slice(1).map((t, i) => t - times[i]);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000 / rate / 2);
      expect(worstFixedWindow(times)).toBeLessThanOrEqual(Math.floor(rate));
      expect(times[n - 1]).toBeGreaterThanOrEqual(((n - 1) * 1000) / rate - 1);
    },
  );

  it.each([
    ["always 7 ms late", () => 7],
    [
      "late by 0-19 ms at random",
      (
        (seed) => () =>
          (seed = (seed * 16807) % 2147483647) % 20
      )(42),
    ],
    ["sometimes very late", ((n) => () => (++n % 40 === 0 ? 300 : 0))(0)],
  ])("keeps the cap when timers fire %s and it catches up", async (_name, lateness) => {
    const clock = new FakeClock();
    const late = {
      now: clock.now,
      setTimer: (fn: () => void, ms: number) => clock.setTimer(fn, ms + lateness()),
    };
    const pacer = new UpstreamPacer(48, late);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) void pacer.acquire("a").then(() => times.push(clock.now()));
    await clock.advance(6000);
    expect(times).toHaveLength(200);
    expect(worstFixedWindow(times)).toBeLessThanOrEqual(48);
    expect(times[199]).toBeLessThan(5500); // still close to 48/s on average
  });

  it("releases at once when idle and starts afresh after a pause", async () => {
    const clock = new FakeClock();
    const pacer = new UpstreamPacer(10, clock);
    const first = releases(pacer, clock, 1);
    await clock.advance(0);
    expect(first).toEqual([0]);
    await clock.advance(5000);
    const later = releases(pacer, clock, 2);
    await clock.advance(200);
    expect(later).toEqual([5000, 5099]); // the grid allows 1 ms of timer slack
  });

  it("holds every release until an upstream 429's reset, retries first", async () => {
    const clock = new FakeClock();
    const pacer = new UpstreamPacer(100, clock);
    const order: string[] = [];
    void pacer.acquire("a").then(() => order.push(`a@${clock.now()}`));
    await clock.advance(0);
    pacer.pause(1000);
    void pacer.acquire("a").then(() => order.push(`b@${clock.now()}`));
    void pacer.acquire("a", undefined, true).then(() => order.push(`retry@${clock.now()}`));
    await clock.advance(999);
    expect(order).toEqual(["a@0"]);
    await clock.advance(100);
    expect(order).toEqual(["a@0", "retry@1000", "b@1009"]);
  });

  it("lets a request leave the queue when its signal aborts, and estimates the wait", async () => {
    const clock = new FakeClock();
    const pacer = new UpstreamPacer(10, clock);
    releases(pacer, clock, 3);
    const ac = new AbortController();
    const leaving = pacer.acquire("a", ac.signal);
    expect(pacer.queued).toBe(3);
    expect(pacer.estimateWaitMs("a")).toBeGreaterThanOrEqual(300);
    ac.abort();
    await expect(leaving).rejects.toBeInstanceOf(PacerAbortedError);
    expect(pacer.queued).toBe(2);
    await clock.advance(1000);
    expect(pacer.queued).toBe(0);
  });
});
