import { readCommon } from "../../../src/core/validate/common";
import { readOvertime } from "../../../src/core/validate/overtime";
import { rowReader } from "../../unit/support/row-reader";
import { VALID, type RowObject } from "../../unit/support/tables";

const read = (change: RowObject = {}) => {
  const { r, codes } = rowReader("overtime", { ...VALID.overtime, ...change });
  return { row: readOvertime(r, readCommon(r)), codes: codes() };
};

test("a valid overtime row is its record, with the length worked out from start and end", () => {
  const { row, codes } = read();
  expect(codes).toEqual([]);
  expect(row).toMatchObject({ kind: "overtime", row: 7, userId: "u1", date: "20260105" });
  expect(row?.record).toEqual({
    duration: 2,
    unit: 2,
    category: 1,
    type: 1,
    start_time: "2026-01-05 19:00:00",
    end_time: "2026-01-05 21:00:00",
    idempotent_id: "",
  });
});

test("a given duration is kept", () => {
  expect(read({ duration: 1.5 }).row?.record).toMatchObject({ duration: 1.5, unit: 2 });
});

test.each<[string, RowObject, string]>([
  ["no day type", { category: "" }, "7:category:required:error"],
  ["an unknown day type", { category: "weekday-ish" }, "7:category:bad_enum:error"],
  ["no overtime type", { overtime_type: "" }, "7:overtime_type:required:error"],
  ["no unit", { unit: "" }, "7:unit:required:error"],
  ["a negative duration", { duration: -2 }, "7:duration:not_positive:error"],
])("%s: no record, and the issue on its cell", (_name, change, code) => {
  const { row, codes } = read(change);
  expect(row).toBeUndefined();
  expect(codes).toContain(code);
});
