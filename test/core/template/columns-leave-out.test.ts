import { leaveOutColumns } from "../../../src/core/template/columns-leave-out";

const leave = leaveOutColumns("leave");
const out = leaveOutColumns("out");

test("leave and out have the same columns; only the type column's name differs", () => {
  expect(leave.map((c) => c.key)).toEqual(out.map((c) => c.key));
  const differ = leave.filter((c, i) => c.header.en !== out[i].header.en).map((c) => c.key);
  expect(differ).toEqual(["type"]);
  expect([leave[1].header.en, out[1].header.en]).toEqual(["Leave type", "Out type"]);
});

test("the required columns come first, advanced ones last", () => {
  const firstAdvanced = leave.findIndex((c) => c.advanced);
  expect(leave.slice(firstAdvanced).every((c) => c.advanced)).toBe(true);
  expect(leave.filter((c) => c.required).map((c) => c.key)).toEqual([
    "employee",
    "type",
    "start_time",
    "end_time",
    "unit",
    "reason",
  ]);
});

test("a type ID over 13 characters is only a warning; the type comes from the catalog", () => {
  const uniq = leave.find((c) => c.key === "uniq_id");
  expect([uniq?.maxLength, uniq?.lengthSeverity]).toEqual([13, "warning"]);
  expect(leave.find((c) => c.key === "type")?.type).toBe("catalog");
});
