/**
 * The shared Start/End rules (src/core/validate/common.ts): dates without a time of day are
 * whole days, whatever the cells' number formats show; a time on either side is sent as
 * written; a length must fit between start and end.
 */
import type { RecordKind } from "../../../src/core/kinds";
import type { CellValue, PreparedRecord, TableSnapshot } from "../../../src/core/model";
import { checkWorkbook } from "../../unit/support/check";
import { INPUT_COLUMNS } from "../../../src/core/template/columns";
import { brief, table, VALID, type RowObject } from "../../unit/support/tables";

/** 2026-01-21 as an Excel serial (1900 system). */
const JAN21 = 46043;
const DATETIME = "yyyy-mm-dd hh:mm";

/** One row of `kind`, Start and End cells in `format` (as the Excel adapter reads them), others General. */
function formatted(kind: RecordKind, change: RowObject, format = DATETIME): TableSnapshot {
  const t = table(kind, [{ ...VALID[kind], ...change }]);
  const formats = INPUT_COLUMNS[kind].map((c) =>
    c.key === "start_time" || c.key === "end_time" ? format : "General",
  );
  return { ...t, numberFormats: [formats] };
}

const span = (r: PreparedRecord): [unknown, unknown] => {
  const ua = r.body.user_approval;
  const item = (ua.leaves ?? ua.outs ?? ua.overtime_works ?? ua.trips ?? [])[0] as Record<string, unknown>;
  return [item.start_time, item.end_time];
};

function sent(snapshot: TableSnapshot): [unknown, unknown] {
  const r = checkWorkbook([snapshot]);
  expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  expect(r.records).toHaveLength(1);
  return span(r.records[0]);
}

describe("whole days", () => {
  test.each<[string, RecordKind, CellValue, CellValue, RowObject, [string, string]]>([
    [
      "one day as text",
      "leave",
      "2026-01-21",
      "2026-01-21",
      {},
      ["2026-01-21 00:00:00", "2026-01-21 23:59:59"],
    ],
    [
      "two days as serials in date-time cells",
      "leave",
      JAN21,
      JAN21 + 1,
      { duration: 2 },
      ["2026-01-21 00:00:00", "2026-01-22 23:59:59"],
    ],
    [
      "one day as a serial in a date-time cell",
      "out",
      JAN21,
      JAN21,
      {},
      ["2026-01-21 00:00:00", "2026-01-21 23:59:59"],
    ],
    [
      "Chinese date text",
      "trip",
      "2026年1月21日",
      "2026年1月22日",
      {},
      ["2026-01-21 00:00:00", "2026-01-22 23:59:59"],
    ],
    [
      "a text date and a serial date",
      "leave",
      "2026/1/21",
      JAN21,
      {},
      ["2026-01-21 00:00:00", "2026-01-21 23:59:59"],
    ],
    [
      "a time on the start side: both as written",
      "leave",
      "2026-01-21 09:00",
      "2026-01-22",
      {},
      ["2026-01-21 09:00:00", "2026-01-22 00:00:00"],
    ],
    [
      "overtime to next day 00:00 in date-time cells stays so",
      "overtime",
      JAN21 + 0.75,
      JAN21 + 1,
      {},
      ["2026-01-21 18:00:00", "2026-01-22 00:00:00"],
    ],
    [
      "times written as text are kept",
      "trip",
      "2026-01-21 09:00",
      "2026-01-21 18:00",
      {},
      ["2026-01-21 09:00:00", "2026-01-21 18:00:00"],
    ],
  ])("%s", (_name, kind, start_time, end_time, change, expected) => {
    expect(sent(formatted(kind, { start_time, end_time, ...change }))).toEqual(expected);
  });

  test("the same date gives the same record whatever the cell's format", () => {
    const asText = sent(
      table("leave", [{ ...VALID.leave, start_time: "2026-01-21", end_time: "2026-01-21" }]),
    );
    for (const format of [DATETIME, "yyyy-mm-dd", "General", "m/d/yyyy h:mm"])
      expect(sent(formatted("leave", { start_time: JAN21, end_time: JAN21 }, format))).toEqual(asText);
  });
});

