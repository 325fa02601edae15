/**
 * What an Entra ID token must be for the proxy to act on it (docs/entra-tokens.md): signed
 * (RS256) by a key the tenant publishes, from an accepted issuer, for this API's audience, with
 * `exp` and `iat` (not expired, not older than the maximum age), for this tenant (`tid`), and an
 * **access** token: a user's (delegated, `scp` holding the API's scope, with an `oid`) or, only
 * when IT named app roles, an app's (no `scp`, one of those roles). ID tokens and other apps'
 * tokens are refused. Identity is the object id; names are display only.
 */
import { errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import type { RefusalReason } from "../core/feishu/proxy-codes";
import type { Text } from "../core/i18n";
import type { EntraSettings } from "./entra-config";
import { SigningKeysUnavailable } from "./entra-keys";
import { proxyErrors, say } from "./errors";

/** Seconds of clock difference allowed between Entra ID and the proxy. */
export const CLOCK_TOLERANCE_S = 60;

export interface EntraIdentity {
  /** A signed-in user (delegated token) or an app acting as itself (app-only token). */
  kind: "user" | "app";
  /** The user's (or the app's service principal's) object id: what the proxy authorises by. */
  oid: string;
  /** For display only: the `name` claim, else `preferred_username`/`upn` (mutable, never trusted). */
  name: string | null;
  roles: string[];
  groups: string[];
  /** The token's `exp` (seconds since 1970). */
  exp: number;
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === "string") : []);

/** Verifies `token` and says whose it is; throws the 401 (or 503 when keys cannot be had). */
export async function verifyEntraToken(
  token: string,
  keys: JWTVerifyGetKey,
  s: EntraSettings,
): Promise<EntraIdentity> {
  let p: JWTPayload;
  try {
    ({ payload: p } = await jwtVerify(token, keys, {
      issuer: s.issuers,
      audience: s.audiences,
      algorithms: ["RS256"],
      clockTolerance: CLOCK_TOLERANCE_S,
      requiredClaims: ["exp", "iat"],
      maxTokenAge: s.maxTokenAgeSec,
    }));
  } catch (e) {
    if (e instanceof SigningKeysUnavailable) throw proxyErrors.signInUnavailable();
    const [why, reason] = describeJoseError(e);
    throw proxyErrors.badToken(why, reason);
  }
  if (str(p.tid)?.toLowerCase() !== s.tenantId) throw refuse("tokenOtherTenant", "wrong_tenant");
  const oid = str(p.oid)?.toLowerCase();
  const roles = strings(p.roles);
  const base = {
    name: str(p.name) ?? str(p.preferred_username) ?? str(p.upn) ?? null,
    roles,
    exp: p.exp ?? 0,
  };
  const scp = typeof p.scp === "string" ? p.scp.split(" ") : null;
  if (scp) {
    if (!scp.includes(s.requiredScope)) throw refuse("tokenWrongScope", "wrong_scope", s.requiredScope);
    if (!oid) throw proxyErrors.badToken(say("tokenBadClaim", { claim: "oid" }), "invalid_token");
    return { kind: "user", oid, groups: strings(p.groups).map((g) => g.toLowerCase()), ...base };
  }
  const appOnly = p.idtyp === "app" || (!!oid && oid === str(p.sub)?.toLowerCase());
  if (!appOnly || !oid) throw refuse("tokenNotAccessToken", "not_an_access_token", s.requiredScope);
  if (!roles.some((r) => s.appRoles.includes(r))) throw refuse("tokenAppOnly", "app_not_allowed");
  return { kind: "app", oid, groups: [], ...base };
}

const refuse = (key: Parameters<typeof say>[0], reason: RefusalReason, scope?: string) =>
  proxyErrors.badToken(say(key, scope ? { scope } : undefined), reason);

function describeJoseError(e: unknown): [Text, RefusalReason] {
  if (e instanceof joseErrors.JWTExpired)
    return e.claim === "iat" ? [say("tokenTooOld"), "token_too_old"] : [say("tokenExpired"), "token_expired"];
  if (e instanceof joseErrors.JWTClaimValidationFailed) {
    if (e.reason === "missing") return [say("tokenMissingClaim", { claim: e.claim }), "invalid_token"];
    if (e.claim === "iss") return [say("tokenWrongIssuer"), "wrong_issuer"];
    if (e.claim === "aud") return [say("tokenWrongAudience"), "wrong_audience"];
    if (e.claim === "nbf") return [say("tokenNotYetValid"), "token_not_yet_valid"];
    return [say("tokenBadClaim", { claim: e.claim }), "invalid_token"];
  }
  if (e instanceof joseErrors.JWSSignatureVerificationFailed)
    return [say("tokenBadSignature"), "bad_signature"];
  if (e instanceof joseErrors.JWKSNoMatchingKey) return [say("tokenUnknownKey"), "unknown_signing_key"];
  if (e instanceof joseErrors.JWSInvalid || e instanceof joseErrors.JWTInvalid)
    return [say("tokenMalformed"), "malformed_token"];
  if (e instanceof joseErrors.JOSEAlgNotAllowed) return [say("tokenAlgorithm"), "invalid_token"];
  return [say("tokenUnverified"), "invalid_token"];
}
