/**
 * The fake workbook as the playground page sees it: the fake Excel plus a change counter, so
 * the grid re-renders after every batch of the adapter's that changed the book and every edit
 * the clerk makes.
 */
import type { ExcelRun } from "../excel/office-subset";
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
    run: async (batch, reuse) => {
      const before = fake.book.revision;
      try {
        return await fake.run(batch, reuse);
      } finally {
        // A batch that only read (a live edit's rows) leaves the drawing as it is.
        if (fake.book.revision !== before) changed();
      }
    },
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
  };
}
