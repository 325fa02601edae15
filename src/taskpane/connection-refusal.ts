/**
 * The proxy refused a Microsoft sign-in: what the clerk reads, by the proxy's machine-readable
 * reason (`data.reason`). API-key refusals and answers from older proxies (no reason) are left
 * to connectionVerdict.
 */
import { messageText, type ConnectionKey } from "../core/catalog";
import type { RefusalReason } from "../core/feishu/proxy-codes";
import type { ConnectionVerdict } from "./connection";
import type { ConnectionFailure } from "./ports";

type Refusal = Exclude<RefusalReason, "no_credential" | "bad_key">;

const WORDS: Record<Refusal, [ConnectionVerdict["fixer"], ConnectionKey, ConnectionKey]> = {
  token_expired: ["clerk", "signInExpired", "signInExpiredAdvice"],
  token_not_yet_valid: ["clerk", "signInNotYetValid", "signInNotYetValidAdvice"],
  token_too_old: ["clerk", "signInExpired", "signInExpiredAdvice"],
  not_an_access_token: ["it", "notAccessToken", "notAccessTokenAdvice"],
  wrong_scope: ["it", "notAccessToken", "notAccessTokenAdvice"],
  app_not_allowed: ["it", "notAccessToken", "notAccessTokenAdvice"],
  wrong_audience: ["it", "wrongAudience", "wrongAudienceAdvice"],
  wrong_issuer: ["clerk", "wrongIssuer", "workAccountAdvice"],
  wrong_tenant: ["clerk", "wrongTenant", "workAccountAdvice"],
  bad_signature: ["it", "signInUnverified", "signInUnverifiedAdvice"],
  unknown_signing_key: ["it", "signInUnverified", "signInUnverifiedAdvice"],
  malformed_token: ["it", "signInUnverified", "signInUnverifiedAdvice"],
  signing_keys_unavailable: ["it", "signInUnverified", "signInUnverifiedAdvice"],
  invalid_token: ["it", "signInUnverified", "signInUnverifiedAdvice"],
  not_allowed: ["it", "notInGroup", "notInGroupAdvice"],
  missing_role: ["it", "missingRole", "missingRoleAdvice"],
};

export function refusalVerdict(f: ConnectionFailure): ConnectionVerdict | null {
  if (!f.reason || f.reason === "no_credential" || f.reason === "bad_key") return null;
  const [fixer, headline, advice] = WORDS[f.reason];
  return {
    ok: false,
    headline: messageText(`connection.${headline}`),
    fixer,
    advice: messageText(`connection.${advice}`),
  };
}
