import type { RecordKind } from "../../../src/core/kinds";
import { DEFAULT_SETTINGS, type PreparedRecord } from "../../../src/core/model";
import { checkWorkbook } from "../../unit/support/check";
import {
  intervalFromDuration,
  overtimeDuration,
  unitSeconds,
  workdayHours,
} from "../../../src/core/validate/derive";
import { table, VALID, type RowObject } from "../../unit/support/tables";

const one = (kind: RecordKind, change: RowObject = {}, settings = DEFAULT_SETTINGS): PreparedRecord => {
  const r = checkWorkbook([table(kind, [{ ...VALID[kind], ...change }])], settings);
  expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  return r.records[0];
};
const item = (r: PreparedRecord): Record<string, unknown> => {
  const ua = r.body.user_approval;
  return (ua.leaves ?? ua.outs ?? ua.overtime_works ?? ua.trips ?? [])[0] as Record<string, unknown>;
};

describe("derived values", () => {
  test.each([
    [1, 8, 28800],
    [2, 8, 3600],
    [3, 8, 14400],
    [4, 8, 1800],
    [1, 7.5, 27000],
    [3, 7.5, 13500],
  ] as const)("unit %p with a %p-hour day is %p seconds", (unit, hours, secs) => {
    expect(unitSeconds(unit, hours)).toBe(secs);
  });

  test.each([
    [1.5, 2, 5400],
    [1, 1, 28800],
    [0.5, 1, 14400],
    [2, 3, 28800],
    [3, 4, 5400],
  ] as const)("leave interval: %p x unit %p = %p s", (duration, unit, secs) => {
    expect(intervalFromDuration(duration, unit, 8)).toBe(secs);
    expect(item(one("leave", { duration, unit, interval: "" })).interval).toBe(secs);
  });

  test("the workday length is configurable; nonsense falls back to 8", () => {
    expect(
      item(one("leave", { duration: 1, unit: "天" }, { ...DEFAULT_SETTINGS, workdayHours: 7.5 })).interval,
    ).toBe(27000);
    expect(workdayHours({ workdayHours: 0 })).toBe(8);
    expect(workdayHours({ workdayHours: Number.NaN })).toBe(8);
    expect(workdayHours({ workdayHours: 25 })).toBe(8);
  });

  test("a given interval wins over duration x unit (with a warning when they disagree)", () => {
    expect(item(one("out", { interval: 3600, duration: "" })).interval).toBe(3600);
    expect(item(one("out", { interval: 14400 })).interval).toBe(14400);
  });

  test.each([
    ["小时", "2026-01-05 19:00", "2026-01-05 21:30", 2.5],
    ["半小时", "2026-01-05 19:00", "2026-01-05 21:30", 5],
    ["天", "2026-01-05 19:00", "2026-01-06 03:00", 1],
    ["半天", "2026-01-05 19:00", "2026-01-05 21:00", 0.5],
    ["小时", "2026-01-05 19:00", "2026-01-05 19:20", 0.33],
  ])("overtime duration in %p from %p to %p is %p", (unit, start_time, end_time, duration) => {
    expect(item(one("overtime", { unit, start_time, end_time })).duration).toBe(duration);
  });

  test("a given overtime duration is kept; a tiny span never becomes 0", () => {
    expect(item(one("overtime", { duration: 1.5 })).duration).toBe(1.5);
    expect(overtimeDuration(0, 1, 1, 8)).toBe(0.01);
  });

  test("date: the start's date when blank, else as given", () => {
    expect(one("leave").body.user_approval.date).toBe("20260105");
    expect(one("trip", { start_time: "2026/1/7", end_time: "2026/1/9" }).body.user_approval.date).toBe(
      "20260107",
    );
    expect(one("overtime", { date: "2026-01-05" }).body.user_approval.date).toBe("20260105");
  });

  test("a date-only end means the end of that day", () => {
    expect(item(one("trip")).end_time).toBe("2026-01-08 23:59:59");
    expect(item(one("trip")).start_time).toBe("2026-01-07 00:00:00");
  });

  test("default_locale: the catalog's, the cell's, or the first language with a name", () => {
    expect(item(one("leave")).default_locale).toBe("ch");
    expect(item(one("leave", { default_locale: "English" })).default_locale).toBe("en");
    expect(item(one("leave", { type: "", name_en: "Study leave" })).default_locale).toBe("en");
  });
});
