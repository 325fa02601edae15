import { RECORD_KINDS } from "../../../src/core/kinds";
import { columnsOf, INPUT_COLUMNS } from "../../../src/core/template/columns";
import { headerIssues, headerLocale, matchHeaders } from "../../../src/core/template/headers";

describe("matchHeaders", () => {
  test.each([
    ["zh header", "开始时间", "start_time"],
    ["en header", "Start", "start_time"],
    ["bare key", "start_time", "start_time"],
    ["case and spaces", "  START ", "start_time"],
    ["key with spaces for underscores", "Start Time", "start_time"],
    ["full-width", "Ｅｍｐｌｏｙｅｅ　ＩＤ", "employee"],
    ["required marker", "员工ID*", "employee"],
    ["both languages", "开始时间 / Start", "start_time"],
    ["result column", "Approval ID", "approval_id"],
  ])("%s: %p -> %p", (_name, header, key) => {
    expect(matchHeaders("leave", [header]).index.get(key)).toBe(0);
  });

  test("any order and either language give the same columns", () => {
    for (const kind of RECORD_KINDS) {
      const cols = columnsOf(kind);
      const shuffled = [...cols].reverse().map((c, i) => (i % 2 ? c.header.zh : c.header.en));
      const m = matchHeaders(kind, shuffled);
      expect(m.missing).toEqual([]);
      expect(m.unknown).toEqual([]);
      for (const c of cols)
        expect(shuffled[m.index.get(c.key) as number]).toMatch(
          new RegExp(`^(${c.header.zh}|${c.header.en.replace(/[()]/g, "\\$&")})$`),
        );
    }
  });

  test("unknown, duplicate and missing headers become table-level issues (row -1)", () => {
    const m = matchHeaders("overtime", ["Employee ID", "Start", "Start", "Notes", "", null]);
    expect(m.unknown).toEqual([{ index: 3, header: "Notes" }]);
    expect(m.duplicates).toEqual([{ index: 2, key: "start_time" }]);
    expect(m.missing).toEqual(["end_time", "unit", "category", "overtime_type"]);
    const issues = headerIssues(m);
    expect(issues.every((i) => i.row === -1 && i.kind === "overtime")).toBe(true);
    expect(issues.map((i) => [i.column, i.code, i.severity])).toEqual([
      ["end_time", "missing_column", "error"],
      ["unit", "missing_column", "error"],
      ["category", "missing_column", "error"],
      ["overtime_type", "missing_column", "error"],
      ["start_time", "duplicate_header", "warning"],
      [null, "unknown_header", "warning"],
    ]);
    expect(issues[0].message_zh).toContain("结束时间");
    expect(issues[0].message_en).toContain('"End"');
  });

  test("leave/out: type override columns stand in for the type column; duration or interval is needed", () => {
    const keys = INPUT_COLUMNS.out.map((c) => c.key).filter((k) => k !== "type" && k !== "duration");
    expect(matchHeaders("out", keys).missing).toEqual([]);
    const noLength = INPUT_COLUMNS.out.map((c) => c.key).filter((k) => k !== "duration" && k !== "interval");
    expect(matchHeaders("out", noLength).missing).toEqual(["duration"]);
    const noType = INPUT_COLUMNS.leave
      .map((c) => c.key)
      .filter((k) => !["type", "uniq_id", "name_ch", "name_en", "name_ja"].includes(k));
    expect(matchHeaders("leave", noType).missing).toEqual(["type"]);
  });
});

describe("headerLocale", () => {
  test.each([
    [["员工ID", "开始时间", "End", "状态"], "zh-CN"],
    [["Employee ID", "Start", "结束时间", "Status"], "en-US"],
    [["employee", "start_time"], "en-US"],
  ] as const)("%j → %s", (headers, locale) => {
    expect(headerLocale("leave", headers)).toBe(locale);
  });
});
