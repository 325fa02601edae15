/**
 * The fake workbook as the playground page sees it: the fake Excel plus a change counter, so
 * the grid re-renders after every batch of the adapter's that changed the book and every edit
 * the clerk makes.
 */
import type { ExcelRun, XlContext, XlRunOptions } from "../excel/office-subset";
import type { CellScalar } from "../fake-excel/book";
import type { FakeExcel } from "../fake-excel";

export interface PlaygroundBook {
  fake: FakeExcel;
  /** Excel.run over the fake, announcing each finished batch to the grid. */
  run: ExcelRun;
  subscribe(listener: () => void): () => void;
  version(): number;
  edit(sheet: string, address: string, values: CellScalar[][]): void;
  select(sheet: string, address: string): void;
  /** One of the clerk's actions on the fake (insert, delete, sort, undo), then a redraw; its error is thrown on. */
  act<T>(action: (fake: FakeExcel) => T): T;
}

export function playgroundBook(fake: FakeExcel): PlaygroundBook {
  const listeners = new Set<() => void>();
  let version = 0;
  const changed = () => {
    version++;
    for (const l of listeners) l();
  };
  return {
    fake,
    run: announced(fake, changed),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    version: () => version,
    edit(sheet, address, values) {
      fake.userEdit(sheet, address, values);
      changed();
    },
    select(sheet, address) {
      fake.userSelect(sheet, address);
      changed();
    },
    act(action) {
      try {
        return action(fake);
      } finally {
        changed();
      }
    },
  };
}

/** `fake.run` (in any of its forms) that calls `changed` after a batch that changed the book. */
function announced(fake: FakeExcel, changed: () => void): ExcelRun {
  async function run<T>(
    first: ((ctx: XlContext) => Promise<T>) | XlRunOptions,
    second?: unknown,
  ): Promise<T> {
    const before = fake.book.revision;
    try {
      return typeof first === "function"
        ? await fake.run(first, second)
        : await fake.run(first, second as (ctx: XlContext) => Promise<T>);
    } finally {
      // A batch that only read (a live edit's rows) leaves the drawing as it is.
      if (fake.book.revision !== before) changed();
    }
  }
  return run;
}

/**
 * The fake as the page's `window.fakeExcel`: browser tests and benches drive it like a clerk or
 * a co-author (`userInsertRows`, `userSortTable`, `remoteEdit`, `beforeNextSync`…), and each such
 * action redraws the grid; everything else is the fake itself.
 */
export function drivenFake(book: PlaygroundBook): FakeExcel {
  return new Proxy(book.fake, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== "function" || !/^(user|remote)/.test(String(prop))) return value;
      return (...args: unknown[]) =>
        book.act(() => (value as (...a: unknown[]) => unknown).apply(target, args));
    },
  });
}
