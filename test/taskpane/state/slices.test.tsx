/** Long work in slices: the browser gets turns, progress is reported sparingly, Stop stops. */
import type { CheckProgress } from "../../../src/core/prepare";
import { CheckStopped, runInSlices } from "../../../src/taskpane/state/slices";

/** `n` steps of about `ms` milliseconds each, then "done". */
function* busy(n: number, ms: number): Generator<CheckProgress, string> {
  for (let i = 0; i < n; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // Busy, as a check step is.
    }
    yield { done: i + 1, total: n };
  }
  return "done";
}

test("work is cut into slices that leave the thread, and progress is reported at most every 100 ms", async () => {
  let turns = 0;
  const ticker = setInterval(() => turns++, 0);
  const reports: number[] = [];
  const started = performance.now();
  const result = await runInSlices(busy(120, 3), {
    onProgress: () => reports.push(performance.now() - started),
  });
  clearInterval(ticker);
  expect(result).toBe("done");
  // 360 ms of work in 30 ms slices: the timer got its turns in between.
  expect(turns).toBeGreaterThan(3);
  expect(reports.length).toBeGreaterThan(1);
  // The first report comes at the first turn; later ones are spaced.
  expect(reports[0]).toBeLessThan(100);
  for (let i = 1; i < reports.length; i++) expect(reports[i] - reports[i - 1]).toBeGreaterThanOrEqual(99);
});

test("stopping ends the work at the next turn", async () => {
  const controller = new AbortController();
  const run = runInSlices(busy(1000, 1), { signal: controller.signal });
  controller.abort();
  await expect(run).rejects.toBeInstanceOf(CheckStopped);
});
