/**
 * The shared Start/End rules (src/core/validate/common.ts): dates without a time of day are
 * whole days, whatever the cells' number formats show; a time on either side is sent as
 * written; a length must fit between start and end.
 */
import type { RecordKind } from "../../../src/core/kinds";
import { formatDateTime } from "../../../src/core/cells/datetime";
import {
  DEFAULT_SETTINGS,
  type CellValue,
  type Issue,
  type PreparedRecord,
  type TableSnapshot,
} from "../../../src/core/model";
import { matchHeaders } from "../../../src/core/template/headers";
import { lengthFits, readCommon } from "../../../src/core/validate/common";
import { secondsLength } from "../../../src/core/validate/derive";
import { RowReader } from "../../../src/core/validate/reader";
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

describe("readCommon and lengthFits on one row", () => {
  const read = (change: RowObject) => {
    const snap = table("leave", [{ ...VALID.leave, ...change }]);
    const issues: Issue[] = [];
    const r = new RowReader("leave", matchHeaders("leave", snap.headers), DEFAULT_SETTINGS, issues);
    r.start(0, snap.rows[0]);
    return { r, issues, c: readCommon(r) };
  };

  test.each<[string, RowObject, Partial<Record<"start" | "end" | "date", string>>, string[]]>([
    [
      "times as written",
      {},
      { start: "2026-01-05 09:00:00", end: "2026-01-05 18:00:00", date: "20260105" },
      [],
    ],
    [
      "two bare dates are whole days",
      { start_time: "2026-01-05", end_time: "2026-01-06" },
      { start: "2026-01-05 00:00:00", end: "2026-01-06 23:59:59", date: "20260105" },
      [],
    ],
    [
      "end before start drops both",
      { end_time: "2026-01-05 08:00" },
      {},
      ["end_time:end_before_start:error"],
    ],
    [
      "a date outside the span is a warning",
      { date: "2026-01-09" },
      { start: "2026-01-05 09:00:00", end: "2026-01-05 18:00:00", date: "20260109" },
      ["date:date_outside_range:warning"],
    ],
  ])("%s", (_name, change, expected, codes) => {
    const { c, issues } = read(change);
    const shown = {
      ...(c.start !== undefined ? { start: formatDateTime(c.start) } : {}),
      ...(c.end !== undefined ? { end: formatDateTime(c.end) } : {}),
      ...(c.date !== undefined ? { date: c.date } : {}),
    };
    expect(shown).toEqual(expected);
    expect(c.userId).toBe("u1");
    expect(issues.map((i) => `${i.column}:${i.code}:${i.severity}`)).toEqual(codes);
  });

  test.each([
    [9 * 3600, true],
    [8 * 3600, true],
    [9 * 3600 + 1, false],
  ])("a length of %i s in a 9-hour span fits: %s", (secs, fits) => {
    const { r, issues, c } = read({});
    expect(lengthFits(r, "duration", secondsLength(secs), c)).toBe(fits);
    expect(issues.map((i) => [i.column, i.code])).toEqual(fits ? [] : [["duration", "length_exceeds_span"]]);
  });

  test("a length in days must also fit the days the span covers", () => {
    const { r, c } = read({});
    expect(lengthFits(r, "duration", { ...secondsLength(3600), days: 1 }, c)).toBe(true);
    expect(lengthFits(r, "duration", { ...secondsLength(3600), days: 2 }, c)).toBe(false);
  });
});
