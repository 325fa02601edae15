/**
 * The proxy's own answers, always in Feishu's envelope `{code, msg}` with a PROXY_CODES code,
 * so a client (the add-in or any Feishu SDK) reads one format. `msg` carries English and
 * Chinese, because an SDK user or IT admin may read either. The one exception is a caller
 * who must wait: that refusal is Feishu's own rate-limit answer (99991400 and its headers,
 * docs/feishu-api.md §4.3), which every SDK and the add-in already know how to wait out.
 */
import { RATE_LIMIT_CODE } from "../core/feishu/codes";
import { PROXY_CODES, type Permission, type ProxyCode, type RefusalReason } from "../core/feishu/proxy-codes";
import { formatMessage, messageText, type MessageValues, type ProxyKey } from "../core/catalog";
import { pick, type Text } from "../core/i18n";

/** What the upstream answered, attached to an answer the proxy could not relay as certain. */
export interface UpstreamBody {
  upstream_status: number;
  upstream_content_type: string | null;
  upstream_body: string;
}

export class ProxyError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProxyCode | typeof RATE_LIMIT_CODE,
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

/** One of the proxy's own answers from the catalogue (catalog/proxy.*.ts), in both languages. */
export const say = (key: ProxyKey, values?: MessageValues): Text => messageText(`proxy.${key}`, values);

export const proxyErrors = {
  noCredential: () => refused(401, PROXY_CODES.unauthenticated, say("noCredential"), "no_credential"),
  badKey: () => refused(401, PROXY_CODES.unauthenticated, say("badKey"), "bad_key"),
  badToken: (why: Text, reason: RefusalReason) =>
    refused(
      401,
      PROXY_CODES.unauthenticated,
      messageText("proxy.badToken", (l) => ({ why: pick(why, l) })),
      reason,
    ),
  notAllowed: (who: string) => refused(403, PROXY_CODES.forbidden, say("notAllowed", { who }), "not_allowed"),
  missingRole: (who: string, needs: Permission) =>
    refused(
      403,
      PROXY_CODES.missingRole,
      say(needs === "write" ? "missingWriteRole" : "missingRevokeRole", { who }),
      "missing_role",
      needs,
    ),
  /** The caller's wait in the queue would pass its timeout: not sent, retry after `resetSec`. */
  rateLimited: (resetSec: number, limitPerSec: number) =>
    new ProxyError(429, RATE_LIMIT_CODE, say("rateLimited", { seconds: String(resetSec) }), {
      "x-ogw-ratelimit-limit": String(Math.max(1, Math.floor(limitPerSec))),
      "x-ogw-ratelimit-reset": String(resetSec),
      "retry-after": String(resetSec),
    }),
  notAllowedMethod: (method: string, path: string, allow: string[]) =>
    new ProxyError(
      405,
      PROXY_CODES.notFound,
      messageText("proxy.methodNotRelayed", (l) => ({
        method,
        path,
        allow: allow.reduce(
          (list, m) => (list ? formatMessage(l, "proxy.list", { first: list, second: m }) : m),
          "",
        ),
      })),
      { allow: allow.join(", ") },
    ),
  notFound: (method: string, path: string) =>
    new ProxyError(404, PROXY_CODES.notFound, say("notRelayed", { method, path })),
  badRequest: (why: string) => new ProxyError(400, PROXY_CODES.badRequest, say("badRequest", { why })),
  bodyTooLarge: (limit: number) =>
    new ProxyError(413, PROXY_CODES.bodyTooLarge, say("bodyTooLarge", { limit: String(limit) })),
  unreachable: (why: string) =>
    new ProxyError(502, PROXY_CODES.upstreamUnreachable, say("unreachable", { why })),
  outcomeUnknown: (isCreate: boolean, why: string, upstream: UpstreamBody | null = null) =>
    new ProxyError(
      504,
      PROXY_CODES.upstreamTimeout,
      say(isCreate ? "createUnanswered" : "unanswered", { why }),
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
      say("answerUncertain", { what }),
      {},
      undefined,
      upstream,
    );
  },
  /** Shutting down: what is still queued was not sent. */
  shuttingDown: () =>
    new ProxyError(503, PROXY_CODES.upstreamBusy, say("shuttingDown"), { "retry-after": "1" }),
  /** The tenant's signing keys cannot be had: the sign-in is not known to be bad, it cannot be checked. */
  signInUnavailable: () =>
    new ProxyError(503, PROXY_CODES.signInUnavailable, say("signInUnavailable"), { "retry-after": "5" }),
  tokenUnavailable: (why: string) =>
    new ProxyError(503, PROXY_CODES.tokenUnavailable, say("tokenUnavailable", { why })),
  internal: () => new ProxyError(500, PROXY_CODES.internal, say("internal")),
};
