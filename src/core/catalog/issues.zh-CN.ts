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
  excel_error:
    "「{col}」的单元格里是 Excel 错误值 {value}（通常是公式出错或引用的单元格已删除）。请改正公式，或直接填写正确的值。",
  unexpected_boolean: "「{col}」中是 TRUE/FALSE，不是有效内容。请改为正确的值。",
  long_number_rounded:
    "「{col}」的数字太长，Excel 已将其四舍五入（{value}）。请把该列设为「文本」格式后重新输入完整的 ID。",
  bad_enum: "「{col}」中的「{value}」不是可选的值。请从下拉列表中选择：{options}。",
  deprecated_enum: "「{col}」中的「{value}」飞书已不再支持，提交会被拒绝。请改选：{options}。",
  unknown_type: "「{col}」中的「{value}」不在类型列表中。请从下拉列表中选择，或请管理员把它加入类型列表。",
  type_required:
    "缺少「{col}」。请从下拉列表选择类型，或在高级列中填写类型 ID{out, select, yes {（外出必填）} other {}}和至少一个名称。",
  too_long: "「{col}」有 {value} 个字符，超过上限 {max}。请缩短。",
  may_be_too_long:
    "「{col}」有 {value} 个字符；飞书文档要求不超过 {max} 个（但文档示例更长，飞书可能仍会接受）。如被飞书拒绝，请换用更短的 ID。",
  end_before_start: "结束时间（{value}）须晚于开始时间（{other}）。请检查这两个时间。",
  pass_before_apply:
    "「通过时间」（{value}）早于「申请时间」（{other}）。审批须先申请后通过，请检查这两个时间。",
  length_exceeds_span:
    "「{col}」为 {amount}，比开始到结束的 {span}（{other}）还长，飞书会记错时长。请检查「{col}」、「单位」和开始、结束时间。",
  duration_missing: "请填写「时长」（按「单位」计，例如 1.5），或在高级列中填写「时长（秒）」。",
  interval_mismatch:
    "「时长（秒）」为 {value}，而「时长」×「单位」算出 {other} 秒；飞书会记为「时长（秒）」的 {value} 秒。如果「时长」才对，请清空「时长（秒）」。",
  date_outside_range:
    "「日期」{value} 不在开始到结束之间（{other}），记录会记在这一天的考勤上。如果填错了，请改正或清空「日期」（清空时用开始日期）。",
  region_level_without_id: "填了「{col}」，却没有对应的地区 ID。请填写地区 ID，或清空级别。",
  region_id_without_level:
    "「{col}」没有地区级别，飞书可能无法识别该地区。请选择地区级别（或写成 l3:地区ID）。",
  region_id_format:
    "「{col}」中的「{value}」不像飞书地区 ID（应为一串数字），飞书可能拒绝或记错地点。请在飞书人事地理库中查找正确的 ID。",
  bad_region_item: "「{col}」中的「{value}」无法识别。每一项写成地区 ID 或 l3:地区ID，用逗号分隔。",
  employee_wrong_type:
    "「{col}」中的「{value}」不是「设置」中选定的「员工 ID 类型」（{options}）。请改写成该类型的 ID、工作邮箱或手机号，或在「设置」中改选类型。",
  employee_bad_contact:
    "「{col}」中的「{value}」看起来像邮箱或手机号，但不完整。邮箱写成 name@company.com，手机号写成 13800000000 或带国家码 +852 9123 4567。",
  employee_lookup_unsupported:
    "「员工 ID 类型」为工号时，无法用邮箱或手机号「{value}」查找员工。请填写工号，或在「设置」中把类型改为 employee_id。",
  employee_not_looked_up:
    "{ready, select, yes {「{col}」中的「{value}」还没有在飞书中查找：检查或提交时会自动查找。} other {「{col}」中的「{value}」还没有在飞书中查找。请在「设置」中连接代理，然后检查或提交，会自动查找。}}",
  employee_not_found:
    "飞书中找不到邮箱或手机号为「{value}」的在职员工。请对照飞书通讯录改正；若无误，请 IT 把此人加入应用的可用范围。",
  employee_ambiguous: "「{value}」在飞书中对应不止一位员工。请改填此人的员工 ID。",
  employee_refused_unknown:
    "飞书不认识此人（写入或查询时被拒）：员工「{person}」不存在或不在应用的可用范围内，本行不会发送。请核对员工；若无误，请 IT 把此人加入应用的可用范围。",
  employee_refused_out_of_scope:
    "飞书拒绝了此人（写入或查询时）：员工「{person}」不在应用的考勤数据权限范围内，本行不会发送。请 IT 在考勤管理后台把此人加入数据权限范围。",
  duplicate_record: "本行与第 {row} 行内容完全相同，会重复写入。请删除其中一行。",
  duplicate_content:
    "本行与第 {row} 行内容相同，只是「外部单号」不同，飞书会写入两条记录。若不是有意为之，请删除其中一行。",
  duplicate_external_id:
    "外部单号「{value}」在第 {row} 行也出现了。每条记录的外部单号须唯一：请改正其中一行。",
  overlap: "本行与第 {row} 行时间重叠（同一员工）。请检查两行的开始和结束时间。",
  overlap_other_sheet:
    "本行与「{sheet}」表第 {row} 行时间重叠（同一员工）。飞书可能两条都写入，同一段时间会被算两次。如果填错了，请改正其中一行的时间。",
  overlap_trip_day:
    "出差按整天计算，本行与「{sheet}」表第 {row} 行落在同一天（同一员工），飞书会把两条记录都算在这一天。请确认没有填错。",
  edited_after_submission:
    "本行在写入飞书后被修改过（审批 ID {value}），不会再次提交。飞书不能修改已写入的记录：点击「在飞书中替换」即可撤销原记录并改为提交本行。",
  feishu_overlap:
    "飞书已有 {person} 在 {span} 的{what}（审批 {value}），不是本工作簿写入的。这一行与它重叠，不会提交：请核对时间，或先在飞书撤销那条记录。",
  feishu_overlap_other_kind:
    "飞书已有 {person} 在 {span} 的{what}（审批 {value}），与这一行时间重叠。请确认两者都应计入。",
  feishu_written_before:
    "飞书已有 {person} 在 {span} 的相同{what}（审批 {value}），多半是之前写入的，事由可能不同。这一行不会提交：请采用这个审批 ID，或删除这一行。",
  verify_ok: "已核对：飞书中有 {span} 的{what}（审批 {value}），与这一行一致。",
  verify_not_found: "飞书中没有审批 ID 为 {value} 的记录，可能已被撤销或 ID 有误。再次提交前请先与 IT 核实。",
  verify_revoked: "飞书中已撤销：审批 {value}（{span} 的{what}）已不再生效。",
  verify_differs:
    "飞书中的记录（审批 {value}，{span} 的{what}）与这一行的「{col}」不同。请在飞书中替换，或改正这一行。",
  verify_not_checkable:
    "审批 {value} 暂时无法核对：日期在明天之后，且写入已超过 93 天，飞书查询不到。请临近日期时再核对。",
  unexpected_error: "检查本行时出现意外错误（{value}）。请把这条说明发给 IT。",
};
