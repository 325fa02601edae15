/**
 * 一次运行的中文文字：引擎在「说明」列中写的放弃、取消、暂缓原因，将提交的时间，按填写单位显示的时长，
 * 以及「运行记录」工作表的列名和运行类型。键与 run.en-US.ts 完全相同。
 */
import type { RunKey } from "./run.en-US";

export const RUN_ZH: Record<RunKey, string> = {
  submitting: "提交中…",
  written: "已写入飞书",
  cancelled: "已取消，未发送",
  cancelledMaybe: "已取消；可能已写入，再次提交即可确认，不会重复写入",
  held: "未发送，飞书已拒绝此人的另一行：{reason}",
  noteWithOutcome: "{note} — {reason}",
  resolved: "之前的一次发送已写入飞书，已查到其审批 ID",
  notFound: "飞书表示已有此记录，但查询不到它的审批 ID",
  gaveUpAttempts: "已尝试 {n} 次仍未成功",
  gaveUpSends: "已向飞书发送 {n} 次仍未成功，已达每条记录的上限；请稍后再提交未完成的行",
  gaveUpTime: "重试超时（共尝试 {n} 次）",
  maybeWritten: "可能已写入飞书但无法确认；再次提交即可确认，不会重复写入",
  joined: "{first}；{second}",
  setupStop: "未发送：连接飞书的设置有问题，需 IT 处理；修好后再次提交即可",
  willSend: "将提交：{start} 至 {end}。",

  lengthDays: "{n, plural, other {{shown} 天}}",
  lengthHours: "{hours} 小时",
  lengthDaysWithHours: "{n, plural, other {{shown} 天}}（{hours} 小时）",
  lengthHalfDays: "{n, plural, other {{shown} 个半天}}（{hours} 小时）",
  lengthHalfHours: "{n, plural, other {{shown} 个半小时}}（{hours} 小时）",
  lengthSeconds: "{secs} 秒（{hours} 小时）",

  logWhen: "时间",
  logWho: "操作人",
  logAction: "操作",
  logScope: "范围",
  logRows: "行数",
  logWritten: "已写入",
  logFailed: "失败",
  logSkipped: "已跳过",
  logDuration: "用时（秒）",
  kindSend: "提交",
  kindRevoke: "撤销",
  kindVerify: "核对",
};
