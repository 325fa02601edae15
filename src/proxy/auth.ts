/**
 * Who may call: `Authorization: Bearer …` checked as an API key (hashed, constant-time)
 * or as a Microsoft Entra ID access token (JWT verified against the tenant's JWKS).
 * Answers the caller's identity and permissions, or throws a 401/403 ProxyError.
 */
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from "jose";
import type { RefusalReason } from "../core/feishu/proxy-codes";
import type { Text } from "../core/i18n";
import { matchApiKey } from "./api-keys";
import type { AuthSettings } from "./config";
import { DEV_API_KEY } from "./config";
import { proxyErrors, say } from "./errors";
import { ALL_PERMISSIONS, entraPermissions, type Permissions } from "./permissions";

export interface Caller {
  /** `key:<name>` or `entra:<upn or oid>`: what the audit log and /self-check show. */
  id: string;
  /** The signed-in user's display name (`name` claim); null for API keys. */
  name: string | null;
  /** The signed-in user's object id (`oid` claim); null for API keys. */
  oid: string | null;
  /** What this caller may do beyond reading (decided in permissions.ts). */
  may: Permissions;
}

export type Authenticator = (authorization: string | undefined) => Promise<Caller>;

export function bearer(authorization: string | undefined): string {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!m) throw proxyErrors.noCredential();
  return m[1];
}

export function createAuthenticator(settings: AuthSettings): Authenticator {
  return settings.mode === "apikey" ? apiKeyAuthenticator(settings) : entraAuthenticator(settings);
}

const keyCaller = (name: string): Caller => ({
  id: `key:${name}`,
  name: null,
  oid: null,
  may: ALL_PERMISSIONS,
});

function apiKeyAuthenticator(s: Extract<AuthSettings, { mode: "apikey" }>): Authenticator {
  return async (authorization) => {
    const key = bearer(authorization);
    if (s.devKey && key === DEV_API_KEY) return keyCaller("dev");
    const name = matchApiKey(key, s.keys);
    if (!name) throw proxyErrors.badKey();
    return keyCaller(name);
  };
}

/**
 * What a proxy token issued to `caller` stays bound to: the credential it showed, as the
 * configuration knows it now (an API key's stored hash; the Entra ID settings). So a token
 * outlives a restart and works on every instance with the same settings, but not the
 * removal or replacement of its key. Null: this configuration no longer knows the caller.
 */
export function credentialOf(settings: AuthSettings): (caller: Caller) => string | null {
  if (settings.mode === "entra") {
    const entra = JSON.stringify(settings);
    return (c) => (c.id.startsWith("entra:") ? entra : null);
  }
  return (c) => {
    if (!c.id.startsWith("key:")) return null;
    const name = c.id.slice("key:".length);
    if (settings.devKey && name === "dev") return "dev";
    const key = settings.keys.find((k) => k.name === name);
    return key ? `key:${name}:${key.hash.toString("hex")}` : null;
  };
}

/** The v2 issuer of one tenant at its authority, and its v1 issuer: nothing else is accepted. */
export const entraIssuers = (tenantId: string, authority = "https://login.microsoftonline.com"): string[] => [
  `${authority}/${tenantId}/v2.0`,
  `https://sts.windows.net/${tenantId}/`,
];

type EntraSettings = Extract<AuthSettings, { mode: "entra" }>;

function entraAuthenticator(s: EntraSettings): Authenticator {
  const jwks = createRemoteJWKSet(new URL(s.jwksUrl), {
    timeoutDuration: 5000,
    cooldownDuration: 30_000,
    cacheMaxAge: 6 * 3600_000,
  });
  const issuer = entraIssuers(s.tenantId, s.authority);
  return async (authorization) => {
    const token = bearer(authorization);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        issuer,
        audience: s.audiences,
        algorithms: ["RS256"],
        clockTolerance: 60,
      }));
    } catch (e) {
      const [why, reason] = describeJoseError(e);
      throw proxyErrors.badToken(why, reason);
    }
    if (typeof payload.tid === "string" && payload.tid.toLowerCase() !== s.tenantId)
      throw proxyErrors.badToken(say("tokenOtherTenant"), "wrong_tenant");
    const who = entraName(payload);
    if (!onAllowList(payload, s)) throw proxyErrors.notAllowed(who);
    return {
      id: `entra:${who}`,
      name: str(payload.name) ?? null,
      oid: str(payload.oid) ?? null,
      may: entraPermissions(s, strings(payload.roles), strings(payload.groups)),
    };
  };
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === "string") : []);

function entraName(p: JWTPayload): string {
  return (
    str(p.upn) ?? str(p.preferred_username) ?? str(p.unique_name) ?? str(p.oid) ?? str(p.sub) ?? "unknown"
  );
}

function onAllowList(p: JWTPayload, s: EntraSettings): boolean {
  if (s.allowedUsers.length === 0 && s.allowedGroups.length === 0) return true;
  const names = [p.oid, p.upn, p.preferred_username, p.unique_name]
    .map(str)
    .filter((x): x is string => !!x)
    .map((x) => x.toLowerCase());
  if (names.some((n) => s.allowedUsers.includes(n))) return true;
  const groups = strings(p.groups).map((g) => g.toLowerCase());
  return groups.some((g) => s.allowedGroups.includes(g));
}

function describeJoseError(e: unknown): [Text, RefusalReason] {
  if (e instanceof joseErrors.JWTExpired) return [say("tokenExpired"), "token_expired"];
  if (e instanceof joseErrors.JWTClaimValidationFailed) {
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
  if (e instanceof joseErrors.JWKSTimeout) return [say("tokenKeysTimeout"), "signing_keys_unavailable"];
  return [say("tokenUnverified"), "invalid_token"];
}
