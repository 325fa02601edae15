import { readCommon } from "../../../src/core/validate/common";
import { readLeaveOut } from "../../../src/core/validate/leave-out";
import { DEFAULT_CATALOG, type CatalogEntry } from "../../../src/core/template/catalog";
import { rowReader } from "../../unit/support/row-reader";
import { VALID, type RowObject } from "../../unit/support/tables";

const read = (
  kind: "leave" | "out",
  change: RowObject = {},
  catalog: readonly CatalogEntry[] = DEFAULT_CATALOG,
) => {
  const { r, codes } = rowReader(kind, { ...VALID[kind], ...change });
  const row = readLeaveOut(r, readCommon(r), kind, catalog);
  return { row, codes: codes() };
};

test.each([
  ["leave", "annual", 1, 28800, "20260105"],
  ["out", "client_visit", 2, 14400, "20260106"],
] as const)(
  "a valid %s row is its record: type %s, unit %i, interval %i s",
  (kind, uniq, unit, interval, date) => {
    const { row, codes } = read(kind);
    expect(codes).toEqual([]);
    expect(row).toMatchObject({ kind, row: 7, userId: "u1", date });
    expect(row?.record).toMatchObject({
      uniq_id: uniq,
      unit,
      interval,
      default_locale: "ch",
      idempotent_id: "",
    });
    expect(row?.record).toHaveProperty("i18n_names.en");
  },
);

test.each<[string, RowObject, string]>([
  ["an unknown type", { type: "Space leave" }, "7:type:unknown_type:error"],
  ["no type", { type: "" }, "7:type:type_required:error"],
  ["no reason", { reason: "" }, "7:reason:required:error"],
  ["no unit", { unit: "" }, "7:unit:required:error"],
  ["no duration or interval", { duration: "" }, "7:duration:duration_missing:error"],
])("%s: no record, and the issue on its cell", (_name, change, code) => {
  const { row, codes } = read("leave", change);
  expect(row).toBeUndefined();
  expect(codes).toContain(code);
});

test("the type is looked up in the workbook's own catalog when it has one", () => {
  const own: CatalogEntry[] = [
    { kind: "leave", uniq_id: "home", names: { ch: "居家", en: "Home leave" }, default_locale: "en" },
  ];
  expect(read("leave", { type: "Home leave" }, own).row?.record).toMatchObject({
    uniq_id: "home",
    default_locale: "en",
  });
  expect(read("leave", {}, own).codes).toContain("7:type:unknown_type:error");
});

test("a leave type from the defaults keeps its uniq_id; an out type always sends one", () => {
  expect(Object.keys(read("out").row?.record ?? {})).toContain("uniq_id");
  expect(Object.keys(read("leave").row?.record ?? {})).toContain("uniq_id");
});
