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
  [P.keyConflict]: r("invalid", "proxyKeyConflict", "hintKeyConflict", false),
  [P.callerRateLimited]: r("rate_limited", "proxyCallerRateLimited", AUTO_RETRY, false),
  [P.upstreamBusy]: r("rate_limited", "proxyUpstreamBusy", AUTO_RETRY, false),
  [P.upstreamUnreachable]: r("retryable", "proxyUpstreamUnreachable", AUTO_RETRY, false),
  [P.upstreamTimeout]: r("retryable", "proxyUpstreamTimeout", AUTO_RETRY, true),
  [P.bodyTooLarge]: r("invalid", "proxyBodyTooLarge", FIX_ROW, false),
  [P.badRequest]: r("invalid", "proxyBadRequest", FIX_ROW, false),
  [P.notFound]: r("fatal", "proxyNotFound", "hintProxyPath", false),
  [P.internal]: r("fatal", "proxyInternal", ASK_IT, false),
  [P.tokenUnavailable]: r("fatal", "proxyTokenUnavailable", IT_CREDENTIALS, false),
};

export const TRANSPORT: Record<TransportFailureType, Rule> = {
  timeout: r("retryable", "transportTimeout", AUTO_RETRY),
  reset: r("retryable", "transportReset", AUTO_RETRY),
  refused: r("retryable", "transportRefused", "hintRefused"),
  network: r("retryable", "transportNetwork", AUTO_RETRY),
  aborted: r("retryable", "transportAborted", "hintAborted"),
};

export function byStatus(status: number): Rule {
  const values = { status: String(status) };
  if (status === 429) return FEISHU_CODES[99991400];
  if (status >= 500) return r("retryable", "httpServerError", AUTO_RETRY, true, values);
  if (status === 401 || status === 403) return PROXY_RULES[P.unauthenticated];
  if (status === 404) return r("fatal", "httpNotFound", "hintWrongUrl");
  if (status === 400 || status === 413) return r("invalid", "httpRejected", FIX_ROW, undefined, values);
  return r("fatal", "httpUnexpected", "hintUnexpected", undefined, values);
}
