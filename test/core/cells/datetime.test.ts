import fc from "fast-check";
import {
  formatDate,
  formatDateTime,
  parseDateCell,
  parseDateTimeCell,
  serialToWallTime,
  wallTime,
} from "../../../src/core/cells/datetime";
import { CellError } from "../../../src/core/cells/number";
import type { CellValue } from "../../../src/core/model";

/** Parses and renders, so expectations read as Feishu text. */
const dt = (v: CellValue, system: 1900 | 1904 = 1900) => {
  const p = parseDateTimeCell(v, system);
  if (p instanceof CellError) return p.code;
  return p === undefined ? undefined : `${formatDateTime(p.t)}${p.hasTime ? "" : " (date)"}`;
};

describe("date-time cells", () => {
  test.each<[CellValue, string | undefined]>([
    // Excel serials, 1900 system
    [46026, "2026-01-04 00:00:00 (date)"],
    [46026.375, "2026-01-04 09:00:00"],
    [46026.75, "2026-01-04 18:00:00"],
    [46026 + 0.5 / 86400, "2026-01-04 00:00:01"], // rounds to the second
    [46026 + 1.4 / 86400, "2026-01-04 00:00:01"],
    [46026.99999999, "2026-01-05 00:00:00 (date)"], // rounds to the next midnight: no time of day
    [36526, "2000-01-01 00:00:00 (date)"],
    [0.375, "time_only"],
    [-1, "bad_datetime"],
    [1.5, "date_out_of_range"], // 1900-01-01 12:00: not a plausible record
    [60, "bad_datetime"], // Excel's fictitious 1900-02-29
    // text shapes
    ["2026-01-04 09:00", "2026-01-04 09:00:00"],
    ["2026-01-04 09:00:30", "2026-01-04 09:00:30"],
    ["2026/1/4 9:00:00", "2026-01-04 09:00:00"],
    ["2026-01-04T09:00", "2026-01-04 09:00:00"],
    ["2026-01-04T09:00:00.600", "2026-01-04 09:00:00"],
    ["2026.1.4 9:05", "2026-01-04 09:05:00"],
    ["2026-01-04", "2026-01-04 00:00:00 (date)"],
    ["20260104", "2026-01-04 00:00:00 (date)"],
    ["20260104 0930", "2026-01-04 09:30:00"],
    [20260104, "2026-01-04 00:00:00 (date)"],
    ["2026年1月4日 9:00", "2026-01-04 09:00:00"],
    ["2026年1月4日", "2026-01-04 00:00:00 (date)"],
    ["2026年1月4日 9点30分", "2026-01-04 09:30:00"],
    ["２０２６－０１－０４　０９：００", "2026-01-04 09:00:00"],
    ["  2026-01-04 09:00  ", "2026-01-04 09:00:00"],
    ["2026/1/4 9:00 PM", "2026-01-04 21:00:00"],
    ["2026/1/4 12:00 AM", "2026-01-04 00:00:00"],
    ["2026/1/4 下午 3:00", "2026-01-04 15:00:00"],
    ["2024-02-29 08:00", "2024-02-29 08:00:00"],
    // problems
    ["2026-02-29 08:00", "bad_datetime"],
    ["2026-13-01", "bad_datetime"],
    ["2026-01-04 24:00", "bad_datetime"],
    ["09:00", "time_only"],
    ["2026-01-04T09:00:00Z", "timezone_offset"],
    ["2026-01-04 09:00+08:00", "timezone_offset"],
    ["1999-12-31 09:00", "date_out_of_range"],
    ["tomorrow", "bad_datetime"],
    [true, "unexpected_boolean"],
    // blanks
    ["", undefined],
    ["   ", undefined],
    [null, undefined],
    [undefined, undefined],
  ])("%p -> %p", (cell, expected) => {
    expect(dt(cell)).toBe(expected);
  });

  test.each<[number, string]>([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [46026, "2026-01-04"],
  ])("1900 serial %p is %p (leap-year bug below 61)", (serial, day) => {
    expect(formatDateTime(serialToWallTime(serial, 1900) as number).slice(0, 10)).toBe(day);
  });

  test.each<[number, string]>([
    [0, "1904-01-01"],
    [1, "1904-01-02"],
    [44564, "2026-01-04"],
  ])("1904 serial %p is %p", (serial, day) => {
    expect(formatDateTime(serialToWallTime(serial, 1904) as number).slice(0, 10)).toBe(day);
  });

  test("the 1904 system applies to cells", () => {
    expect(dt(44564.375, 1904)).toBe("2026-01-04 09:00:00");
  });

  test("a whole serial is a bare date whatever its cell's format shows; a fraction is a time", () => {
    expect(dt(46026)).toBe("2026-01-04 00:00:00 (date)");
    expect(dt(46026.5)).toBe("2026-01-04 12:00:00");
  });

  test("date cells keep the day only", () => {
    expect(formatDate(parseDateCell("2026-01-04 09:00", 1900) as number)).toBe("20260104");
    expect(formatDate(parseDateCell(20260104, 1900) as number)).toBe("20260104");
    expect((parseDateCell("nope", 1900) as CellError).code).toBe("bad_date");
  });

  test("formatting equals Date's UTC fields for any time (no local-time shift)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000_000, max: 7_000_000_000 }), (t) => {
        const d = new Date(t * 1000);
        const iso = d.toISOString();
        expect(formatDateTime(t)).toBe(`${iso.slice(0, 10)} ${iso.slice(11, 19)}`);
        expect(formatDate(t)).toBe(iso.slice(0, 10).replace(/-/g, ""));
      }),
    );
  });

  test("wallTime rejects impossible days and round-trips real ones", () => {
    expect(wallTime(2026, 2, 29)).toBeUndefined();
    expect(wallTime(2026, 4, 31)).toBeUndefined();
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2000-01-01T00:00:00Z"),
          max: new Date("2099-12-31T23:59:59Z"),
          noInvalidDate: true,
        }),
        (d) => {
          const t = wallTime(
            d.getUTCFullYear(),
            d.getUTCMonth() + 1,
            d.getUTCDate(),
            d.getUTCHours(),
            d.getUTCMinutes(),
            d.getUTCSeconds(),
          );
          expect(t).toBe(Math.floor(d.getTime() / 1000));
        },
      ),
    );
  });
});
