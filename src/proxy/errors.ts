/**
 * The proxy's own answers, always in Feishu's envelope `{code, msg}` with a PROXY_CODES code,
 * so a client (the add-in or any Feishu SDK) reads one format. `msg` carries English and
 * Chinese, because an SDK user or IT admin may read either.
 */
import { PROXY_CODES, type Permission, type ProxyCode, type RefusalReason } from "../core/feishu/proxy-codes";
import { text, type Text } from "../core/i18n";

export class ProxyError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProxyCode,
    readonly text: Text,
    readonly headers: Record<string, string> = {},
    /** Machine-readable detail for refusals (`data.reason`, `data.needs`). */
    readonly data?: { reason: RefusalReason; needs?: Permission },
  ) {
    super(text.en);
  }
  get envelope(): { code: number; msg: string; data?: ProxyError["data"] } {
    return this.data
      ? { code: this.code, msg: renderMsg(this.text), data: this.data }
      : { code: this.code, msg: renderMsg(this.text) };
  }
}

const refused = (status: 401 | 403, code: ProxyCode, t: Text, reason: RefusalReason, needs?: Permission) =>
  new ProxyError(status, code, t, {}, needs ? { reason, needs } : { reason });

export const renderMsg = (t: Text): string => `${t.en} / ${t.zh}`;

export const proxyErrors = {
  noCredential: () =>
    refused(
      401,
      PROXY_CODES.unauthenticated,
      text(
        "缺少代理凭据：请发送 Authorization: Bearer <代理密钥或 Entra ID 令牌>",
        "No proxy credential: send Authorization: Bearer <proxy key or Entra ID token>",
      ),
      "no_credential",
    ),
  badKey: () =>
    refused(401, PROXY_CODES.unauthenticated, text("代理密钥无效", "The proxy key is not valid"), "bad_key"),
  badToken: (why: Text, reason: RefusalReason) =>
    refused(
      401,
      PROXY_CODES.unauthenticated,
      text(`Entra ID 令牌无效：${why.zh}`, `The Entra ID token is not valid: ${why.en}`),
      reason,
    ),
  notAllowed: (who: string) =>
    refused(
      403,
      PROXY_CODES.forbidden,
      text(
        `${who} 不在此代理的允许名单中，请联系 IT`,
        `${who} is not on this proxy's allow-list; ask IT to add you`,
      ),
      "not_allowed",
    ),
  missingRole: (who: string, needs: Permission) =>
    refused(
      403,
      PROXY_CODES.missingRole,
      needs === "write"
        ? text(
            `${who} 没有写入考勤记录的角色，请联系 IT`,
            `${who} does not have the role to write attendance records; ask IT`,
          )
        : text(
            `${who} 没有撤销考勤记录的角色，请联系 IT`,
            `${who} does not have the role to revoke attendance records; ask IT`,
          ),
      "missing_role",
      needs,
    ),
  callerRateLimited: (retryAfterSec: number) =>
    new ProxyError(
      429,
      PROXY_CODES.callerRateLimited,
      text(
        `请求过于频繁，请 ${retryAfterSec} 秒后重试`,
        `Too many requests from this caller; retry in ${retryAfterSec} s`,
      ),
      { "retry-after": String(retryAfterSec) },
    ),
  notFound: (method: string, path: string) =>
    new ProxyError(
      404,
      PROXY_CODES.notFound,
      text(`代理不转发 ${method} ${path}`, `The proxy does not relay ${method} ${path}`),
    ),
  badRequest: (why: string) =>
    new ProxyError(400, PROXY_CODES.badRequest, text(`请求无效：${why}`, `Bad request: ${why}`)),
  bodyTooLarge: (limit: number) =>
    new ProxyError(
      413,
      PROXY_CODES.bodyTooLarge,
      text(`请求体超过 ${limit} 字节上限`, `The request body is over the ${limit}-byte limit`),
    ),
  unreachable: (why: string) =>
    new ProxyError(
      502,
      PROXY_CODES.upstreamUnreachable,
      text(
        `无法连接飞书（${why}），请求未发送，可以重试`,
        `Feishu could not be reached (${why}); the request was not sent and can be retried`,
      ),
    ),
  outcomeUnknown: (isCreate: boolean, why: string) =>
    new ProxyError(
      504,
      PROXY_CODES.upstreamTimeout,
      isCreate
        ? text(
            `请求已发出但飞书未及时回答（${why}）：记录可能已写入，也可能没有。请使用相同的 idempotent_id 重新发送`,
            `The request was sent but Feishu did not answer in time (${why}): the record may or may not have been written. Resend it with the same idempotent_id`,
          )
        : text(
            `请求已发出但飞书未及时回答（${why}）`,
            `The request was sent but Feishu did not answer in time (${why})`,
          ),
    ),
  busy: (waitMs: number) =>
    new ProxyError(
      503,
      PROXY_CODES.upstreamBusy,
      text(
        `代理排队已满（约需等待 ${Math.ceil(waitMs / 1000)} 秒），请求未发送，请稍后重试`,
        `The proxy's queue to Feishu is full (about ${Math.ceil(waitMs / 1000)} s); the request was not sent, retry later`,
      ),
      { "retry-after": String(Math.max(1, Math.ceil(waitMs / 2000))) },
    ),
  tokenUnavailable: (why: string) =>
    new ProxyError(
      503,
      PROXY_CODES.tokenUnavailable,
      text(
        `代理无法获取飞书 tenant_access_token（${why}），请 IT 检查应用 ID 和密钥`,
        `The proxy cannot get a Feishu tenant_access_token (${why}); IT should check the app id and secret`,
      ),
    ),
  internal: () =>
    new ProxyError(
      500,
      PROXY_CODES.internal,
      text("代理内部错误，请求未发送", "The proxy failed internally; the request was not sent"),
    ),
};
