import { ENUMS } from "../../../src/core/enums";
import { overtimeColumns, tripColumns } from "../../../src/core/template/columns-overtime-trip";

test.each([
  ["overtime", overtimeColumns],
  ["trip", tripColumns],
] as const)(
  "%s: keys unique, every enum column names a known enum, and only enum columns do",
  (_kind, cols) => {
    const keys = cols.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of cols) {
      const isEnum = c.type === "enum" || c.type === "enumList";
      expect([c.key, c.enumName !== undefined]).toEqual([c.key, isEnum]);
      if (c.enumName) expect(ENUMS[c.enumName]).toBeDefined();
    }
  },
);

test("what each must have", () => {
  expect(overtimeColumns.filter((c) => c.required).map((c) => c.key)).toEqual(
    expect.arrayContaining(["employee", "start_time", "end_time", "unit", "category", "overtime_type"]),
  );
  expect(tripColumns.filter((c) => c.required).map((c) => c.key)).toEqual(
    expect.arrayContaining([
      "employee",
      "start_time",
      "end_time",
      "reason",
      "approve_apply_time",
      "approve_pass_time",
    ]),
  );
  expect(overtimeColumns.find((c) => c.key === "duration")?.required).toBe(false);
  expect(tripColumns.find((c) => c.key === "transportation")?.type).toBe("enumList");
  expect(tripColumns.find((c) => c.key === "destination_ids")?.type).toBe("idList");
});
