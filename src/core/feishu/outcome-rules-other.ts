/**
 * The outcome tables for answers that are not Feishu's: the proxy's own codes (proxy-codes.ts),
 * transport failures, and HTTP statuses that came without a body code.
 */
import type { TransportFailureType } from "../outcome";
import { AUTO_RETRY, FEISHU_CODES, FIX_ROW, IT_CREDENTIALS, CHECK_KEY, r, type Rule } from "./outcome-rules";
import { PROXY_CODES } from "./proxy-codes";

export const P = PROXY_CODES;
/** The proxy's own codes (proxy-codes.ts). `uncertain: false` marks calls the proxy did not send on. */
export const PROXY_RULES: Record<number, Rule> = {
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
  [P.missingRole]: r(
    "permission",
    "您的 Microsoft 账号没有此操作所需的角色",
    "Your Microsoft account does not have the role this needs",
    "请 IT 在 Entra ID 中为您分配写入（或撤销）角色。",
    "Ask IT to give you the write (or revoke) role in Entra ID.",
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

export const TRANSPORT: Record<TransportFailureType, Rule> = {
  timeout: r("retryable", "等待应答超时", "No answer in time", ...AUTO_RETRY),
  reset: r("retryable", "连接中断", "The connection was cut", ...AUTO_RETRY),
  refused: r(
    "retryable",
    "连不上代理",
    "Could not reach the proxy",
    "检查网络和「设置」中的代理地址；代理未运行请联系 IT。",
    "Check the network and the proxy URL in Settings; if the proxy is down, ask IT.",
  ),
  network: r("retryable", "网络错误", "Network error", ...AUTO_RETRY),
  aborted: r(
    "retryable",
    "已取消",
    "Cancelled",
    "再次提交即可确认，不会重复写入。",
    "Sending again confirms it, never twice.",
  ),
};

export function byStatus(status: number): Rule {
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
      "检查「设置」中的代理地址。",
      "Check the proxy URL in Settings.",
    );
  if (status === 400 || status === 413)
    return r("invalid", `请求被拒绝（HTTP ${status}）`, `Request rejected (HTTP ${status})`, ...FIX_ROW);
  return r(
    "fatal",
    `意外的应答（HTTP ${status}）`,
    `Unexpected answer (HTTP ${status})`,
    "检查「设置」中的代理地址；仍不行请联系 IT。",
    "Check the proxy URL in Settings; if it is right, ask IT.",
  );
}
