/**
 * The outcome vocabulary's tables for Feishu's own answers: every code (docs/feishu-api.md §1.9, §3, §4.2, DOC-E)
 * and the DOC-G messages, each with a zh/en message and a hint saying who does what.
 * Facts: docs/feishu-api.md. The mapping that reads them is outcomes.ts.
 */
import { text, type Text } from "../i18n";
import type { OutcomeKind } from "../outcome";

export interface Rule {
  kind: OutcomeKind;
  message: Text;
  hint: Text;
  /** The call may have been carried out (overrides the 5xx default). */
  uncertain?: boolean;
}
export const r = (
  kind: OutcomeKind,
  zh: string,
  en: string,
  hintZh: string,
  hintEn: string,
  uncertain?: boolean,
): Rule => ({
  kind,
  message: text(zh, en),
  hint: text(hintZh, hintEn),
  ...(uncertain === undefined ? {} : { uncertain }),
});

export const IT_CREDENTIALS = [
  "请联系 IT：检查代理配置的飞书 App ID 和 App Secret。",
  "Ask IT to check the proxy's Feishu App ID and App Secret.",
] as const;
export const AUTO_RETRY = [
  "已自动重试，不会重复写入。",
  "Retried automatically; nothing is written twice.",
] as const;
export const FIX_ROW = [
  "按说明修改这一行后重新提交。",
  "Fix the row as the message says, then submit it again.",
] as const;
export const CHECK_KEY = [
  "请检查「设置」中的 API 密钥，或退出后重新用 Microsoft 帐户登录；仍不行请联系 IT。",
  "Check your API key in Settings, or sign out and sign in with Microsoft again; if that fails, ask IT.",
] as const;

export const OK = r("ok", "已写入飞书", "Written to Feishu", "", "");
export const DUPLICATE = r(
  "duplicate",
  "飞书中已有这条记录",
  "Feishu already holds this record",
  "无需重复提交：将查询该记录的审批 ID。",
  "Do not submit it again: its approval ID is looked up instead.",
  false,
);

/** Feishu codes (docs/feishu-api.md §1.9, §3, §4.2, DOC-E). */
export const FEISHU_CODES: Record<number, Rule> = {
  1220001: r(
    "invalid",
    "飞书拒绝了这条记录：参数无效",
    "Feishu rejected the record: a parameter is invalid",
    ...FIX_ROW,
  ),
  1220002: r(
    "fatal",
    "代理的飞书令牌缺少租户信息",
    "The proxy's Feishu token carries no tenant",
    ...IT_CREDENTIALS,
  ),
  1220004: r(
    "unknown_user",
    "员工 ID 不存在，或不在应用的可用范围内",
    "The employee ID does not exist or is outside the app's scope",
    "核对员工列（须为「设置」中选定的 ID 类型）；无误则请 IT 将该员工加入应用可用范围。",
    "Check the employee column (the ID type chosen in Settings); if it is right, ask IT to add the employee to the app's scope.",
  ),
  1220005: r(
    "permission",
    "应用没有该员工的考勤数据权限",
    "The app has no attendance data permission for this employee",
    "请 IT 在考勤管理后台（oa.feishu.cn/attendance/manage/member/list）检查数据权限范围。",
    "Ask IT to check the data-permission scope in the attendance admin console (oa.feishu.cn/attendance/manage/member/list).",
  ),
  1225000: r("retryable", "飞书内部错误", "Feishu had an internal error", ...AUTO_RETRY, true),
  1225001: r("invalid", "飞书拒绝了导入的审批数据", "Feishu rejected the approval data", ...FIX_ROW),
  1227500: r(
    "invalid",
    "飞书无法撤销这条记录（审批不存在、类型不符或已不是通过状态）",
    "Feishu cannot revoke this record (unknown approval, another kind, or no longer passed)",
    "查询飞书核对该记录的状态；已撤销的无需再撤销。",
    "Check the record's state in Feishu; a record already revoked needs nothing more.",
  ),
  1226000: r("retryable", "飞书班次服务出错", "Feishu's shift service failed", ...AUTO_RETRY, true),
  1226500: r(
    "fatal",
    "飞书返回了已停用的错误码",
    "Feishu answered with a retired error code",
    "请联系 IT 并附上说明。",
    "Ask IT, quoting the message.",
  ),
  99991400: r(
    "rate_limited",
    "调用太频繁，飞书限流",
    "Too many calls: Feishu is rate limiting",
    ...AUTO_RETRY,
    false,
  ),
  2200: r(
    "rate_limited",
    "飞书内部错误（通常因调用过于频繁）",
    "Feishu internal error (usually from calling too often)",
    ...AUTO_RETRY,
    false,
  ),
  99991661: r("fatal", "代理没有向飞书发送令牌", "The proxy sent no token to Feishu", ...IT_CREDENTIALS),
  99991663: r(
    "retryable",
    "飞书令牌已过期或无效",
    "The Feishu token expired or is invalid",
    "会自动重试；若一直出现，请 IT 检查代理的令牌缓存和应用凭证。",
    "Retried automatically; if it persists, ask IT to check the proxy's token and app credentials.",
    false,
  ),
  99991665: r(
    "retryable",
    "飞书租户令牌无效",
    "The Feishu tenant token is invalid",
    "会自动重试；若一直出现，请 IT 检查代理的应用凭证。",
    "Retried automatically; if it persists, ask IT to check the proxy's app credentials.",
    false,
  ),
  99991664: r("fatal", "飞书应用令牌无效", "The Feishu app token is invalid", ...IT_CREDENTIALS),
  99991668: r(
    "fatal",
    "飞书用户令牌有误（此接口需租户令牌）",
    "A user token was used (this call needs a tenant token)",
    ...IT_CREDENTIALS,
  ),
  99991671: r("fatal", "飞书令牌格式错误", "The Feishu token is malformed", ...IT_CREDENTIALS),
  99991672: r(
    "permission",
    "飞书应用未开通所需权限",
    "The Feishu app lacks a required scope",
    "请 IT 在开发者后台为应用开通 attendance:task（及查询用的 attendance:task:readonly）并发布版本。",
    "Ask IT to grant the app attendance:task (and attendance:task:readonly for lookups) and publish a version.",
  ),
  99991401: r(
    "permission",
    "代理的 IP 不在飞书应用的白名单内",
    "The proxy's IP is not on the app's IP allow-list",
    "请 IT 在开发者后台的 IP 白名单中加入代理的出口 IP。",
    "Ask IT to add the proxy's outgoing IP to the app's IP allow-list.",
  ),
  99991403: r(
    "fatal",
    "飞书应用本月的调用额度已用完",
    "The app's monthly API quota is used up",
    "请 IT 联系飞书客户成功经理提高额度，之后再提交。",
    "Ask IT to have the quota raised (Feishu customer success), then submit again.",
  ),
  10003: r("invalid", "请求参数无效", "Invalid request parameter", ...FIX_ROW),
  10013: r("fatal", "代理无法获取飞书令牌", "The proxy could not get a Feishu token", ...IT_CREDENTIALS),
  10014: r(
    "fatal",
    "飞书应用未获授权或已停用",
    "The Feishu app is unauthorised or disabled",
    ...IT_CREDENTIALS,
  ),
  10015: r("fatal", "飞书 App Secret 错误", "Wrong Feishu App Secret", ...IT_CREDENTIALS),
  20002: r(
    "fatal",
    "飞书 App ID 与 App Secret 不匹配",
    "Feishu App ID and App Secret do not match",
    ...IT_CREDENTIALS,
  ),
};

