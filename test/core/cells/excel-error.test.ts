/** Excel error values in any input column: one error of their own, never passed as a value. */
import { excelErrorOf } from "../../../src/core/cells/excel-error";
import { RECORD_KINDS, type RecordKind } from "../../../src/core/kinds";
import { DEFAULT_SETTINGS } from "../../../src/core/model";
import { checkWorkbook } from "../../unit/support/check";
import { issueText } from "../../../src/core/validate/issue-text";
import { table, VALID, type RowObject } from "../../unit/support/tables";

const check = (kind: RecordKind, change: RowObject) =>
  checkWorkbook([table(kind, [{ ...VALID[kind], ...change }])], DEFAULT_SETTINGS);

const ERRORS = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!"];

test.each(ERRORS)("excelErrorOf recognises %s (any case, spaces around)", (e) => {
  expect(excelErrorOf(e)).toBe(e);
  expect(excelErrorOf(` ${e.toLowerCase()} `)).toBe(e);
});

test.each(["#1", "N/A", "#hashtag", "", 0, true, null])("excelErrorOf(%p) is no error", (v) => {
  expect(excelErrorOf(v)).toBeUndefined();
});

describe.each(RECORD_KINDS)("an error cell in a %s row", (kind) => {
  test.each([
    ["employee", "#N/A"],
    ["start_time", "#REF!"],
    ["reason", "#VALUE!"],
    ["external_id", "#DIV/0!"],
  ])("%s holding %s is one excel_error issue, with nothing else said of the cell", (column, value) => {
    const r = check(kind, { [column]: value });
    const mine = r.issues.filter((i) => i.column === column);
    expect(mine.map((i) => [i.code, i.severity])).toEqual([["excel_error", "error"]]);
    expect(r.records).toHaveLength(0);
    expect(issueText(mine[0], "zh-CN")).toContain(`Excel 错误值 ${value}`);
    expect(issueText(mine[0], "en-US")).toContain(`holds an Excel error ${value}`);
  });
});
