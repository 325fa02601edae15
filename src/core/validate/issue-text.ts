/**
 * An issue as the clerk reads it in the pane's list and the sheet's Message column: the
 * message, led by its column's header unless the message already names that column
 * ("结束时间（…）须晚于…", not "结束时间：结束时间（…）须晚于…").
 */
import { type Locale, pick } from "../i18n";
import type { Issue } from "../model";
import { columnsOf } from "../template/columns";

/** Messages about the whole row (they name another row, not a cell): never led by a column. */
const ABOUT_THE_ROW: ReadonlySet<string> = new Set([
  "duplicate_record",
  "duplicate_content",
  "duplicate_external_id",
  "overlap",
  "overlap_other_sheet",
  "overlap_trip_day",
  "edited_after_submission",
]);

/**
 * Messages come in zh/en pairs saying the same thing, so both languages follow the zh text:
 * a Chinese header inside a Chinese message is the column, while an English header may be an
 * ordinary word ("start at 00:00" is not the Start column).
 */
export function issueText(issue: Issue, locale: Locale): string {
  const message = locale === "zh-CN" ? issue.message_zh : issue.message_en;
  const col =
    issue.column === null || ABOUT_THE_ROW.has(issue.code)
      ? undefined
      : columnsOf(issue.kind).find((c) => c.key === issue.column);
  if (!col || issue.message_zh.includes(col.header.zh)) return message;
  return `${pick(col.header, locale)}${locale === "zh-CN" ? "：" : ": "}${message}`;
}

/** Several messages in one cell: each is a whole sentence, so they follow one another as sentences do. */
export function joinMessages(messages: readonly string[], locale: Locale): string {
  return messages.join(locale === "zh-CN" ? "" : " ");
}
