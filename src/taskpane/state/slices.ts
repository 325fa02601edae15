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
  onProgress?(progress: CheckProgress): void;
  /** Work per slice before giving the browser its turn (default 12 ms, under one frame). */
  budgetMs?: number;
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
  const budget = options.budgetMs ?? 12;
  for (;;) {
    const start = performance.now();
    let last: CheckProgress | null = null;
    while (performance.now() - start < budget) {
      const next = steps.next();
      if (next.done) return next.value;
      last = next.value;
    }
    if (last) options.onProgress?.(last);
    await nextTask();
    if (options.signal?.aborted) {
      steps.return(undefined as T);
      throw new CheckStopped();
    }
  }
}
