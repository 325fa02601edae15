import { DEFAULT_SETTINGS, type CellValue, type Issue } from "../../../src/core/model";
import { INPUT_COLUMNS } from "../../../src/core/template/columns";
import { matchHeaders } from "../../../src/core/template/headers";
import { RowReader } from "../../../src/core/validate/reader";
import type { RecordKind } from "../../../src/core/kinds";

/** A reader on one row of `kind` whose cells are given by column key (others blank), with the issues it raised. */
function reader(kind: RecordKind, cells: Record<string, CellValue>, formats: Record<string, string> = {}) {
  const cols = INPUT_COLUMNS[kind];
  const issues: Issue[] = [];
  const r = new RowReader(
    kind,
    matchHeaders(
      kind,
      cols.map((c) => c.header.en),
    ),
    DEFAULT_SETTINGS,
    issues,
  );
  r.start(
    7,
    cols.map((c) => cells[c.key] ?? ""),
    cols.map((c) => formats[c.key] ?? "General"),
  );
  const codes = () => issues.map((i) => `${i.row}:${i.column}:${i.code}:${i.severity}`);
  return { r, issues, codes };
}

test("an Excel error in an input cell is an error of its own, and the cell then reads as absent (not also required)", () => {
  const { r, codes } = reader("leave", { employee: "#N/A", reason: "x" });
  expect(r.errors).toBe(1);
  expect(r.cell("employee")).toBeUndefined();
  expect(r.blank("employee")).toBe(false);
  expect(r.id("employee", true)).toBeUndefined();
  expect(codes()).toEqual(["7:employee:excel_error:error"]);
});

test("a row is blank only when every input cell is", () => {
  expect(reader("leave", {}).r.isBlankRow()).toBe(true);
  expect(reader("leave", { reason: " " }).r.isBlankRow()).toBe(true);
  expect(reader("leave", { reason: "x" }).r.isBlankRow()).toBe(false);
});

test("required cells: a blank one is an error on its column; an optional blank one is nothing", () => {
  const { r, codes } = reader("leave", {});
  expect(r.text("reason", false)).toBeUndefined();
  expect(r.text("employee", true)).toBeUndefined();
  expect(codes()).toEqual(["7:employee:required:error"]);
});

test("lengths: the External ID over 64 characters is an error naming both figures", () => {
  const { r, issues } = reader("leave", { external_id: "x".repeat(65) });
  expect(r.id("external_id", false)).toBe("x".repeat(65));
  expect(issues.map((i) => [i.column, i.code])).toEqual([["external_id", "too_long"]]);
  expect(issues[0].message_en).toMatch(/65/);
  expect(issues[0].message_en).toMatch(/64/);
});

test.each<[CellValue, string, boolean, number | string]>([
  [4, "General", false, 4],
  ["2.5", "General", false, 2.5],
  [0, "General", false, "not_positive"],
  [-1, "General", false, "not_positive"],
  [2.5, "General", true, "not_integer"],
  [46027, "yyyy-mm-dd", false, "number_is_date"],
  ["abc", "General", false, "bad_number"],
])("number cell %p (format %p, integer %p): %p", (cell, format, integer, expected) => {
  const { r, issues } = reader("overtime", { duration: cell }, { duration: format });
  const v = r.number("duration", true, integer);
  expect(v ?? issues[0]?.code).toBe(expected);
});

test("enums: by label in either language or an alias; unknown values list the options", () => {
  expect(reader("trip", { trip_type: "round-trip" }).r.enumOption("trip_type", false)?.value).toBe(2);
  const bad = reader("trip", { trip_type: "teleport" });
  expect(bad.r.enumOption("trip_type", false)).toBeUndefined();
  expect(bad.issues.map((i) => i.code)).toEqual(["bad_enum"]);
  expect(bad.issues[0].message_en).toContain("teleport");
  const boolean = reader("trip", { trip_type: true });
  boolean.r.enumOption("trip_type", false);
  expect(boolean.issues.map((i) => i.code)).toEqual(["unexpected_boolean"]);
});

test("enum lists split on , ; 、 and new lines, keep each value once, and fail on one bad part", () => {
  const { r } = reader("trip", { transportation: "flight、 train;\nflight" });
  expect(r.enumList("transportation")?.map((o) => o.value)).toEqual([1, 2]);
  expect(reader("trip", { transportation: "" }).r.enumList("transportation")).toBeUndefined();
  const bad = reader("trip", { transportation: "flight, rocket" });
  expect(bad.r.enumList("transportation")).toBeUndefined();
  expect(bad.issues.map((i) => i.code)).toEqual(["bad_enum"]);
});

test("id lists split and trim; blank is empty", () => {
  expect(
    reader("trip", { destination_ids: " 110000 ;120000\n 、130000 " }).r.list("destination_ids"),
  ).toEqual(["110000", "120000", "130000"]);
  expect(reader("trip", {}).r.list("destination_ids")).toEqual([]);
});

test("start() forgets the previous row's errors", () => {
  const { r } = reader("leave", { employee: "#REF!" });
  expect(r.errors).toBe(1);
  r.start(
    8,
    INPUT_COLUMNS.leave.map(() => ""),
  );
  expect(r.errors).toBe(0);
  expect(r.blank("employee")).toBe(true);
});
