/** A fresh fake workbook with an adapter over it, and small helpers to type rows like a clerk. */
import { createExcelAdapter } from "../../src/excel/adapter";
import { createFakeExcel, type FakeExcelOptions } from "../../src/fake-excel";
import type { CellScalar } from "../../src/fake-excel/book";

export function setup(options: FakeExcelOptions = {}) {
  const fake = createFakeExcel(options);
  let timers: (() => void)[] = [];
  let clock = 0;
  const adapter = createExcelAdapter({
    run: fake.run,
    supports: fake.supports,
    now: () => clock,
    // Debounce timers fire when the test says so.
    schedule: (fn) => {
      timers.push(fn);
      return () => (timers = timers.filter((t) => t !== fn));
    },
  });
  const fireTimers = () => {
    const due = timers;
    timers = [];
    due.forEach((t) => t());
  };
  /** Moves the adapter's clock on (past the own-write window on hosts without triggerSource). */
  const tick = (ms: number) => {
    clock += ms;
  };
  return { fake, adapter, fireTimers, tick };
}

/** Rows for a sheet starting at data row `from` (sheet row from + 2). */
export const rowsAddress = (from: number, rows: CellScalar[][]): string => {
  const width = rows[0].length;
  const last = String.fromCharCode(64 + width);
  return `A${from + 2}:${last}${from + rows.length + 1}`;
};

/** An English template whose Leave table holds `rows` valid rows typed by the clerk. */
export async function leaveTable(rows: number, options: FakeExcelOptions = {}) {
  const t = setup(options);
  await t.adapter.ensureTemplate({ locale: "en-US" });
  t.fake.userEdit(
    "Leave",
    `A2:G${rows + 1}`,
    Array.from({ length: rows }, (_, i) => [
      `E${i}`,
      "Annual leave",
      "2026-01-04 09:00",
      "2026-01-04 18:00",
      "Day",
      1,
      "r",
    ]),
  );
  return t;
}
