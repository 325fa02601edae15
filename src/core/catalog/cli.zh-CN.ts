/**
 * 命令行的中文文字（src/cli）：用法、无法开始时的一句说明（退出码 2）、每行和结束时打印的内容。
 * 键与 cli.en-US.ts 完全相同。
 */
import type { CliKey } from "./cli.en-US";

export const CLI_ZH: Record<CliKey, string> = {
  usage: `用法：feishu-attendance <命令> <文件> ［选项］

命令：
  check <文件>      读取并检查文件；列出每行的问题及将发送的请求
  push <文件>       检查、查看飞书已有记录、发送已就绪的行，并把结果写回
  template <文件>   生成一个空白模板工作簿（.xlsx）

选项：
  --json                 输出一个 JSON 文档，而不是逐行文字
  --dry-run              push：只检查不发送（不写入飞书，也不改文件）
  --only failed|pending  push：只发送失败的行，或所有尚未写入的行（默认）
  --kind leave|out|overtime|trip   .csv：文件中的记录类型（默认按文件名判断）
  --lang zh-CN|en-US     输出语言（默认按 LANG）
  --log json             在 stderr 上以 JSON 行输出进度
  --config <路径>        JSON 配置文件（默认 FEISHU_ATTENDANCE_CONFIG）
  --help                 显示本说明

代理地址和密钥取自 FEISHU_PROXY_URL 和 FEISHU_PROXY_KEY（或配置文件）；使用 Microsoft Entra ID 时
取自 ENTRA_TENANT_ID、ENTRA_CLIENT_ID 和 ENTRA_CLIENT_SECRET；从不取自命令行参数。
退出码：0 所有行正常，1 有行被拒绝或失败，2 设置或文件有问题。`,
  badArgs: "{reason}。运行 feishu-attendance --help 查看命令和选项。",
  argNotUnderstood: "无法读取参数（{detail}）",
  unknownCommand: "没有「{command}」这个命令：请使用 check、push 或 template",
  needsFile: "{command} 后面需要一个文件名",
  extraArgument: "一次只处理一个文件：「{arg}」是多余的",
  badChoice: "{option} 只能是 {allowed}，不能是「{value}」",
  keyAsArgument:
    "代理密钥不能写在命令行上（会留在命令历史和进程列表中）：请设置 FEISHU_PROXY_KEY，或写入配置文件的 proxyKey。",
  noProxyUrl: "没有代理地址：请设置 FEISHU_PROXY_URL，或配置文件中的 proxyUrl。",
  noCredential:
    "无法登录代理：请设置 FEISHU_PROXY_KEY（或配置文件中的 proxyKey）；使用 Microsoft Entra ID 时请设置 ENTRA_TENANT_ID、ENTRA_CLIENT_ID 和 ENTRA_CLIENT_SECRET。",
  configUnreadable: "无法读取配置文件 {path}：{reason}。请修正该文件，或用 --config 指定其他文件。",
  entraRefused:
    "Microsoft Entra ID 未发放令牌：{reason}。请检查 ENTRA_TENANT_ID、ENTRA_CLIENT_ID、ENTRA_CLIENT_SECRET 和 ENTRA_SCOPE。",
  fileMissing: "找不到文件：{path}。请检查路径。",
  fileType: "无法读取 {path}：请提供 .xlsx 工作簿或 .csv 文件。",
  fileUnreadable: "无法打开 {path}：{reason}。请确认它是 Excel 保存的工作簿。",
  noTables:
    "{path} 中没有四张工作表（请假、外出、加班、出差，中英文名均可）中的任何一张：请先用 feishu-attendance template 生成模板。",
  csvKind:
    "无法判断 {path} 中是哪类记录：请按工作表命名文件（例如 请假.csv 或 leave.csv），或加上 --kind leave、out、overtime 或 trip。",
  fileUnwritable: "无法写入 {path}：{reason}。请在 Excel 中关闭该文件后重新运行同一命令；不会重复发送。",
  templateExists: "{path} 已存在：请换一个文件名（template 从不覆盖已有文件）。",
  templateNeedsXlsx: "模板是一个工作簿：请给出以 .xlsx 结尾的文件名。",
  preflight: "未发送任何内容：代理自检未通过。{reason}",
  lookFailed: "未发送任何内容：无法读取飞书中已有的记录。{reason}",
  setupStopped: "已停止：连接飞书的设置需要 IT 处理。{reason}其余行仍待提交。",
  lookupFailed: "部分工作邮箱或手机号未能查到，这些行不会发送。{reason}",
  rowLine: "{sheet} 第 {row} 行：{state}",
  wouldSend: "请求：{body}",
  progress: "已发送 {done}/{total} · 已写入 {ok} · 失败 {failed}",
  summary:
    "共 {rows} 行：本次写入 {written}，飞书中已有 {submitted}，待提交 {ready}，需修正 {invalid}，失败 {failed}，尚未发送 {pending}。",
  dryRun: "试运行：未发送任何内容，文件未改动。",
  cancelled: "已停止：发送中的请求已完成，所有结果均已保存。再次运行同一命令即可发送其余行，不会重复发送。",
  resultsWritten: "结果已写入 {path}。",
  templateWritten: "模板已写入 {path}。",
};
