/**
 * Saves a file's results while a run goes on: at once when asked to (the `submitting` marks,
 * which must be on disk before anything is sent), otherwise at most every `everyMs`, one save at
 * a time, and a last one at the end. A run killed between saves leaves rows `submitting` with
 * their keys on disk: the next run resends them with those keys and Feishu writes nothing twice.
 */
export interface Saver {
  /** Saves now (after any save under way) and resolves when it is on disk. */
  now(): Promise<void>;
  /** Saves soon: at once when the last save is old enough, else when it will be. */
  soon(): void;
  /** Waits for every save asked for; rejects with the first failure. */
  flush(): Promise<void>;
}

export function createSaver(
  save: () => Promise<void>,
  everyMs: number,
  clock: () => number = Date.now,
): Saver {
  let chain: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  let lastAt = Number.NEGATIVE_INFINITY;
  let dirty = false;
  let timer: NodeJS.Timeout | null = null;
  const run = () => {
    dirty = false;
    chain = chain
      .then(async () => {
        lastAt = clock();
        await save();
      })
      .catch((e: unknown) => void (failure ??= e));
    return chain;
  };
  return {
    async now() {
      await run();
      if (failure) throw failure;
    },
    soon() {
      dirty = true;
      if (timer) return;
      const wait = Math.max(0, lastAt + everyMs - clock());
      timer = setTimeout(() => {
        timer = null;
        if (dirty) void run();
      }, wait);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      if (dirty) void run();
      await chain;
      if (failure) throw failure;
    },
  };
}
