/**
 * The Microsoft Entra ID settings (PROXY_AUTH_MODE=entra), read from the environment and
 * checked at boot: which tokens the proxy accepts (issuer, audience, scope, age), who is let
 * in (object ids and groups, never names) and what they may do. What each check is for:
 * docs/entra-tokens.md.
 */
import { z } from "zod";
import type { Grant } from "./config";

/** An Entra object id (users, groups, tenants, apps): a GUID. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface EntraSettings {
  mode: "entra";
  tenantId: string;
  /** Where the tenant's v2 issuer lives: `<authority>/<tenant>/v2.0`. */
  authority: string;
  audiences: string[];
  /** Accepted `iss` values: the v2 issuer at the authority, and the v1 one only when IT named it. */
  issuers: string[];
  /** The delegated scope a user's access token must carry in `scp` (ENTRA_REQUIRED_SCOPE). */
  requiredScope: string;
  /** App roles that let an app-only token in (ENTRA_APP_ROLES); empty = app-only tokens refused. */
  appRoles: string[];
  /** Tokens issued (`iat`) longer ago than this are refused, whatever their `exp`. */
  maxTokenAgeSec: number;
  /** Object ids (lower case) let in; with allowedGroups empty too, everyone in the tenant. */
  allowedUsers: string[];
  allowedGroups: string[];
  jwksUrl: string;
  /** The whole key fetch (headers and body) must finish within this. */
  keysTimeoutMs: number;
  /** Who may create records; empty = everyone let in. */
  write: Grant;
  /** Who may revoke (approval_infos/process); empty = the same as write. */
  revoke: Grant;
}

/** The settings read here; config.ts's schema passes them through untouched. */
export const ENTRA_ENV = z.object({
  ENTRA_TENANT_ID: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F-]{36}$/, "must be the tenant's GUID")
    .optional(),
  ENTRA_AUDIENCE: z.string().optional(),
  ENTRA_ALLOWED_USERS: z.string().optional(),
  ENTRA_ALLOWED_GROUPS: z.string().optional(),
  ENTRA_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  ENTRA_AUTHORITY: z.url({ protocol: /^https?$/ }).default("https://login.microsoftonline.com"),
  ENTRA_V1_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  ENTRA_REQUIRED_SCOPE: z
    .string()
    .trim()
    .regex(/^[^\s,]+$/, "one scope name, e.g. access_as_user")
    .default("access_as_user"),
  ENTRA_APP_ROLES: z.string().optional(),
  ENTRA_MAX_TOKEN_AGE_S: z.coerce
    .number()
    .int()
    .min(300)
    .max(7 * 86400)
    .default(86400),
  ENTRA_KEYS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  ENTRA_WRITE_ROLES: z.string().optional(),
  ENTRA_WRITE_GROUPS: z.string().optional(),
  ENTRA_REVOKE_ROLES: z.string().optional(),
  ENTRA_REVOKE_GROUPS: z.string().optional(),
});

const list = (s: string | undefined): string[] =>
  (s ?? "")
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
const lower = (s: string | undefined) => list(s).map((x) => x.toLowerCase());

/** Entra settings from the (non-empty) environment; what is wrong goes to `problems`. */
export function readEntraSettings(
  env: Record<string, string | undefined>,
  problems: string[],
): EntraSettings {
  const parsed = ENTRA_ENV.safeParse(env);
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
    return readEntraSettings({}, []);
  }
  const e = parsed.data;
  const tenantId = (e.ENTRA_TENANT_ID ?? "").toLowerCase();
  const audiences = list(e.ENTRA_AUDIENCE);
  if (!e.ENTRA_TENANT_ID) problems.push("ENTRA_TENANT_ID is required when PROXY_AUTH_MODE=entra");
  if (audiences.length === 0)
    problems.push(
      "ENTRA_AUDIENCE is required when PROXY_AUTH_MODE=entra (the API's application ID URI or client id)",
    );
  const allowedUsers = lower(e.ENTRA_ALLOWED_USERS);
  for (const u of allowedUsers.filter((x) => !GUID.test(x)))
    problems.push(
      `ENTRA_ALLOWED_USERS: "${u}" is not an object ID. Users are let in by object ID only (names can change ` +
        `and be copied): look it up in the Entra admin center (Users ▸ the user ▸ Object ID) or with ` +
        `\`az ad user show --id ${u} --query id\`, and list that instead`,
    );
  const authority = e.ENTRA_AUTHORITY.replace(/\/+$/, "");
  const issuers = [`${authority}/${tenantId || "common"}/v2.0`];
  if (e.ENTRA_V1_ISSUER) {
    const v1 = e.ENTRA_V1_ISSUER;
    if (tenantId && !v1.toLowerCase().endsWith(`/${tenantId}/`))
      problems.push(`ENTRA_V1_ISSUER must be the tenant's v1 issuer, ending in /${tenantId}/`);
    issuers.push(v1);
  }
  const write = { roles: list(e.ENTRA_WRITE_ROLES), groups: lower(e.ENTRA_WRITE_GROUPS) };
  const revokeSet = !!(e.ENTRA_REVOKE_ROLES?.trim() || e.ENTRA_REVOKE_GROUPS?.trim());
  return {
    mode: "entra",
    tenantId,
    authority,
    audiences,
    issuers,
    requiredScope: e.ENTRA_REQUIRED_SCOPE,
    appRoles: list(e.ENTRA_APP_ROLES),
    maxTokenAgeSec: e.ENTRA_MAX_TOKEN_AGE_S,
    allowedUsers,
    allowedGroups: lower(e.ENTRA_ALLOWED_GROUPS),
    jwksUrl: e.ENTRA_JWKS_URL ?? `${authority}/${tenantId || "common"}/discovery/v2.0/keys`,
    keysTimeoutMs: e.ENTRA_KEYS_TIMEOUT_MS,
    write,
    revoke: revokeSet ? { roles: list(e.ENTRA_REVOKE_ROLES), groups: lower(e.ENTRA_REVOKE_GROUPS) } : write,
  };
}
