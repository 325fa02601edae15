/**
 * The outcome rules for answers that carry no body code: transport failures, and HTTP statuses
 * that came without one. Body codes (Feishu's and the proxy's) are in the one table, codes.ts.
 * Words: catalog/outcomes.*.ts.
 */
import type { TransportFailureType } from "../outcome";
import { RATE_LIMIT_CODE } from "./codes";
import { AUTO_RETRY, FIX_ROW, r, ruleOfCode, type Rule } from "./outcome-rules";
import { PROXY_CODES } from "./proxy-codes";

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
  if (status === 429) return ruleOfCode(RATE_LIMIT_CODE) as Rule;
  if (gatewaySaysProxyDown(status, fromProxy)) return r("retryable", "httpGateway", "hintGateway", true);
  if (status >= 500) return r("retryable", "httpServerError", AUTO_RETRY, true);
  if (status === 401 || status === 403) return ruleOfCode(PROXY_CODES.unauthenticated) as Rule;
  if (status === 404) return r("fatal", "httpNotFound", "hintWrongUrl");
  if (status === 400 || status === 413) return r("invalid", "httpRejected", FIX_ROW);
  return r("fatal", "httpUnexpected", "hintUnexpected");
}
