/**
 * Who may call: `Authorization: Bearer …` checked as an API key (hashed, constant-time)
 * or as a Microsoft Entra ID access token (JWT verified against the tenant's JWKS).
 * Answers the caller's identity for the audit log, or throws a 401/403 ProxyError.
 */
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from "jose";
import { matchApiKey } from "./api-keys";
import type { AuthSettings } from "./config";
import { DEV_API_KEY } from "./config";
import { proxyErrors } from "./errors";

export interface Caller {
  /** `key:<name>` or `entra:<upn or oid>`: what the audit log and /self-check show. */
  id: string;
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

function apiKeyAuthenticator(s: Extract<AuthSettings, { mode: "apikey" }>): Authenticator {
  return async (authorization) => {
    const key = bearer(authorization);
    if (s.devKey && key === DEV_API_KEY) return { id: "key:dev" };
    const name = matchApiKey(key, s.keys);
    if (!name) throw proxyErrors.badKey();
    return { id: `key:${name}` };
  };
}

/** The v1 and v2 issuers of one tenant: nothing else is accepted. */
export const entraIssuers = (tenantId: string): string[] => [
  `https://login.microsoftonline.com/${tenantId}/v2.0`,
  `https://sts.windows.net/${tenantId}/`,
];

function entraAuthenticator(s: Extract<AuthSettings, { mode: "entra" }>): Authenticator {
  const jwks = createRemoteJWKSet(new URL(s.jwksUrl), {
    timeoutDuration: 5000,
    cooldownDuration: 30_000,
    cacheMaxAge: 6 * 3600_000,
  });
  const issuer = entraIssuers(s.tenantId);
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
      throw proxyErrors.badToken(describeJoseError(e));
    }
    if (typeof payload.tid === "string" && payload.tid.toLowerCase() !== s.tenantId)
      throw proxyErrors.badToken("it is for another tenant");
    const who = entraName(payload);
    if (!onAllowList(payload, s)) throw proxyErrors.notAllowed(who);
    return { id: `entra:${who}` };
  };
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v ? v : undefined);

function entraName(p: JWTPayload): string {
  return (
    str(p.upn) ?? str(p.preferred_username) ?? str(p.unique_name) ?? str(p.oid) ?? str(p.sub) ?? "unknown"
  );
}

function onAllowList(p: JWTPayload, s: Extract<AuthSettings, { mode: "entra" }>): boolean {
  if (s.allowedUsers.length === 0 && s.allowedGroups.length === 0) return true;
  const names = [p.oid, p.upn, p.preferred_username, p.unique_name]
    .map(str)
    .filter((x): x is string => !!x)
    .map((x) => x.toLowerCase());
  if (names.some((n) => s.allowedUsers.includes(n))) return true;
  const groups = Array.isArray(p.groups) ? p.groups.map(String).map((g) => g.toLowerCase()) : [];
  return groups.some((g) => s.allowedGroups.includes(g));
}

function describeJoseError(e: unknown): string {
  if (e instanceof joseErrors.JWTExpired) return "it has expired";
  if (e instanceof joseErrors.JWTClaimValidationFailed) {
    if (e.claim === "iss") return "wrong issuer (another tenant or not Entra ID)";
    if (e.claim === "aud") return "wrong audience (not issued for this proxy)";
    if (e.claim === "nbf") return "not valid yet";
    return `claim ${e.claim} is not valid`;
  }
  if (e instanceof joseErrors.JWSSignatureVerificationFailed) return "bad signature";
  if (e instanceof joseErrors.JWKSNoMatchingKey) return "signed by a key the tenant does not publish";
  if (e instanceof joseErrors.JWSInvalid || e instanceof joseErrors.JWTInvalid)
    return "not a well-formed JWT";
  if (e instanceof joseErrors.JOSEAlgNotAllowed) return "algorithm not allowed";
  if (e instanceof joseErrors.JWKSTimeout) return "the tenant's signing keys could not be fetched in time";
  return "it could not be verified";
}
