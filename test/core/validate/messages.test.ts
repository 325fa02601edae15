import { text } from "../../../src/core/i18n";
import { ISSUE_CODES, makeIssue, messageFor } from "../../../src/core/validate/messages";

test("an issue carries its place, code and severity, and its message in both languages with the values filled in", () => {
  const issue = makeIssue("leave", 4, null, "duplicate_record", "error", { row: 3 });
  expect(issue).toMatchObject({
    kind: "leave",
    row: 4,
    column: null,
    code: "duplicate_record",
    severity: "error",
  });
  expect(issue.message_en).toContain("row 3");
  expect(issue.message_zh).toContain("第 3 行");
});

test("a two-language value is filled in in each language", () => {
  const m = messageFor("overlap_other_sheet", { row: 7, sheet: text("外出", "Out") });
  expect(m.en).toContain("Out");
  expect(m.zh).toContain("外出");
  expect(m.en).not.toContain("外出");
});

test("every issue code has a message in both languages with no placeholder left over", () => {
  const all = {
    col: text("列", "Column"),
    value: "v",
    other: "o",
    row: 2,
    sheet: text("表", "Sheet"),
    options: text("选项", "Options"),
    max: 5,
    amount: text("1 天", "1 day"),
    span: text("8 小时", "8 hours"),
    what: text("年假", "Annual leave"),
  };
  for (const code of ISSUE_CODES) {
    const m = messageFor(code, all);
    expect([code, m.en.length > 0, m.zh.length > 0]).toEqual([code, true, true]);
    expect([code, m.en, m.zh].join(" ")).not.toMatch(/\{\w+\}/);
  }
});
