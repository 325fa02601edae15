/** Field rules, one table-driven case per rule: a valid row, one change, the issue expected. */
import { RECORD_KINDS, type RecordKind } from "../../src/core/kinds";
import { DEFAULT_SETTINGS, type CoreSettings } from "../../src/core/model";
import { checkWorkbook } from "./support/check";
import { table, VALID, type RowObject } from "./support/tables";

const check = (kind: RecordKind, change: RowObject, settings: CoreSettings = DEFAULT_SETTINGS) =>
  checkWorkbook([table(kind, [{ ...VALID[kind], ...change }])], settings);

test.each(RECORD_KINDS)("the base %s row is valid with no issues", (kind) => {
  const r = check(kind, {});
  expect(r.issues).toEqual([]);
  expect(r.records).toHaveLength(1);
});

type Case = [string, RecordKind, RowObject, string | null, string, "error" | "warning"];
const cases: Case[] = [
  // required fields
  ...RECORD_KINDS.flatMap((k): Case[] => [
    [`${k}: employee required`, k, { employee: "" }, "employee", "required", "error"],
    [`${k}: start required`, k, { start_time: " " }, "start_time", "required", "error"],
    [`${k}: end required`, k, { end_time: null }, "end_time", "required", "error"],
    [`${k}: end after start`, k, { end_time: "2026-01-01 08:00" }, "end_time", "end_before_start", "error"],
    [`${k}: bad start`, k, { start_time: "2026-02-30 09:00" }, "start_time", "bad_datetime", "error"],
    [`${k}: External ID too long`, k, { external_id: "x".repeat(65) }, "external_id", "too_long", "error"],
    [`${k}: bad date`, k, { date: "someday" }, "date", "bad_date", "error"],
    [`${k}: date outside the range`, k, { date: "2026-03-01" }, "date", "date_outside_range", "warning"],
    [`${k}: boolean employee`, k, { employee: true }, "employee", "unexpected_boolean", "error"],
    [
      `${k}: employee rounded by Excel`,
      k,
      { employee: 1.2345678901234567e19 },
      "employee",
      "long_number_rounded",
      "error",
    ],
  ]),
  ...(["leave", "out", "overtime"] as const).flatMap((k): Case[] => [
    [`${k}: unit required`, k, { unit: "" }, "unit", "required", "error"],
    [`${k}: unit enum`, k, { unit: "week" }, "unit", "bad_enum", "error"],
  ]),
  ...(["leave", "out"] as const).flatMap((k): Case[] => [
    [`${k}: reason required`, k, { reason: "" }, "reason", "required", "error"],
    [`${k}: unknown type`, k, { type: "Space leave" }, "type", "unknown_type", "error"],
    [`${k}: type required`, k, { type: "" }, "type", "type_required", "error"],
    [`${k}: duration or interval`, k, { duration: "" }, "duration", "duration_missing", "error"],
    [`${k}: duration positive`, k, { duration: -1 }, "duration", "not_positive", "error"],
    [`${k}: duration a number`, k, { duration: "one" }, "duration", "bad_number", "error"],
    [`${k}: interval whole`, k, { interval: 3600.5 }, "interval", "not_integer", "error"],
    [`${k}: interval positive`, k, { interval: 0 }, "interval", "not_positive", "error"],
    [`${k}: interval past int32`, k, { interval: 3e9 }, "interval", "too_large", "error"],
    [`${k}: absurd duration`, k, { duration: 1e12 }, "duration", "too_large", "error"],
    [`${k}: interval vs duration`, k, { interval: 100 }, "interval", "interval_mismatch", "warning"],
    [
      `${k}: uniq_id over 13 chars`,
      k,
      { uniq_id: "ABCDEFGHIJKLMN" },
      "uniq_id",
      "may_be_too_long",
      "warning",
    ],
    [`${k}: default_locale enum`, k, { default_locale: "fr" }, "default_locale", "bad_enum", "error"],
    [`${k}: duration formatted as a date`, k, {}, "duration", "number_is_date", "error"],
  ]),
  ["out: names without uniq_id", "out", { type: "", name_ch: "外出" }, "type", "type_required", "error"],
  ["overtime: category required", "overtime", { category: "" }, "category", "required", "error"],
  ["overtime: category enum", "overtime", { category: "周末" }, "category", "bad_enum", "error"],
  ["overtime: type required", "overtime", { overtime_type: "" }, "overtime_type", "required", "error"],
  [
    "overtime: type 3 deprecated",
    "overtime",
    { overtime_type: 3 },
    "overtime_type",
    "deprecated_enum",
    "error",
  ],
  ["overtime: duration positive", "overtime", { duration: "0" }, "duration", "not_positive", "error"],
  ["trip: reason required", "trip", { reason: "" }, "reason", "required", "error"],
  ["trip: applied required", "trip", { approve_apply_time: "" }, "approve_apply_time", "required", "error"],
  ["trip: approved required", "trip", { approve_pass_time: "" }, "approve_pass_time", "required", "error"],
  [
    "trip: approved before applied",
    "trip",
    { approve_pass_time: "2026-01-01 10:00" },
    "approve_pass_time",
    "pass_before_apply",
    "error",
  ],
  // lengths must fit between start and end (09:00-18:00 is 9 hours)
  ["leave: 2 days in 9 hours", "leave", { duration: 2 }, "duration", "length_exceeds_span", "error"],
  ["out: 10 hours in 4 hours", "out", { duration: 10 }, "duration", "length_exceeds_span", "error"],
  [
    "leave: seconds longer than the span",
    "leave",
    { duration: "", interval: 36000 },
    "interval",
    "length_exceeds_span",
    "error",
  ],
  [
    "overtime: 10 hours in a 2-hour span",
    "overtime",
    { duration: 10 },
    "duration",
    "length_exceeds_span",
    "error",
  ],
  ["trip: trip type enum", "trip", { trip_type: "circular" }, "trip_type", "bad_enum", "error"],
  [
    "trip: transportation list",
    "trip",
    { transportation: "飞机, rocket" },
    "transportation",
    "bad_enum",
    "error",
  ],
  [
    "trip: departure level without id",
    "trip",
    { departure_level: "城市" },
    "departure_level",
    "region_level_without_id",
    "error",
  ],
  [
    "trip: departure id without level",
    "trip",
    { departure_id: "123" },
    "departure_id",
    "region_id_without_level",
    "warning",
  ],
  [
    "trip: departure id not digits",
    "trip",
    { departure_level: "l3", departure_id: "Shanghai" },
    "departure_id",
    "region_id_format",
    "warning",
  ],
  [
    "trip: destination level without ids",
    "trip",
    { destination_level: "l3" },
    "destination_level",
    "region_level_without_id",
    "error",
  ],
  [
    "trip: destination without level",
    "trip",
    { destination_ids: "123, 456" },
    "destination_ids",
    "region_id_without_level",
    "warning",
  ],
  [
    "trip: bad destination item",
    "trip",
    { destination_ids: "l9:123" },
    "destination_ids",
    "bad_region_item",
    "error",
  ],
  [
    "trip: destination rounded by Excel",
    "trip",
    { destination_level: "l3", destination_ids: 6.863333418483058e18 },
    "destination_ids",
    "long_number_rounded",
    "error",
  ],
];

