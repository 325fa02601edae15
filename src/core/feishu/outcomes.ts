/**
 * The one pure mapping from an HTTP answer or transport failure to an Outcome (STYLE.md §8).
 * Decided by the body `code` (Feishu's or the proxy's), never by HTTP status alone; the
 * status only decides when there is no code. Facts: ../shared/feishu/api-facts.md §1.9, §4.2, §4.3.
 * One table of codes and one of DOC-G messages keep every text in zh and en. Over 150 lines
 * because the tables are the point: splitting them would scatter the vocabulary.
 */
import { text, type Locale, type Text } from "../i18n";
import type { CallResult, HttpAnswer, Outcome, OutcomeKind, TransportFailureType } from "../outcome";
import { PROXY_CODES } from "./proxy-codes";

interface Rule {
  kind: OutcomeKind;
  message: Text;
  hint: Text;
  /** The call may have been carried out (overrides the 5xx default). */
  uncertain?: boolean;
}
const r = (
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

const IT_CREDENTIALS = [
  "请联系 IT：检查代理配置的飞书 App ID 和 App Secret。",
  "Ask IT to check the proxy's Feishu App ID and App Secret.",
] as const;
const AUTO_RETRY = [
  "会用同一幂等键自动重试，不会重复写入。",
  "Retried automatically with the same key; nothing is written twice.",
] as const;
const FIX_ROW = [
  "按说明修改这一行后重新提交。",
  "Fix the row as the message says, then submit it again.",
] as const;
const CHECK_KEY = [
  "请检查“设置”中的 API 密钥；仍不行请联系 IT。",
  "Check your API key in Settings; if it is right, ask IT.",
] as const;

const OK = r("ok", "已写入飞书", "Written to Feishu", "", "");
const DUPLICATE = r(
  "duplicate",
  "飞书中已有使用相同幂等键的记录",
  "Feishu already holds a record with this key",
  "无需重复提交：将查询该记录的审批 ID。",
  "Do not submit it again: its approval ID is looked up instead.",
  false,
);

/** Feishu codes (§1.9, §3, §4.2, DOC-E). */
const FEISHU_CODES: Record<number, Rule> = {
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
    "核对员工列（须为“设置”中选定的 ID 类型）；无误则请 IT 将该员工加入应用可用范围。",
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

const P = PROXY_CODES;
/** The proxy's own codes (proxy-codes.ts). `uncertain: false` marks calls the proxy did not send on. */
const PROXY_RULES: Record<number, Rule> = {
  [P.unauthenticated]: r(
    "permission",
    "代理不认可您的身份",
    "The proxy did not accept your credentials",
    ...CHECK_KEY,
    false,
  ),
  [P.forbidden]: r(
    "permission",
    "您没有使用代理的权限",
    "You are not allowed to use the proxy",
    "请联系 IT 将您加入允许名单。",
    "Ask IT to add you to the proxy's allow-list.",
    false,
  ),
  [P.callerRateLimited]: r(
    "rate_limited",
    "提交太快，代理限流",
    "Sending too fast: the proxy is rate limiting",
    ...AUTO_RETRY,
    false,
  ),
  [P.upstreamBusy]: r(
    "rate_limited",
    "代理排队已满（未发送）",
    "The proxy's queue to Feishu is full (not sent)",
    ...AUTO_RETRY,
    false,
  ),
  [P.upstreamUnreachable]: r(
    "retryable",
    "代理连不上飞书（未发送）",
    "The proxy could not reach Feishu (not sent)",
    ...AUTO_RETRY,
    false,
  ),
  [P.upstreamTimeout]: r(
    "retryable",
    "飞书未及时应答，可能已写入",
    "Feishu did not answer in time; it may have been written",
    ...AUTO_RETRY,
    true,
  ),
  [P.bodyTooLarge]: r("invalid", "请求过大", "The request is too large", ...FIX_ROW, false),
  [P.badRequest]: r(
    "invalid",
    "代理拒绝了请求格式",
    "The proxy rejected the request format",
    ...FIX_ROW,
    false,
  ),
  [P.notFound]: r(
    "fatal",
    "代理不转发此地址",
    "The proxy does not relay this path",
    "请 IT 检查代理地址和版本。",
    "Ask IT to check the proxy URL and version.",
    false,
  ),
  [P.internal]: r(
    "fatal",
    "代理内部错误（未发送）",
    "The proxy failed internally (not sent)",
    "请联系 IT 并附上说明。",
    "Ask IT, quoting the message.",
    false,
  ),
  [P.tokenUnavailable]: r(
    "fatal",
    "代理拿不到飞书令牌",
    "The proxy cannot get a Feishu token",
    ...IT_CREDENTIALS,
    false,
  ),
};

/** DOC-G messages shared by 1220600 (and, since the code is UNCONFIRMED, any attendance code). */
const MESSAGE_RULES: [RegExp, Rule][] = [
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
      "核对员工列和“设置”中的 ID 类型。",
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

const TRANSPORT: Record<TransportFailureType, Rule> = {
  timeout: r("retryable", "等待应答超时", "No answer in time", ...AUTO_RETRY),
  reset: r("retryable", "连接中断", "The connection was cut", ...AUTO_RETRY),
  refused: r(
    "retryable",
    "连不上代理",
    "Could not reach the proxy",
    "检查网络和“设置”中的代理地址；代理未运行请联系 IT。",
    "Check the network and the proxy URL in Settings; if the proxy is down, ask IT.",
  ),
  network: r("retryable", "网络错误", "Network error", ...AUTO_RETRY),
  aborted: r(
    "retryable",
    "已取消",
    "Cancelled",
    "再次提交时会用同一幂等键确认。",
    "Submitting again confirms it with the same key.",
  ),
};

function byStatus(status: number): Rule {
  if (status === 429) return FEISHU_CODES[99991400];
  if (status >= 500)
    return r(
      "retryable",
      `服务器错误（HTTP ${status}）`,
      `Server error (HTTP ${status})`,
      ...AUTO_RETRY,
      true,
    );
  if (status === 401 || status === 403) return PROXY_RULES[P.unauthenticated];
  if (status === 404)
    return r(
      "fatal",
      "代理地址不对（HTTP 404）",
      "Wrong proxy URL (HTTP 404)",
      "检查“设置”中的代理地址。",
      "Check the proxy URL in Settings.",
    );
  if (status === 400 || status === 413)
    return r("invalid", `请求被拒绝（HTTP ${status}）`, `Request rejected (HTTP ${status})`, ...FIX_ROW);
  return r(
    "fatal",
    `意外的应答（HTTP ${status}）`,
    `Unexpected answer (HTTP ${status})`,
    "检查“设置”中的代理地址；仍不行请联系 IT。",
    "Check the proxy URL in Settings; if it is right, ask IT.",
  );
}

const UNKNOWN_CODE = (code: number): Rule =>
  r(
    "fatal",
    `飞书返回错误 ${code}`,
    `Feishu answered error ${code}`,
    "请联系 IT 并附上说明。",
    "Ask IT, quoting the message.",
  );

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function parseBody(body: unknown): unknown {
  if (typeof body !== "string") return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

/** Seconds in x-ogw-ratelimit-reset (§4.3) or Retry-After, as milliseconds. */
function retryAfter(headers: HttpAnswer["headers"]): number | null {
  for (const name of ["x-ogw-ratelimit-reset", "retry-after"]) {
    const v = Number(headers[name]);
    if (headers[name] !== undefined && Number.isFinite(v) && v >= 0) return Math.round(v * 1000);
  }
  return null;
}

const ERROR_RECORD_KEYS = [
  "LeaveErrorRecords",
  "OutErrorRecords",
  "OvertimeWorkErrorRecords",
  "TripErrorRecords",
];

function errorRecordsIn(v: unknown, depth = 0): string | null {
  if (typeof v === "string") {
    const start = v.indexOf("{");
    const end = v.lastIndexOf("}");
    const parsed = start >= 0 && end > start ? parseBody(v.slice(start, end + 1)) : null;
    return isRecord(parsed) ? errorRecordsIn(parsed, depth) : null;
  }
  if (!isRecord(v)) return null;
  if (ERROR_RECORD_KEYS.some((k) => k in v)) {
    const parts = ERROR_RECORD_KEYS.filter((k) => v[k] !== undefined && v[k] !== "" && v[k] !== null).map(
      (k) => `${k}: ${typeof v[k] === "string" ? v[k] : JSON.stringify(v[k])}`,
    );
    return parts.length ? parts.join("; ") : null;
  }
  if (depth > 1) return null;
  for (const inner of Object.values(v)) {
    const found = errorRecordsIn(inner, depth + 1);
    if (found) return found;
  }
  return null;
}

/** 1225001's per-kind error records, wherever they sit: msg, error.message or data (§10.5). */
export function findErrorRecords(body: Record<string, unknown>): string | null {
  const err = isRecord(body.error) ? body.error : {};
  for (const place of [body.msg, err.message, body.data, err]) {
    const found = errorRecordsIn(place);
    if (found) return found;
  }
  return null;
}

/** approval_ids of a create success `data` (§1.8), leaves, outs, overtime_works then trips. */
export function approvalIdsFrom(data: unknown): string[] {
  const approval = isRecord(data) ? data.user_approval : undefined;
  if (!isRecord(approval)) return [];
  const ids: string[] = [];
  for (const field of ["leaves", "outs", "overtime_works", "trips"]) {
    const items = approval[field];
    if (!Array.isArray(items)) continue;
    for (const item of items)
      if (isRecord(item) && typeof item.approval_id === "string" && item.approval_id)
        ids.push(item.approval_id);
  }
  return ids;
}

function detailOf(body: Record<string, unknown>): string | null {
  const msg = typeof body.msg === "string" ? body.msg : "";
  const err = isRecord(body.error) && typeof body.error.message === "string" ? body.error.message : "";
  const joined = [msg, err && err !== msg ? err : ""].filter(Boolean).join(" | ");
  return joined || null;
}

function ruleFor(code: number, detail: string): Rule {
  if (PROXY_RULES[code]) return PROXY_RULES[code];
  const known = FEISHU_CODES[code];
  for (const [pattern, rule] of MESSAGE_RULES) {
    const distinctive = rule.kind === "duplicate" || rule.kind === "period_closed";
    if ((distinctive || !known || code === 1220600) && pattern.test(detail)) return rule;
  }
  return (
    known ??
    (code === 1220600
      ? r(
          "fatal",
          "飞书返回通用错误",
          "Feishu answered a generic error",
          "请联系 IT 并附上说明。",
          "Ask IT, quoting the message.",
        )
      : UNKNOWN_CODE(code))
  );
}

function fromAnswer(answer: HttpAnswer): Outcome {
  const body = parseBody(answer.body);
  const base = {
    httpStatus: answer.status,
    retryAfterMs: retryAfter(answer.headers),
    approvalIds: [] as string[],
  };
  if (!isRecord(body) || typeof body.code !== "number") {
    const rule = byStatus(answer.status);
    const raw = typeof body === "string" ? body.slice(0, 200) : null;
    return {
      ...base,
      kind: rule.kind,
      code: null,
      uncertain: rule.uncertain ?? false,
      message: rule.message,
      hint: rule.hint,
      detail: raw || null,
    };
  }
  const code = body.code;
  if (code === 0)
    return {
      ...base,
      ...OK,
      code,
      uncertain: false,
      retryAfterMs: null,
      detail: null,
      approvalIds: approvalIdsFrom(body.data),
    };
  const detail = detailOf(body);
  const rule = ruleFor(code, detail ?? "");
  const records = rule.kind === "invalid" || code === 1225001 ? findErrorRecords(body) : null;
  const uncertain = rule.uncertain ?? answer.status >= 500;
  return {
    ...base,
    kind: rule.kind,
    code,
    uncertain,
    message: rule.message,
    hint: rule.hint,
    detail: records ?? detail,
  };
}

/** The one mapping: every answer or failure to an Outcome with a zh/en message and hint. */
export function mapCallResult(result: CallResult): Outcome {
  if ("answer" in result) return fromAnswer(result.answer);
  const { type, sent, message } = result.failure;
  const rule = TRANSPORT[type];
  return {
    kind: rule.kind,
    code: null,
    httpStatus: null,
    uncertain: sent && type !== "refused",
    retryAfterMs: null,
    message: rule.message,
    hint: rule.hint,
    detail: message ?? null,
    approvalIds: [],
  };
}

/** "message（detail）hint" in one language, for the Message column. */
export function describeOutcome(o: Outcome, locale: Locale): string {
  const pickText = (t: Text) => (locale === "zh-CN" ? t.zh : t.en);
  const detail = o.detail ? (locale === "zh-CN" ? `（${o.detail}）` : ` (${o.detail})`) : "";
  const hint = pickText(o.hint);
  return `${pickText(o.message)}${detail}${hint ? (locale === "zh-CN" ? "。" : ". ") + hint : ""}`;
}
