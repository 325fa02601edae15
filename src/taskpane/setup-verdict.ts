/**
 * What a run's setup failure (feishu/setup-failure.ts) means for the clerk, in the pane's own
 * words from the answer's code: who fixes what. Rows were left pending, none stamped failed.
 */
import { messageText, type ConnectionKey } from "../core/catalog";
import { PROXY_CODES } from "../core/feishu/proxy-codes";
import type { Outcome } from "../core/outcome";
import type { ConnectionVerdict } from "./connection";

const verdict = (
  fixer: ConnectionVerdict["fixer"],
  headline: ConnectionKey,
  advice: ConnectionKey,
): ConnectionVerdict => ({
  ok: false,
  headline: messageText(`connection.${headline}`),
  fixer,
  advice: messageText(`connection.${advice}`),
});

export function setupVerdict(o: Pick<Outcome, "code">): ConnectionVerdict {
  switch (o.code) {
    case PROXY_CODES.unauthenticated:
      return verdict("clerk", "setupKeyRefused", "setupKeyRefusedAdvice");
    case PROXY_CODES.forbidden:
      return verdict("it", "setupForbidden", "allowListAdvice");
    case 99991672:
      return verdict("it", "setupScope", "setupScopeAdvice");
    case 99991401:
      return verdict("it", "setupIpList", "setupIpListAdvice");
    case 99991403:
      return verdict("it", "setupQuota", "setupQuotaAdvice");
    default:
      return verdict("it", "setupToken", "credentialsAdvice");
  }
}