test.each(cases)("%s", (_name, kind, change, column, code, severity) => {
  const snapshot = table(kind, [{ ...VALID[kind], ...change }]);
  if (code === "number_is_date") {
    snapshot.rows[0][snapshot.headers.indexOf("Duration")] = 46026;
    snapshot.numberFormats = [snapshot.headers.map((h) => (h === "Duration" ? "yyyy-mm-dd" : "General"))];
  }
  const r = checkWorkbook([snapshot]);
  const found = r.issues.find((i) => i.code === code);
  expect(found).toMatchObject({ kind, row: 0, column, code, severity });
  expect(found?.message_zh).toMatch(/[\u4e00-\u9fff]/);
  expect(found?.message_en).toMatch(/[A-Za-z]/);
  expect(r.records).toHaveLength(severity === "error" ? 0 : 1);
});

test("open_id settings refuse IDs that are not open_ids", () => {
  const r = check("leave", {}, { ...DEFAULT_SETTINGS, employeeType: "open_id" });
  expect(r.issues.map((i) => [i.code, i.severity])).toEqual([["employee_wrong_type", "error"]]);
  expect(
    check("leave", { employee: "ou_abc" }, { ...DEFAULT_SETTINGS, employeeType: "open_id" }).issues,
  ).toEqual([]);
});

test("blank rows are skipped silently", () => {
  const snapshot = table("leave", [VALID.leave, {}, { employee: "  " }]);
  const r = checkWorkbook([snapshot]);
  expect(r.issues).toEqual([]);
  expect(r.rowCounts.leave).toBe(1);
});

test("a table missing a required column reports it once and checks no rows", () => {
  const snapshot = table("trip", [VALID.trip, {}]);
  const at = snapshot.headers.indexOf("Reason");
  snapshot.headers.splice(at, 1);
  snapshot.rows.forEach((r) => r.splice(at, 1));
  const r = checkWorkbook([snapshot]);
  expect(r.issues.map((i) => [i.row, i.column, i.code])).toEqual([[-1, "reason", "missing_column"]]);
  expect(r.records).toEqual([]);
});
