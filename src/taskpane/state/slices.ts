/**
 * Long work in slices: runs a step generator (the core's check in steps) for a few milliseconds
 * at a time and gives the browser the main thread between slices, so the clerk can scroll,
 * type and press Stop while 20,000 rows are checked. Stopping rejects with CheckStopped.
 */
import type { CheckProgress } from "../../core/prepare";

export class CheckStopped extends Error {
  constructor() {
    super("The check was stopped.");
    this.name = "CheckStopped";
  }
}

export const isCheckStopped = (e: unknown): boolean => e instanceof CheckStopped;

export interface SliceOptions {
  signal?: AbortSignal;
  /** Called at the first turn given back, then at most every `progressEveryMs`. */
  onProgress?(progress: CheckProgress): void;
  /**
   * Work per slice before giving the browser its turn (default 30 ms: input waits at most that
   * long, well within what feels instant, and under a "long task").
   */
  budgetMs?: number;
  /** Least time between two progress reports (default 100 ms): each one re-renders the pane. */
  progressEveryMs?: number;
}

/** Lets the browser run its queued work (input, paint) before continuing. */
function nextTask(): Promise<void> {
  if (typeof MessageChannel === "undefined") return new Promise((resolve) => setTimeout(resolve, 0));
  // A message is a new task with no timer clamping (setTimeout nested 5 deep waits 4 ms each).
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function runInSlices<T>(
  steps: Generator<CheckProgress, T>,
  options: SliceOptions = {},
): Promise<T> {
  const budget = options.budgetMs ?? 30;
  const every = options.progressEveryMs ?? 100;
  let reported = -Infinity;
  for (;;) {
    const start = performance.now();
    let last: CheckProgress | null = null;
    while (performance.now() - start < budget) {
      const next = steps.next();
      if (next.done) return next.value;
      last = next.value;
    }
    if (last && performance.now() - reported >= every) {
      reported = performance.now();
      options.onProgress?.(last);
    }
    await nextTask();
    if (options.signal?.aborted) {
      steps.return(undefined as T);
      throw new CheckStopped();
    }
  }
}
