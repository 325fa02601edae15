/**
 * The proxy's own answers, always in Feishu's envelope `{code, msg}` with a PROXY_CODES code,
 * so a client (the add-in or any Feishu SDK) reads one format. `msg` carries English and
 * Chinese, because an SDK user or IT admin may read either. The one exception is a caller
 * who must wait: that refusal is Feishu's own rate-limit answer (99991400 and its headers,
 * docs/feishu-api.md §4.3), which every SDK and the add-in already know how to wait out.
 */
import { PROXY_CODES, type Permission, type ProxyCode, type RefusalReason } from "../core/feishu/proxy-codes";
import { text, type Text } from "../core/i18n";

/** Feishu's "request trigger frequency limit" (docs/feishu-api.md §4.3). */
export const FEISHU_RATE_LIMITED = 99991400;

/** What the upstream answered, attached to an answer the proxy could not relay as certain. */
export interface UpstreamBody {
  upstream_status: number;
  upstream_content_type: string | null;
  upstream_body: string;
}

export class ProxyError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProxyCode | typeof FEISHU_RATE_LIMITED,
    readonly text: Text,
    readonly headers: Record<string, string> = {},
    /** Machine-readable detail for refusals (`data.reason`, `data.needs`). */
    readonly data?: { reason: RefusalReason; needs?: Permission },
    /** Set when the upstream did answer (for the audit log and the `error` field). */
    readonly upstream: UpstreamBody | null = null,
  ) {
    super(text.en);
  }
  get envelope(): { code: number; msg: string; data?: ProxyError["data"]; error?: UpstreamBody } {
    return {
      code: this.code,
      msg: renderMsg(this.text),
      ...(this.data ? { data: this.data } : {}),
      ...(this.upstream ? { error: this.upstream } : {}),
    };
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
  /** The caller's wait in the queue would pass its timeout: not sent, retry after `resetSec`. */
  rateLimited: (resetSec: number, limitPerSec: number) =>
    new ProxyError(
      429,
      FEISHU_RATE_LIMITED,
      text(
        `request trigger frequency limit：排队等候发往飞书的时间超过了请求的超时时间，请求未发送，请 ${resetSec} 秒后重试`,
        `request trigger frequency limit: the wait in the proxy's queue to Feishu would pass the request's timeout; the request was not sent, retry in ${resetSec} s`,
      ),
      {
        "x-ogw-ratelimit-limit": String(Math.max(1, Math.floor(limitPerSec))),
        "x-ogw-ratelimit-reset": String(resetSec),
        "retry-after": String(resetSec),
      },
    ),
  notAllowedMethod: (method: string, path: string, allow: string[]) =>
    new ProxyError(
      405,
      PROXY_CODES.notFound,
      text(
        `代理不转发 ${method} ${path}，请使用 ${allow.join("、")}`,
        `The proxy does not relay ${method} ${path}; use ${allow.join(", ")}`,
      ),
      { allow: allow.join(", ") },
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
  outcomeUnknown: (isCreate: boolean, why: string, upstream: UpstreamBody | null = null) =>
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
      {},
      undefined,
      upstream,
    ),
  /** A create was sent and answered, but not with a Feishu business answer: it may have been written. */
  answerUncertain: (upstream: UpstreamBody) => {
    const what = `HTTP ${upstream.upstream_status}${upstream.upstream_content_type ? `, ${upstream.upstream_content_type}` : ""}`;
    return new ProxyError(
      502,
      PROXY_CODES.upstreamTimeout,
      text(
        `飞书的应答不是业务应答（${what}）：记录可能已写入，也可能没有。请使用相同的 idempotent_id 重新发送`,
        `Feishu's answer was not a business answer (${what}): the record may or may not have been written. Resend it with the same idempotent_id`,
      ),
      {},
      undefined,
      upstream,
    );
  },
  /** Shutting down: what is still queued was not sent. */
  shuttingDown: () =>
    new ProxyError(
      503,
      PROXY_CODES.upstreamBusy,
      text(
        "代理正在停止，请求未发送，请稍后重试",
        "The proxy is stopping; the request was not sent, retry later",
      ),
      { "retry-after": "1" },
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
