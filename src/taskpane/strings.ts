/** Every word the pane shows, in both languages. Formatting helpers take numbers, never glue sentences. */
import { text, type Text } from "../core/i18n";

export const S = {
  appTitle: text("飞书考勤导入", "Feishu Attendance"),
  appSubtitle: text(
    "把已批准的请假、外出、加班和出差写入飞书考勤",
    "Write approved leave, out, overtime and trip records into Feishu Attendance",
  ),
  language: text("界面语言", "Language"),
  dismiss: text("关闭", "Dismiss"),
  loading: text("正在加载…", "Loading…"),

  tabSetup: text("设置", "Setup"),
  tabCheck: text("检查", "Check"),
  tabSubmit: text("提交", "Submit"),

  // Host missing
  hostTitle: text("请在 Excel 中打开", "Open this in Excel"),
  hostBody: text(
    "此页面是 Excel 加载项的任务窗格，只能在 Excel 中使用：在 Excel 的「开始」选项卡上点击「飞书考勤」按钮打开它。",
    "This page is the task pane of an Excel add-in and works inside Excel only: open it with the Feishu Attendance button on Excel's Home tab.",
  ),
  hostHelp: text("看不到按钮？请联系 IT 部门安装加载项。", "No button? Ask IT to deploy the add-in to you."),
  hostPlayground: text(
    "开发者：在浏览器中试用（开发辅助页面）",
    "Developers: try it in the browser (development playground)",
  ),

  // Template
  templateTitle: text("工作簿模板", "Workbook template"),
  templateHelp: text(
    "创建「请假」「外出」「加班」「出差」四个工作表；已有的表只补齐缺少的部分，不会丢失任何行。",
    "Creates the Leave, Out, Overtime and Trip sheets; existing tables only get what is missing and never lose a row.",
  ),
  templateButton: text("创建或修复模板", "Create or repair the template"),
  templateWorking: text("正在准备模板…", "Preparing the template…"),
  templateCreated: text("已创建：", "Created: "),
  templateRepaired: text("已修复：", "Repaired: "),
  templateUnchanged: text("无需更改：", "Already fine: "),
  templateConflicts: text(
    "这些工作表中已有其他数据，占用了表格的位置，因此未做更改；请移走这些数据或给工作表改名后再试：",
    "These sheets hold other data where the table would go, so they were left alone; move that data or rename the sheet, then try again: ",
  ),

  // Connection
  connectionTitle: text("连接", "Connection"),
  proxyUrl: text("代理地址", "Proxy address"),
  proxyUrlHint: text(
    "由 IT 提供，例如 https://attendance-proxy.example.com",
    "From IT, e.g. https://attendance-proxy.example.com",
  ),
  apiKey: text("API 密钥", "API key"),
  apiKeyHint: text(
    "只保存在这台电脑上，不会写入工作簿。",
    "Kept on this computer only, never written into the workbook.",
  ),
  employeeType: text("员工ID类型", "Employee ID type"),
  employeeTypeHint: text("「员工ID」列中填写的是哪种 ID。", "Which kind of ID the Employee ID column holds."),
  employeeTypeNames: {
    employee_id: text("员工 ID（employee_id）", "Employee ID (employee_id)"),
    employee_no: text("工号（employee_no）", "Employee number (employee_no)"),
    open_id: text("Open ID（open_id）", "Open ID (open_id)"),
  },
  saveAndTest: text("保存并测试连接", "Save and test the connection"),
  testing: text("正在测试连接…", "Testing the connection…"),
  proxyUrlManaged: text("由 IT 为贵公司设置。", "Set by IT for your organisation."),

  // Sign-in with Microsoft (Entra ID deployments)
  signInTitle: text("Microsoft 帐户", "Microsoft account"),
  signInHelp: text(
    "使用登录 Office 的工作帐户连接代理，无需 API 密钥。",
    "The proxy knows you by the work account you use in Office: no API key needed.",
  ),
  signInButton: text("使用 Microsoft 帐户登录", "Sign in with Microsoft"),
  signingIn: text("正在登录…", "Signing in…"),
  signInChecking: text("正在检查登录状态…", "Checking whether you are signed in…"),
  signedInAs: text("已登录：", "Signed in as "),
  signOut: text("退出登录", "Sign out"),
  signedOut: text("尚未登录。", "Not signed in."),
  signInFailed: text("登录没有完成：", "Sign-in did not finish: "),
  configProblems: text(
    "加载项的配置有误，已改用 API 密钥。请把以下内容发给 IT：",
    "The add-in's configuration is wrong, so it uses API keys instead. Send this to IT: ",
  ),

  // Check
  checkTitle: text("检查工作簿", "Check the workbook"),
  checkAll: text("全部检查", "Check everything"),
  checking: text("正在检查…", "Checking…"),
  liveOn: text("边输入边检查：已开启", "Checking as you type: on"),
  liveWorking: text("正在检查刚才的修改…", "Checking your last edit…"),
  notChecked: text("尚未检查。点击「全部检查」。", "Not checked yet. Press Check everything."),
  colKind: text("类型", "Sheet"),
  colRows: text("行数", "Rows"),
  colErrors: text("有错误", "Errors"),
  colPending: text("待提交", "To send"),
  colSubmitted: text("已写入", "Written"),
  colFailed: text("失败", "Failed"),
  issuesTitle: text("问题列表", "Issues"),
  noIssues: text("没有发现问题。", "No issues found."),
  severityError: text("错误", "Error"),
  severityWarning: text("提醒", "Warning"),
  goToCell: text("转到单元格", "Go to cell"),
  moreIssues: text("仅显示前 {n} 行的问题。", "Showing the first {n} rows with issues."),

  // Submit
  submitTitle: text("提交到飞书", "Send to Feishu"),
  scope: text("提交范围", "What to send"),
  scopePending: text("所有待提交的行", "All rows not yet sent"),
  scopeSelected: text("选中的行", "The selected rows"),
  scopeFailed: text("失败的行", "The failed rows"),
  refreshSelection: text("读取当前选择", "Use the current selection"),
  submitButton: text("提交 {n} 行", "Send {n} rows"),
  submitNothing: text("没有可提交的行", "Nothing to send"),
  needsCheck: text("请先检查工作簿。", "Check the workbook first."),
  needsKey: text("请先在「设置」中填写 API 密钥。", "Enter the API key under Setup first."),
  needsSignIn: text("请先在「设置」中使用 Microsoft 帐户登录。", "Sign in with Microsoft under Setup first."),
  preview: text("预览选中行的请求（不发送）", "Preview the request for the selected row (nothing is sent)"),
  previewTitle: text("将发送的请求", "The request that would be sent"),
  previewNoRow: text("请先在表格中选中一行数据。", "Select a data row in a table first."),
  selectionSeveralAreas: text(
    "选中了多块不相连的区域，这个版本的 Excel 只能读取一块。请只选一块连续的行（不要按住 Ctrl 多选），再试一次。",
    "Several separate areas are selected, and this version of Excel can read only one. Select one continuous block of rows (without Ctrl+click) and try again.",
  ),
  selectionUnreadable: text(
    "无法读取当前选中的区域。请重新选中要提交的行，再试一次。",
    "The current selection could not be read. Select the rows to submit again and try again.",
  ),
  previewNotReady: text(
    "这一行还有错误，修正后才能发送。",
    "This row still has errors; fix them before it can be sent.",
  ),
  progressTitle: text("正在提交", "Sending"),
  sent: text("已发送", "Sent"),
  written: text("已写入", "Written"),
  failed: text("失败", "Failed"),
  retrying: text("重试中", "Retrying"),
  remaining: text("剩余", "Remaining"),
  eta: text("预计剩余时间", "Time left"),
  etaUnknown: text("正在估算…", "Estimating…"),
  cancel: text("取消", "Cancel"),
  cancelling: text("正在取消：等待已发出的请求完成…", "Cancelling: waiting for requests already sent…"),

  // Summary
  summaryTitle: text("提交结果", "Result"),
  summaryWritten: text("已写入飞书", "Written to Feishu"),
  summaryFailed: text("失败", "Failed"),
  summarySkipped: text("已跳过（之前已提交）", "Skipped (already sent before)"),
  summaryUnresolved: text(
    "未确认（再次提交即可确认，不会重复写入）",
    "Not confirmed (send again to settle them; nothing is written twice)",
  ),
  summaryCancelled: text("已取消（仍待提交）", "Cancelled (still to send)"),
  summaryFailedBy: text("失败原因", "Why they failed"),
  summaryWhere: text(
    "在飞书中查看：这些记录出现在「考勤统计」报表中，也可通过查询接口读取；它们不会出现在管理后台的请假/加班审批页面中。",
    "Where to see them in Feishu: the records appear in the attendance statistics report and through the query call; they do not appear in the admin console's leave or overtime approval pages.",
  ),
  summaryFailedHint: text(
    "失败的行在「说明」列中写明了原因；修正后选择「失败的行」再次提交。",
    "Each failed row says why in its Message column; fix it, then send The failed rows again.",
  ),
  resumeHint: text(
    "被取消的行仍待提交：再次点击提交即可继续。",
    "Cancelled rows are still waiting: press Send again to carry on.",
  ),
  failedWork: text("操作未完成", "That did not work"),
} satisfies Record<string, Text | Record<string, Text>>;

/** Failure reasons by outcome kind (the engine counts failed rows by it). */
export const OUTCOME_NAMES: Record<string, Text> = {
  invalid: text("数据有误", "Data not accepted"),
  unknown_user: text("员工不存在或不在应用范围内", "Unknown employee or outside the app's scope"),
  permission: text("没有权限（请联系 IT）", "No permission (ask IT)"),
  period_closed: text("考勤周期已封账", "Attendance period closed"),
  duplicate: text("重复记录", "Duplicate record"),
  rate_limited: text("请求过于频繁", "Too many requests"),
  retryable: text("暂时性故障，多次重试未成功", "Passing fault, still failing after retries"),
  fatal: text("配置或配额问题（请联系 IT）", "Configuration or quota problem (ask IT)"),
  unknown: text("结果未确认", "Outcome not confirmed"),
};

export const fill = (s: string, values: Record<string, string | number>): string =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
