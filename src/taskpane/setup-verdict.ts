/**
 * What a run's setup failure (feishu/codes.ts) means for the clerk, in the pane's own
 * words from what the one table of codes says is at fault: who fixes what. Rows were left pending, none stamped failed.
 */
import { messageText, type ConnectionKey } from "../core/catalog";
import { setupFaultOf } from "../core/feishu/codes";
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
  switch (setupFaultOf(o.code)) {
    case "key":
      return verdict("clerk", "setupKeyRefused", "setupKeyRefusedAdvice");
    case "allow-list":
      return verdict("it", "setupForbidden", "allowListAdvice");
    case "scope":
      return verdict("it", "setupScope", "setupScopeAdvice");
    case "ip-list":
      return verdict("it", "setupIpList", "setupIpListAdvice");
    case "quota":
      return verdict("it", "setupQuota", "setupQuotaAdvice");
    default:
      return verdict("it", "setupToken", "credentialsAdvice");
  }
}
