/**
 * Every issue code with its clerk-facing message in zh and en: what is wrong AND what to do.
 * One table, so the vocabulary stays small and every text exists in both languages.
 * Over 150 lines because the table is the point.
 */
import type { Text } from "../i18n";
import type { RecordKind } from "../kinds";
import type { Issue, Severity } from "../model";
import { PEOPLE_MESSAGES } from "../people/messages";

/** What a message may mention. `col` is the column header in both languages. */
export interface MessageParams {
  col?: Text;
  value?: string;
  other?: string;
  /** A sheet row number another row conflicts with. */
  row?: number;
  /** The other row's kind (sheet) label, for conflicts across tables. */
  sheet?: Text;
  options?: Text;
  max?: number;
  /** A length as the clerk gave it, and the time from start to end it must fit in. */
  amount?: Text;
  span?: Text;
}

type Msg = (p: MessageParams) => [string, string];
const zc = (p: MessageParams) => `「${p.col?.zh ?? ""}」`;
const ec = (p: MessageParams) => `"${p.col?.en ?? ""}"`;
const v = (p: MessageParams) => p.value ?? "";

const MESSAGES = {
  // table level (row -1)
  missing_column: (p) => [
    `表中缺少${zc(p)}列。请点“创建/修复模板”补回该列，或把表头改回${zc(p)}。`,
    `The table has no ${ec(p)} column. Use "Create/repair template" to add it, or rename the header back to ${ec(p)}.`,
  ],
  unknown_header: (p) => [
    `不认识的表头「${v(p)}」，该列将被忽略。若它应是模板中的列，请改成模板中的名称。`,
    `Unknown header "${v(p)}": this column is ignored. If it is meant to be a template column, rename it to the template's name.`,
  ],
  duplicate_header: (p) => [
    `${zc(p)}列出现了不止一次，只使用第一列。请删除或重命名多余的列。`,
    `The ${ec(p)} column appears more than once; only the first is used. Delete or rename the extra column.`,
  ],
  table_failed: (p) => [
    `检查这张表时出现意外错误（${v(p)}）。请把这条消息发给 IT。`,
    `An unexpected error occurred while checking this table (${v(p)}). Please send this message to IT.`,
  ],
  // one cell
  required: (p) => [`${zc(p)}是必填项，请填写。`, `${ec(p)} is required: please fill it in.`],
  bad_datetime: (p) => [
    `${zc(p)}中的「${v(p)}」不是有效的日期时间。请写成 2026-01-04 09:00 这样的格式。`,
    `"${v(p)}" in ${ec(p)} is not a valid date and time. Write it like 2026-01-04 09:00.`,
  ],
  bad_date: (p) => [
    `${zc(p)}中的「${v(p)}」不是有效的日期。请写成 2026-01-04 或 20260104。`,
    `"${v(p)}" in ${ec(p)} is not a valid date. Write it like 2026-01-04 or 20260104.`,
  ],
  time_only: (p) => [
    `${zc(p)}只有时间「${v(p)}」，缺少日期。请写完整，例如 2026-01-04 09:00。`,
    `${ec(p)} holds only a time ("${v(p)}") and no date. Write both, e.g. 2026-01-04 09:00.`,
  ],
  timezone_offset: (p) => [
    `${zc(p)}的「${v(p)}」带有时区。请去掉时区，只写当地时间（飞书按考勤组的时区理解时间）。`,
    `"${v(p)}" in ${ec(p)} carries a time zone. Remove it and write the local time only (Feishu applies the attendance group's zone).`,
  ],
  date_out_of_range: (p) => [
    `${zc(p)}的「${v(p)}」看起来不是正确的日期（年份须在 2000–2099 之间）。请检查，或把单元格设为日期格式后重新输入。`,
    `"${v(p)}" in ${ec(p)} does not look like a real date (the year must be 2000-2099). Check it, or format the cell as a date and type it again.`,
  ],
  bad_number: (p) => [
    `${zc(p)}中的「${v(p)}」不是数字。请填写数字，例如 1.5。`,
    `"${v(p)}" in ${ec(p)} is not a number. Enter a number, e.g. 1.5.`,
  ],
  not_positive: (p) => [
    `${zc(p)}须大于 0（现为 ${v(p)}）。请填写正数。`,
    `${ec(p)} must be more than 0 (it is ${v(p)}). Enter a positive number.`,
  ],
  too_large: (p) => [
    `${zc(p)}的 ${v(p)} 太大，不可能是正确的时长。请检查数字和单位。`,
    `${ec(p)} is ${v(p)}, far too large for a real length. Check the number and the unit.`,
  ],
  not_integer: (p) => [
    `${zc(p)}须为整数（现为 ${v(p)}）。请去掉小数部分。`,
    `${ec(p)} must be a whole number (it is ${v(p)}). Remove the decimals.`,
  ],
  number_is_date: (p) => [
    `${zc(p)}的单元格是日期格式，数字 ${v(p)} 可能被当成了日期。请把格式改为“常规”或“数字”后重新输入。`,
    `The ${ec(p)} cell is formatted as a date, so ${v(p)} may have been taken for one. Set the format to General or Number and type it again.`,
  ],
  excel_error: (p) => [
    `${zc(p)}的单元格里是 Excel 错误值 ${v(p)}（通常是公式出错或引用的单元格已删除）。请改正公式，或直接填写正确的值。`,
    `The ${ec(p)} cell holds an Excel error ${v(p)} (usually a formula that failed or refers to deleted cells). Fix the formula, or type the right value.`,
  ],
  unexpected_boolean: (p) => [
    `${zc(p)}中是 TRUE/FALSE，不是有效内容。请改为正确的值。`,
    `${ec(p)} holds TRUE/FALSE, which is not a valid value here. Enter the right value.`,
  ],
  long_number_rounded: (p) => [
    `${zc(p)}的数字太长，Excel 已将其四舍五入（${v(p)}）。请把该列设为“文本”格式后重新输入完整的 ID。`,
    `The number in ${ec(p)} is too long and Excel has rounded it (${v(p)}). Format the column as Text and type the full ID again.`,
  ],
  bad_enum: (p) => [
    `${zc(p)}中的「${v(p)}」不是可选的值。请从下拉列表中选择：${p.options?.zh ?? ""}。`,
    `"${v(p)}" is not a valid choice for ${ec(p)}. Pick one from the list: ${p.options?.en ?? ""}.`,
  ],
  deprecated_enum: (p) => [
    `${zc(p)}的「${v(p)}」已被飞书弃用，提交会被拒绝。请改选：${p.options?.zh ?? ""}。`,
    `"${v(p)}" in ${ec(p)} is deprecated by Feishu and would be refused. Choose one of: ${p.options?.en ?? ""}.`,
  ],
  unknown_type: (p) => [
    `${zc(p)}中的「${v(p)}」不在类型目录中。请从下拉列表中选择，或请管理员把它加入类型目录。`,
    `"${v(p)}" in ${ec(p)} is not in the types catalog. Pick a type from the list, or ask your admin to add it to the catalog.`,
  ],
  type_required: (p) => [
    `缺少${zc(p)}：请从下拉列表选择类型，或在高级列中填写类型ID${p.value === "out" ? "（外出必填）" : ""}和至少一个名称。`,
    `${ec(p)} is missing: pick a type from the list, or fill in the advanced columns: a type ID${p.value === "out" ? " (required for out)" : ""} and at least one name.`,
  ],
  too_long: (p) => [
    `${zc(p)}有 ${v(p)} 个字符，超过上限 ${p.max ?? ""}。请缩短。`,
    `${ec(p)} has ${v(p)} characters, more than the limit of ${p.max ?? ""}. Shorten it.`,
  ],
  may_be_too_long: (p) => [
    `${zc(p)}有 ${v(p)} 个字符；飞书文档要求不超过 ${p.max ?? ""} 个（但文档示例更长，飞书可能仍会接受）。如被飞书拒绝，请换用更短的ID。`,
    `${ec(p)} has ${v(p)} characters; Feishu documents at most ${p.max ?? ""} (its own examples are longer, so it may still be accepted). If Feishu rejects it, use a shorter ID.`,
  ],
  end_before_start: (p) => [
    `结束时间（${v(p)}）须晚于开始时间（${p.other ?? ""}）。请检查这两个时间。`,
    `The end (${v(p)}) must be after the start (${p.other ?? ""}). Check both times.`,
  ],
  pass_before_apply: (p) => [
    `通过时间（${v(p)}）早于申请时间（${p.other ?? ""}）。审批须先申请后通过，请检查这两个时间。`,
    `Approved at (${v(p)}) is before Applied at (${p.other ?? ""}). An approval is applied for first, then passed: check both times.`,
  ],
  length_exceeds_span: (p) => [
    `${zc(p)}为 ${p.amount?.zh ?? ""}，比开始到结束的 ${p.span?.zh ?? ""}（${p.other ?? ""}）还长，飞书会记错时长。请检查${zc(p)}、「单位」和开始、结束时间。`,
    `${ec(p)} is ${p.amount?.en ?? ""}, longer than the ${p.span?.en ?? ""} from start to end (${p.other ?? ""}), so Feishu would record the wrong length. Check ${ec(p)}, "Unit" and both times.`,
  ],
  duration_missing: () => [
    `请填写「时长」（按「单位」计，例如 1.5），或在高级列中填写「时长（秒）」。`,
    `Fill in "Duration" (in the row's unit, e.g. 1.5), or "Length (seconds)" in the advanced columns.`,
  ],
  interval_mismatch: (p) => [
    `「时长（秒）」为 ${v(p)}，而「时长」×「单位」算出 ${p.other ?? ""} 秒；飞书会记为「时长（秒）」的 ${v(p)} 秒。如果「时长」才对，请清空「时长（秒）」。`,
    `"Length (seconds)" is ${v(p)} but duration x unit gives ${p.other ?? ""} seconds; Feishu records the ${v(p)} seconds. If "Duration" is right, clear "Length (seconds)".`,
  ],
  date_outside_range: (p) => [
    `「日期」${v(p)} 不在开始到结束之间（${p.other ?? ""}），记录会记在这一天的考勤上。如果填错了，请改正或清空「日期」（清空时用开始日期）。`,
    `The date ${v(p)} is not between the start and end (${p.other ?? ""}), and the record is filed under that day's attendance. If it is a mistake, correct it or clear "Date" (the start's date is used).`,
  ],
  region_level_without_id: (p) => [
    `填了${zc(p)}，却没有对应的地区ID。请填写地区ID，或清空级别。`,
    `${ec(p)} is filled in but there is no region ID. Enter the region ID, or clear the level.`,
  ],
  region_id_without_level: (p) => [
    `${zc(p)}没有地区级别，飞书可能无法识别该地区。请选择地区级别（或写成 l3:地区ID）。`,
    `${ec(p)} has no region level, so Feishu may not recognise the place. Choose a level (or write l3:ID).`,
  ],
  region_id_format: (p) => [
    `${zc(p)}中的「${v(p)}」不像飞书地区ID（应为一串数字），飞书可能拒绝或记错地点。请在飞书人事地理库中查找正确的ID。`,
    `"${v(p)}" in ${ec(p)} does not look like a Feishu region ID (a string of digits), so Feishu may refuse it or record the wrong place. Look the ID up in Feishu People's region library.`,
  ],
  bad_region_item: (p) => [
    `${zc(p)}中的「${v(p)}」无法识别。每一项写成地区ID，或 l3:地区ID，用逗号分隔。`,
    `"${v(p)}" in ${ec(p)} cannot be read. Write each item as a region ID or l3:ID, separated by commas.`,
  ],
  ...PEOPLE_MESSAGES,
  // across rows
  duplicate_record: (p) => [
    `本行与第 ${p.row ?? ""} 行内容完全相同，会重复写入。请删除其中一行。`,
    `This row is identical to row ${p.row ?? ""} and would be written twice. Delete one of them.`,
  ],
  duplicate_content: (p) => [
    `本行与第 ${p.row ?? ""} 行内容相同，只是外部单号不同，飞书会写入两条记录。若不是有意为之，请删除其中一行。`,
    `This row has the same content as row ${p.row ?? ""}, only the External ID differs, so Feishu would hold two records. If that is not intended, delete one of them.`,
  ],
  duplicate_external_id: (p) => [
    `外部单号「${v(p)}」在第 ${p.row ?? ""} 行也出现了。每条记录的外部单号须唯一：请改正其中一行。`,
    `External ID "${v(p)}" also appears in row ${p.row ?? ""}. Each record needs its own External ID: correct one of the rows.`,
  ],
  overlap: (p) => [
    `与第 ${p.row ?? ""} 行时间重叠（同一员工）。请检查两行的开始和结束时间。`,
    `Overlaps row ${p.row ?? ""} for the same employee. Check the start and end of both rows.`,
  ],
  overlap_other_sheet: (p) => [
    `与「${p.sheet?.zh ?? ""}」表第 ${p.row ?? ""} 行时间重叠（同一员工）。飞书可能两条都写入，同一段时间会被算两次。如果填错了，请改正其中一行的时间。`,
    `Overlaps row ${p.row ?? ""} of the ${p.sheet?.en ?? ""} sheet for the same employee. Feishu may write both, counting the same hours twice. If one is a mistake, correct its times.`,
  ],
  overlap_trip_day: (p) => [
    `出差按整天计算，与「${p.sheet?.zh ?? ""}」表第 ${p.row ?? ""} 行落在同一天（同一员工），飞书会把两条记录都算在这一天。请确认没有填错。`,
    `Trips count as whole days, so this falls on the same day as row ${p.row ?? ""} of the ${p.sheet?.en ?? ""} sheet (same employee), and Feishu counts both on that day. Check it is right.`,
  ],
  edited_after_submission: (p) => [
    `本行在写入飞书后被修改过（审批ID ${v(p)}），不会再次提交。飞书不能修改已写入的记录：如需更正，请先在飞书撤销原记录，再清空「审批ID」后重新提交。`,
    `This row was changed after it was written to Feishu (approval ID ${v(p)}), so it is not sent again. Feishu cannot change a written record: revoke the old one in Feishu, clear "Approval ID", then submit again.`,
  ],
  unexpected_error: (p) => [
    `检查本行时出现意外错误（${v(p)}）。请把这条消息发给 IT。`,
    `An unexpected error occurred while checking this row (${v(p)}). Please send this message to IT.`,
  ],
} satisfies Record<string, Msg>;

export type IssueCode = keyof typeof MESSAGES;
export const ISSUE_CODES = Object.keys(MESSAGES) as IssueCode[];

export function messageFor(code: IssueCode, p: MessageParams): Text {
  const [zh, en] = (MESSAGES[code] as Msg)(p);
  return { zh, en };
}

export function makeIssue(
  kind: RecordKind,
  row: number,
  column: string | null,
  code: IssueCode,
  severity: Severity,
  p: MessageParams = {},
): Issue {
  const m = messageFor(code, p);
  return { kind, row, column, code, severity, message_zh: m.zh, message_en: m.en };
}
