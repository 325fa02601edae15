/**
 * The outcome tables for answers that are not Feishu's: the proxy's own codes (proxy-codes.ts),
 * transport failures, and HTTP statuses that came without a body code. Words: catalog/outcomes.*.ts.
 */
import type { TransportFailureType } from "../outcome";
import {
  ASK_IT,
  AUTO_RETRY,
  FEISHU_CODES,
  FIX_ROW,
  IT_CREDENTIALS,
  CHECK_KEY,
  r,
  type Rule,
} from "./outcome-rules";
import { PROXY_CODES } from "./proxy-codes";

export const P = PROXY_CODES;
/** The proxy's own codes (proxy-codes.ts). `uncertain: false` marks calls the proxy did not send on. */
export const PROXY_RULES: Record<number, Rule> = {
  [P.unauthenticated]: r("permission", "proxyUnauthenticated", CHECK_KEY, false),
  [P.forbidden]: r("permission", "proxyForbidden", "hintForbidden", false),
  [P.missingRole]: r("permission", "proxyMissingRole", "hintMissingRole", false),
  [P.callerRateLimited]: r("rate_limited", "proxyCallerRateLimited", AUTO_RETRY, false),
  [P.upstreamBusy]: r("rate_limited", "proxyUpstreamBusy", AUTO_RETRY, false),
  [P.upstreamUnreachable]: r("retryable", "proxyUpstreamUnreachable", AUTO_RETRY, false),
  [P.upstreamTimeout]: r("retryable", "proxyUpstreamTimeout", AUTO_RETRY, true),
  [P.bodyTooLarge]: r("invalid", "proxyBodyTooLarge", FIX_ROW, false),
  [P.badRequest]: r("invalid", "proxyBadRequest", FIX_ROW, false),
  [P.notFound]: r("fatal", "proxyNotFound", "hintProxyPath", false),
  [P.internal]: r("fatal", "proxyInternal", ASK_IT, false),
  [P.tokenUnavailable]: r("fatal", "proxyTokenUnavailable", IT_CREDENTIALS, false),
  [P.signInUnavailable]: r("retryable", "proxySignInUnavailable", "hintSignInUnavailable", false),
};

export const TRANSPORT: Record<TransportFailureType, Rule> = {
  timeout: r("retryable", "transportTimeout", AUTO_RETRY),
  reset: r("retryable", "transportReset", AUTO_RETRY),
  refused: r("retryable", "transportRefused", "hintRefused"),
  network: r("retryable", "transportNetwork", AUTO_RETRY),
  aborted: r("retryable", "transportAborted", "hintAborted"),
};

/** Statuses a gateway in front of the proxy (the dev server, an HTTPS terminator) answers when the proxy does not. */
const GATEWAY = new Set([502, 503, 504]);

/**
 * The one rule for "a gateway answered because the proxy could not be reached or did not answer":
 * a 502/503/504 that did not come from the proxy (neither its header nor its envelope's code).
 */
export const gatewaySaysProxyDown = (status: number, fromProxy: boolean): boolean =>
  GATEWAY.has(status) && !fromProxy;

/**
 * An answer without a body code, by its status. `fromProxy`: the proxy's own header
 * (PROXY_HEADERS.sends) came with it; a 502/503/504 without it is a gateway saying the proxy
 * could not be reached or did not answer (it may have been sent: uncertain, like any 5xx).
 */
export function byStatus(status: number, fromProxy = true): Rule {
  if (status === 429) return FEISHU_CODES[99991400];
  if (gatewaySaysProxyDown(status, fromProxy)) return r("retryable", "httpGateway", "hintGateway", true);
  if (status >= 500) return r("retryable", "httpServerError", AUTO_RETRY, true);
  if (status === 401 || status === 403) return PROXY_RULES[P.unauthenticated];
  if (status === 404) return r("fatal", "httpNotFound", "hintWrongUrl");
  if (status === 400 || status === 413) return r("invalid", "httpRejected", FIX_ROW);
  return r("fatal", "httpUnexpected", "hintUnexpected");
}
