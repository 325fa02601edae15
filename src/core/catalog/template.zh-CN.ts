/**
 * 工作簿模板的中文批注：选中表头单元格时 Excel 显示的说明，每列一条。表头本身留在模板中，读回工作表时用来
 * 匹配列。键与 template.en-US.ts 完全相同。
 */
import type { TemplateKey } from "./template.en-US";

export const TEMPLATE_ZH: Record<TemplateKey, string> = {
  employee:
    "员工的飞书 ID（类型由「设置」中的「员工 ID 类型」决定：employee_id、工号或 open_id），或工作邮箱、手机号（自动在飞书中查找）。",
  externalId: "贵司审批系统中的单号（可选）。填写后用来防止重复提交。",
  date: "审批作用日期。留空时取开始时间的日期。",
  start: "开始时间，例如 2026-01-04 09:00。",
  end: "结束时间，须晚于开始时间。",
  unit: "时长单位：天、小时、半天、半小时。",
  reason: "申请事由。",
  leaveOutType: "从列表中选择类型；类型ID与名称由类型目录提供。",
  leaveOutDuration: "以「单位」计的时长，例如 1.5（小时）。用于计算以秒计的时长。",
  interval: "审批时长（秒）。留空时按「时长」和「单位」计算。",
  uniqId: "覆盖类型目录中的类型ID（飞书文档要求少于 14 个字符）。",
  nameCh: "覆盖类型的中文名称。",
  nameEn: "覆盖类型的英文名称。",
  nameJa: "覆盖类型的日文名称。",
  defaultLocale: "客户端语言无对应名称时显示的语言。",
  overtimeDuration: "以「单位」计的加班时长。留空时按开始、结束时间计算。",
  overtimeCategory: "工作日、休息日或节假日。",
  overtimeType: "仅记录、调休或加班费。",
  overtimeReason: "加班事由（可选）。",
  tripStart: "出差开始。飞书只支持整天出差，不足一天按一天计。",
  approveApplyTime: "审批发起时间。",
  approvePassTime: "审批通过时间，不早于申请时间。",
  tripType: "单程或往返（可选）。",
  transportation: "可填多个，用顿号或逗号分隔，例如：飞机、高铁/动车。",
  departureLevel: "出发地的地区级别。",
  departureId: "出发地的地区ID（飞书人事企业版的地理库）。",
  destinationLevel: "目的地的地区级别。",
  destinationIds: "一个或多个目的地地区ID，用逗号分隔；可写成 l3:ID 指定级别。",
  remarks: "出差备注（可选）。",
  status: "由加载项填写。",
  approvalId: "飞书返回的 approval_id。",
  message: "问题或结果说明。",
  submittedAt: "写入飞书的时间。",
  key: "由加载项填写，保证同一条记录不会重复写入飞书。请勿修改。",
  fingerprint: "提交时的内容指纹，用于发现提交后的修改。",
  issueMarks: "加载项用来标出有问题的单元格。",
};
