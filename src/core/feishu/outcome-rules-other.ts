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

export function byStatus(status: number): Rule {
  const values = { status: String(status) };
  if (status === 429) return ruleOfCode(RATE_LIMIT_CODE) as Rule;
  if (status >= 500) return r("retryable", "httpServerError", AUTO_RETRY, true, values);
  if (status === 401 || status === 403) return ruleOfCode(PROXY_CODES.unauthenticated) as Rule;
  if (status === 404) return r("fatal", "httpNotFound", "hintWrongUrl");
  if (status === 400 || status === 413) return r("invalid", "httpRejected", FIX_ROW, undefined, values);
  return r("fatal", "httpUnexpected", "hintUnexpected", undefined, values);
}
