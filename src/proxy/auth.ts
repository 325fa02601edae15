/**
 * Who may call: `Authorization: Bearer …` checked as an API key (hashed, constant-time)
 * or as a Microsoft Entra ID access token (JWT verified against the tenant's JWKS).
 * Answers the caller's identity and permissions, or throws a 401/403 ProxyError.
 */
import { matchApiKey } from "./api-keys";
import type { AuthSettings } from "./config";
import { DEV_API_KEY } from "./config";
import { systemClock, type ProxyClock } from "./clock";
import { createKeySource } from "./entra-keys";
import { verifyEntraToken, type EntraIdentity } from "./entra-token";
import { proxyErrors } from "./errors";
import { ALL_PERMISSIONS, entraPermissions, type Permissions } from "./permissions";

export interface Caller {
  /** `key:<name>` or `entra:<object id>`: what the audit log and /self-check show. */
  id: string;
  /** The signed-in user's display name (`name` claim, never trusted); null for API keys. */
  name: string | null;
  /** The signed-in user's object id (`oid` claim); null for API keys. */
  oid: string | null;
  /** What this caller may do beyond reading (decided in permissions.ts). */
  may: Permissions;
  /** When the credential itself expires (an Entra token's `exp`, seconds); absent for API keys. */
  expiresAt?: number;
}

export type Authenticator = (authorization: string | undefined) => Promise<Caller>;

export function bearer(authorization: string | undefined): string {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!m) throw proxyErrors.noCredential();
  return m[1];
}

export interface AuthenticatorOptions {
  clock?: ProxyClock;
  /** Told why fetching the tenant's signing keys failed (for the log). */
  onKeysFailed?: (why: string) => void;
}

export function createAuthenticator(settings: AuthSettings, o: AuthenticatorOptions = {}): Authenticator {
  return settings.mode === "apikey" ? apiKeyAuthenticator(settings) : entraAuthenticator(settings, o);
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

type EntraSettings = Extract<AuthSettings, { mode: "entra" }>;

function entraAuthenticator(s: EntraSettings, o: AuthenticatorOptions): Authenticator {
  const keys = createKeySource({
    url: s.jwksUrl,
    timeoutMs: s.keysTimeoutMs,
    clock: o.clock ?? systemClock,
    onFetchFailed: o.onKeysFailed,
  });
  return async (authorization) => {
    const id = await verifyEntraToken(bearer(authorization), keys, s);
    if (id.kind === "user" && !onAllowList(id, s)) throw proxyErrors.notAllowed(label(id));
    return {
      id: `entra:${id.oid}`,
      name: id.name,
      oid: id.oid,
      may: entraPermissions(s, id.roles, id.groups),
      expiresAt: id.exp,
    };
  };
}

/** How a caller is named in messages: the display name beside the object id, or the key's name. */
export function callerLabel(c: Pick<Caller, "id" | "name" | "oid">): string {
  return c.oid ? label({ name: c.name, oid: c.oid }) : c.id.replace(/^\w+:/, "");
}
const label = (id: { name: string | null; oid: string }) => (id.name ? `${id.name} (${id.oid})` : id.oid);

/** By object id and group object id only: names in a token can be chosen by whoever holds them. */
function onAllowList(id: EntraIdentity, s: EntraSettings): boolean {
  if (s.allowedUsers.length === 0 && s.allowedGroups.length === 0) return true;
  if (s.allowedUsers.includes(id.oid)) return true;
  return id.groups.some((g) => s.allowedGroups.includes(g));
}
