/**
 * 工作表和单元格中的名称（中文）：记录类型（工作表名）、行状态（「状态」列，两种语言都能读回）、
 * 问题说明中的员工 ID 类型，以及名称列表的连接方式。键与 names.en-US.ts 完全相同。
 */
import type { NameKey } from "./names.en-US";

export const NAMES_ZH: Record<NameKey, string> = {
  kindLeave: "请假",
  kindOut: "外出",
  kindOvertime: "加班",
  kindTrip: "出差",

  stateReady: "待提交",
  stateInvalid: "有问题",
  stateSubmitting: "提交中",
  stateSubmitted: "已写入",
  stateFailed: "失败",
  stateUnknown: "待确认",
  stateEdited: "提交后已修改",
  stateRevoked: "已撤销",
  stateReplacing: "替换中",

  idEmployeeId: "employee_id",
  idEmployeeNo: "工号",
  idOpenId: "open_id",

  listJoin: "{first}、{second}",
  notInListTitle: "飞书考勤",
  notInList: "不在列表中。仍要使用吗？",
  recordsSheet: "飞书记录",
  recordsColEmployee: "员工ID",
  recordsColKind: "类别",
  recordsColType: "类型",
  recordsColStart: "开始时间",
  recordsColEnd: "结束时间",
  recordsColApproval: "审批ID",
  recordsColStatus: "飞书状态",
  recordsColReason: "事由",
  recordsColOwn: "本工作簿写入",
  recordsNote: "只读：由加载项从飞书读取后整表重写，在此处的修改会丢失。",
  recordStatusPending: "审批中",
  recordStatusRejected: "已拒绝",
  recordStatusPassed: "已通过",
  recordStatusRevoked: "已撤销",
  yes: "是",
  no: "否",
};
