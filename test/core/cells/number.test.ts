import {
  CellError,
  hasTimeFormat,
  idFromCell,
  isDateFormat,
  parseBooleanCell,
  parseNumberCell,
} from "../../../src/core/cells/number";
import type { CellValue } from "../../../src/core/model";

describe("number, boolean and id cells", () => {
  test.each<[CellValue, number | string | undefined]>([
    [1.5, 1.5],
    ["1.5", 1.5],
    [" 2 ", 2],
    ["１．５", 1.5],
    ["1,234.5", 1234.5],
    ["1e3", 1000],
    [".5", 0.5],
    ["", undefined],
    [null, undefined],
    ["1,5", "bad_number"],
    ["abc", "bad_number"],
    [Infinity, "bad_number"],
    [true, "unexpected_boolean"],
  ])("number %p -> %p", (cell, expected) => {
    const v = parseNumberCell(cell);
    expect(v instanceof CellError ? v.code : v).toBe(expected);
  });

  test.each<[CellValue, boolean | undefined | "bad"]>([
    [true, true],
    [false, false],
    ["TRUE", true],
    ["否", false],
    ["yes", true],
    [1, true],
    [0, false],
    ["", undefined],
    ["maybe", "bad"],
  ])("boolean %p -> %p", (cell, expected) => {
    const v = parseBooleanCell(cell);
    expect(v instanceof CellError ? "bad" : v).toBe(expected);
  });

  test.each<[CellValue, string | undefined]>([
    ["00123", "00123"],
    [123, "123"],
    [123.0, "123"],
    [" ab ", "ab"],
    ["ＡＢ１", "AB1"],
    [6.863333418483058e18, "long_number_rounded"],
    [false, "unexpected_boolean"],
    ["", undefined],
  ])("id %p -> %p", (cell, expected) => {
    const v = idFromCell(cell);
    expect(v instanceof CellError ? v.code : v).toBe(expected);
  });

  test.each<[string, boolean, boolean]>([
    ["General", false, false],
    ["0.00", false, false],
    ["#,##0.00_);[Red](#,##0.00)", false, false],
    ["0.00E+00", false, false],
    ["@", false, false],
    ["yyyy-mm-dd", true, false],
    ["m/d/yyyy h:mm", true, true],
    ["h:mm:ss", true, true],
    ["[h]:mm", true, true],
    ['yyyy"年"m"月"d"日"', true, false],
    ["[$-F800]dddd, mmmm dd, yyyy", true, false],
    ["[$-409]m/d/yy h:mm AM/PM;@", true, true],
  ])("format %p: date %p, time %p", (fmt, date, time) => {
    expect(isDateFormat(fmt)).toBe(date);
    expect(hasTimeFormat(fmt)).toBe(time);
  });
});
