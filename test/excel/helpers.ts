/**
 * A fresh fake workbook with an adapter over it, and small helpers to type rows like a clerk.
 * `onEveryHost` runs a suite once per host profile and, after each test, checks that the
 * adapter used no Excel member above ExcelApi 1.7 without a feature check and had none refused.
 */
import { createExcelAdapter } from "../../src/excel/adapter";
import {
  createFakeExcel,
  HOST_PROFILES,
  type FakeExcel,
  type FakeExcelOptions,
  type HostProfile,
} from "../../src/fake-excel";
import type { CellScalar } from "../../src/fake-excel/book";

let made: FakeExcel[] = [];

/** `describe` once per host profile; every fake made in a test must end with clean API usage. */
export function onEveryHost(title: string, suite: (profile: HostProfile) => void): void {
  describe.each(HOST_PROFILES)(`${title} on $name`, (profile) => {
    beforeEach(() => {
      made = [];
    });
    afterEach(() => {
      for (const fake of made) {
        const { unguarded, refused } = fake.apiUsage();
        expect({ unguarded, refused }).toEqual({ unguarded: [], refused: [] });
      }
    });
    suite(profile);
  });
}

export function setup(options: FakeExcelOptions = {}) {
  const fake = createFakeExcel(options);
  made.push(fake);
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
