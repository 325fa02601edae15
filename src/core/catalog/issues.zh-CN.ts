/**
 * 每个检查问题的中文说明：哪里有问题、该怎么做。占位符同 issues.en-US.ts；名称一律用「」引用。
 */
import type { IssueKey } from "./issues.en-US";

export const ISSUES_ZH: Record<IssueKey, string> = {
  missing_column: "表中缺少「{col}」列。请点击「创建或修复模板」补回该列，或把表头改回「{col}」。",
  unknown_header: "不认识的表头「{value}」，该列将被忽略。若它应是模板中的列，请改成模板中的名称。",
  duplicate_header: "「{col}」列出现了不止一次，只使用第一列。请删除或重命名多余的列。",
  table_failed: "检查这张表时出现意外错误（{value}）。请把这条说明发给 IT。",
  required: "「{col}」是必填项，请填写。",
  bad_datetime: "「{col}」中的「{value}」不是有效的日期时间。请写成 2026-01-04 09:00 这样的格式。",
  bad_date: "「{col}」中的「{value}」不是有效的日期。请写成 2026-01-04 或 20260104。",
  time_only: "「{col}」只有时间「{value}」，缺少日期。请写完整，例如 2026-01-04 09:00。",
  timezone_offset:
    "「{col}」中的「{value}」带有时区。请去掉时区，只写当地时间（飞书按考勤组的时区理解时间）。",
  date_out_of_range:
    "「{col}」中的「{value}」看起来不是正确的日期（年份须在 2000–2099 之间）。请检查，或把单元格设为日期格式后重新输入。",
  bad_number: "「{col}」中的「{value}」不是数字。请填写数字，例如 1.5。",
  not_positive: "「{col}」须大于 0（现为 {value}）。请填写正数。",
  too_large: "「{col}」的 {value} 太大，不可能是正确的时长。请检查数字和单位。",
  not_integer: "「{col}」须为整数（现为 {value}）。请去掉小数部分。",
  number_is_date:
    "「{col}」的单元格是日期格式，数字 {value} 可能被当成了日期。请把格式改为「常规」或「数值」后重新输入。",
  unexpected_boolean: "「{col}」中是 TRUE/FALSE，不是有效内容。请改为正确的值。",
  long_number_rounded:
    "「{col}」的数字太长，Excel 已将其四舍五入（{value}）。请把该列设为「文本」格式后重新输入完整的 ID。",
  bad_enum: "「{col}」中的「{value}」不是可选的值。请从下拉列表中选择：{options}。",
  deprecated_enum: "「{col}」中的「{value}」飞书已不再支持。请改选其他值。",
  unknown_type: "「{col}」中的「{value}」不在类型列表中。请从下拉列表中选择，或请管理员把它加入类型列表。",
  type_required:
    "缺少「{col}」。请从下拉列表选择类型，或在高级列中填写类型 ID{out, select, yes {（外出必填）} other {}}和至少一个名称。",
  too_long: "「{col}」有 {value} 个字符，超过上限 {max}。请缩短。",
  may_be_too_long:
    "「{col}」有 {value} 个字符；飞书文档要求不超过 {max} 个（但文档示例更长，飞书可能仍会接受）。如被飞书拒绝，请换用更短的 ID。",
  end_before_start: "结束时间（{value}）须晚于开始时间（{other}）。请检查这两个时间。",
  pass_before_apply:
    "「通过时间」（{value}）早于「申请时间」（{other}）。审批须先申请后通过，请检查这两个时间。",
  trip_not_whole_days:
    "飞书只支持整天出差，不足一天按一天计（{value}）。如要避免误解，请把开始写成 00:00、结束写成 23:59:59，或只写日期。",
  duration_missing: "请填写「时长」（按「单位」计，例如 1.5），或在高级列中填写「时长（秒）」。",
  interval_mismatch:
    "「时长（秒）」为 {value}，而「时长」×「单位」算出 {other} 秒；将使用「时长（秒）」。请确认哪一个正确。",
  date_outside_range: "日期 {value} 不在开始到结束之间（{other}）。请确认是否填错。",
  region_level_without_id: "填了「{col}」，却没有对应的地区 ID。请填写地区 ID，或清空级别。",
  region_id_without_level:
    "「{col}」没有地区级别，飞书可能无法识别该地区。请选择地区级别（或写成 l3:地区ID）。",
  region_id_format:
    "「{col}」中的「{value}」不像飞书地区 ID（应为一串数字）。请在飞书人事地理库中查找正确的 ID。",
  bad_region_item: "「{col}」中的「{value}」无法识别。每一项写成地区 ID 或 l3:地区ID，用逗号分隔。",
  employee_format:
    "「{col}」中的「{value}」不像 open_id（通常以 ou_ 开头）。请检查「设置」中的「员工 ID 类型」是否选对。",
  duplicate_record: "本行与第 {row} 行内容完全相同，会重复写入。请删除其中一行。",
  duplicate_content: "本行与第 {row} 行内容相同，只是「外部单号」不同。若不是有意为之，请删除其中一行。",
  duplicate_external_id:
    "外部单号「{value}」在第 {row} 行也出现了。每条记录的外部单号须唯一：请改正其中一行。",
  overlap: "本行与第 {row} 行时间重叠（同一员工）。请检查两行的开始和结束时间。",
  overlap_other_sheet:
    "本行与「{sheet}」表第 {row} 行时间重叠（同一员工）。飞书可能仍会写入，但这通常是填错了，请检查。",
  overlap_trip_day: "出差按整天计算，本行与「{sheet}」表第 {row} 行落在同一天（同一员工）。请确认没有填错。",
  edited_after_submission:
    "本行在写入飞书后被修改过（审批 ID {value}），不会再次提交。飞书不能修改已写入的记录：如需更正，请先在飞书撤销原记录，再清空「审批ID」后重新提交。",
  unexpected_error: "检查本行时出现意外错误（{value}）。请把这条说明发给 IT。",
};