/** DOC-G messages shared by 1220600 (and, since the code is UNCONFIRMED, any attendance code). */
export const MESSAGE_RULES: [RegExp, Rule][] = [
  [/the object already exists|idempotent id repeat/i, DUPLICATE],
  [
    /sealed/i,
    r(
      "period_closed",
      "该考勤周期已封账，无法写入",
      "The attendance period is sealed and cannot change",
      "请考勤管理员解除封账，或确认日期无误。",
      "Ask the attendance admin to unseal the period, or check the date.",
      false,
    ),
  ],
  [/no row affected/i, r("retryable", "飞书写入冲突", "Feishu hit a write conflict", ...AUTO_RETRY)],
  [
    /time calculation failed|time is invalid/i,
    r(
      "invalid",
      "时间无效",
      "The time is invalid",
      "检查开始/结束时间的格式和先后顺序。",
      "Check the start/end times: format and order.",
    ),
  ],
  [
    /auth no permission/i,
    r(
      "permission",
      "操作者没有功能或数据权限",
      "The operator lacks function or data permission",
      "请 IT 检查应用在考勤后台的权限。",
      "Ask IT to check the app's permissions in the attendance admin console.",
      false,
    ),
  ],
  [
    /name or employee_no invalid/i,
    r(
      "unknown_user",
      "员工不存在",
      "The employee does not exist",
      "核对员工列和「设置」中的 ID 类型。",
      "Check the employee column and the ID type in Settings.",
      false,
    ),
  ],
  [
    /People Enterprise/i,
    r(
      "fatal",
      "此接口仅对飞书人事企业版开放",
      "This call is only for Feishu People Enterprise tenants",
      "请联系 IT。",
      "Ask IT.",
      false,
    ),
  ],
  [/param invalid/i, r("invalid", "参数无效", "A parameter is invalid", ...FIX_ROW, false)],
];

export const UNKNOWN_CODE = (code: number): Rule =>
  r(
    "fatal",
    `飞书返回错误 ${code}`,
    `Feishu answered error ${code}`,
    "请联系 IT 并附上说明。",
    "Ask IT, quoting the message.",
  );

/** 1220600 with a message none of MESSAGE_RULES knows. */
export const GENERIC_ERROR = r(
  "fatal",
  "飞书返回通用错误",
  "Feishu answered a generic error",
  "请联系 IT 并附上说明。",
  "Ask IT, quoting the message.",
);