describe("lengths that fit", () => {
  const fit = (kind: RecordKind, change: RowObject) =>
    brief(checkWorkbook([table(kind, [{ ...VALID[kind], ...change }])]).issues);

  test("an out row of 4 days over 3 days is an error on Duration naming both figures", () => {
    const r = checkWorkbook([
      table("out", [
        { ...VALID.out, start_time: "2026-01-21", end_time: "2026-01-23", unit: "天", duration: 4 },
      ]),
    ]);
    expect(brief(r.issues)).toEqual([[0, "duration", "length_exceeds_span", "error"]]);
    expect(r.issues[0].message_en).toContain(
      '"Duration" is 4 days (32 h), longer than the 3 days from start to end',
    );
    expect(r.issues[0].message_zh).toContain("「时长」为 4 天（32 小时），比开始到结束的 3 天");
  });

  test("a day of leave within three hours is an error in hours (a day is a workday)", () => {
    const r = checkWorkbook([
      table("leave", [{ ...VALID.leave, start_time: "2026-01-21 09:00", end_time: "2026-01-21 12:00" }]),
    ]);
    expect(brief(r.issues)).toEqual([[0, "duration", "length_exceeds_span", "error"]]);
    expect(r.issues[0].message_en).toContain(
      '"Duration" is 1 day (8 h), longer than the 3 h from start to end',
    );
    expect(r.issues[0].message_zh).toContain("「时长」为 1 天（8 小时），比开始到结束的 3 小时");
  });

  test("overtime of 10 h over a 3-hour span is an error on Duration", () => {
    const r = checkWorkbook([
      table("overtime", [
        { ...VALID.overtime, start_time: "2026-01-21 18:00", end_time: "2026-01-21 21:00", duration: 10 },
      ]),
    ]);
    expect(brief(r.issues)).toEqual([[0, "duration", "length_exceeds_span", "error"]]);
    expect(r.issues[0].message_en).toMatch(/10 h, longer than the 3 h from start to end/);
    expect(r.issues[0].message_zh).toContain("10 小时");
    expect(r.records).toEqual([]);
  });

  test("seconds typed in the interval column are checked on that column", () => {
    expect(fit("leave", { duration: "", interval: 9 * 3600 + 1 })).toEqual([
      [0, "interval", "length_exceeds_span", "error"],
    ]);
    expect(fit("leave", { duration: "", interval: 9 * 3600 })).toEqual([]);
  });

  test("shorter than the span is fine; a whole day holds 24 hours", () => {
    expect(fit("out", { start_time: "2026-01-21", end_time: "2026-01-23", unit: "天", duration: 1 })).toEqual(
      [],
    );
    expect(
      fit("leave", { start_time: "2026-01-21", end_time: "2026-01-21", unit: "小时", duration: 24 }),
    ).toEqual([]);
    expect(fit("overtime", { duration: 2 })).toEqual([]);
  });
});

describe("warnings earn their place", () => {
  test("an ordinary 09:00-18:00 trip and every base row carry no issue at all", () => {
    expect(fit09to18()).toEqual([]);
  });
  const fit09to18 = () =>
    checkWorkbook([
      table("trip", [{ ...VALID.trip, start_time: "2026-01-07 09:00", end_time: "2026-01-07 18:00" }]),
      table("leave", [VALID.leave]),
      table("out", [VALID.out]),
      table("overtime", [VALID.overtime]),
    ]).issues;

  test("overtime type 3 is an error that says what to choose instead", () => {
    const r = checkWorkbook([table("overtime", [{ ...VALID.overtime, overtime_type: 3 }])]);
    expect(brief(r.issues)).toEqual([[0, "overtime_type", "deprecated_enum", "error"]]);
    expect(r.issues[0].message_en).toContain("Record only, Time off in lieu, Overtime pay");
    expect(r.issues[0].message_zh).toContain("仅记录、调休、加班费");
    expect(r.records).toEqual([]);
  });
});
