/** An issue as the clerk reads it: led by its column's header unless the message already names it. */
import type { Locale } from "../../../src/core/i18n";
import { DEFAULT_SETTINGS } from "../../../src/core/model";
import { checkWorkbook } from "../../unit/support/check";
import { issueText } from "../../../src/core/validate/issue-text";
import { makeIssue } from "../../../src/core/validate/messages";
import { table, VALID, type RowObject } from "../../unit/support/tables";

const issueOf = (kind: "leave" | "trip", change: RowObject) =>
  checkWorkbook([table(kind, [{ ...VALID[kind], ...change }])], DEFAULT_SETTINGS).issues[0];

const endBeforeStart = { start_time: "2026-01-06 18:00", end_time: "2026-01-06 09:00" };

test.each<[string, () => ReturnType<typeof issueOf>, Locale, string]>([
  [
    "end before start (zh)",
    () => issueOf("leave", endBeforeStart),
    "zh-CN",
    "结束时间（2026-01-06 09:00:00）须晚于开始时间（2026-01-06 18:00:00）。请检查这两个时间。",
  ],
  [
    "end before start (en)",
    () => issueOf("leave", endBeforeStart),
    "en-US",
    "The end (2026-01-06 09:00:00) must be after the start (2026-01-06 18:00:00). Check both times.",
  ],
  ["required (zh)", () => issueOf("leave", { reason: "" }), "zh-CN", "「事由」是必填项，请填写。"],
  [
    "required (en)",
    () => issueOf("leave", { reason: "" }),
    "en-US",
    '"Reason" is required: please fill it in.',
  ],
  [
    "message without the column (zh)",
    () => makeIssue("leave", 1, "start_time", "unexpected_error", "error", { value: "x" }),
    "zh-CN",
    "开始时间：检查本行时出现意外错误（x）。请把这条说明发给 IT。",
  ],
  [
    "message without the column (en)",
    () => makeIssue("leave", 1, "start_time", "unexpected_error", "error", { value: "x" }),
    "en-US",
    "Start: An unexpected error occurred while checking this row (x). Please send this message to IT.",
  ],
  [
    "a header word used otherwise does not count (en)",
    () => makeIssue("leave", 0, "end_time", "unexpected_error", "error", { value: "the end" }),
    "en-US",
    "End: An unexpected error occurred while checking this row (the end). Please send this message to IT.",
  ],
  [
    "no column",
    () => makeIssue("leave", 0, null, "duplicate_record", "error", { row: 5 }),
    "en-US",
    "This row is identical to row 5 and would be written twice. Delete one of them.",
  ],
  [
    "an overlap names the other row, never the Start column",
    () => makeIssue("leave", 0, "start_time", "overlap", "warning", { row: 5 }),
    "en-US",
    "This row overlaps row 5 for the same employee. Check the start and end of both rows.",
  ],
])("%s", (_, issue, locale, expected) => {
  expect(issueText(issue(), locale)).toBe(expected);
});
