import { readCommon } from "../../../src/core/validate/common";
import { readTrip } from "../../../src/core/validate/trip";
import { rowReader } from "../../unit/support/row-reader";
import { VALID, type RowObject } from "../../unit/support/tables";

const read = (change: RowObject = {}) => {
  const { r, codes } = rowReader("trip", { ...VALID.trip, ...change });
  return { row: readTrip(r, readCommon(r)), codes: codes() };
};

test("a valid trip covers whole days and carries its approval times", () => {
  const { row, codes } = read();
  expect(codes).toEqual([]);
  expect(row).toMatchObject({ kind: "trip", row: 7, userId: "u1", date: "20260107" });
  expect(row?.record).toMatchObject({
    start_time: "2026-01-07 00:00:00",
    end_time: "2026-01-08 23:59:59",
    reason: "培训",
    approve_apply_time: "2026-01-02 10:00:00",
    approve_pass_time: "2026-01-03 10:00:00",
  });
});

test("optional trip details go into the record when given", () => {
  const { row, codes } = read({
    trip_type: "round-trip",
    transportation: "flight, train",
    destination_level: "city",
    destination_ids: "110000; 120000",
  });
  expect(codes).toEqual([]);
  expect(row?.record).toMatchObject({ trip_type: 2 });
  expect(JSON.stringify(row?.record)).toContain("l3");
  expect(JSON.stringify(row?.record)).toContain("110000");
});

test("destination IDs without their level are sent, with a warning", () => {
  const { row, codes } = read({ destination_ids: "110000" });
  expect(row).toBeDefined();
  expect(codes).toEqual(["7:destination_ids:region_id_without_level:warning"]);
});

test.each<[string, RowObject, string]>([
  ["no reason", { reason: "" }, "7:reason:required:error"],
  ["no application time", { approve_apply_time: "" }, "7:approve_apply_time:required:error"],
  ["no approval time", { approve_pass_time: "" }, "7:approve_pass_time:required:error"],
  ["an unknown trip type", { trip_type: "teleport" }, "7:trip_type:bad_enum:error"],
])("%s: no record, and the issue on its cell", (_name, change, code) => {
  const { row, codes } = read(change);
  expect(row).toBeUndefined();
  expect(codes).toContain(code);
});
