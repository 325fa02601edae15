/**
 * Least privilege: which relayed call needs which permission, and who holds it. Reading
 * (query, batch_get_id, self-check) needs only to be let in; writing (create) and revoking
 * (approval_infos/process, rarer and more dangerous) can each be limited to Entra ID app
 * roles or groups. API keys hold every permission, as before.
 */
import type { Permission } from "../core/feishu/proxy-codes";
import { callerLabel, type Caller } from "./auth";
import type { AuthSettings, Grant } from "./config";
import { proxyErrors } from "./errors";
import type { RouteName } from "./relay";

export type Permissions = Record<Permission, boolean>;

export const ALL_PERMISSIONS: Permissions = { write: true, revoke: true };

/** The permission each relayed call needs; calls not listed only read. */
export const PERMISSION_OF: Partial<Record<RouteName, Permission>> = { create: "write", process: "revoke" };

/** An empty grant lets everyone in; otherwise one matching role (exact) or group (any case) is enough. */
export function holds(grant: Grant, roles: readonly string[], groups: readonly string[]): boolean {
  if (grant.roles.length === 0 && grant.groups.length === 0) return true;
  if (roles.some((r) => grant.roles.includes(r))) return true;
  return groups.some((g) => grant.groups.includes(g.toLowerCase()));
}

export function entraPermissions(
  s: Extract<AuthSettings, { mode: "entra" }>,
  roles: readonly string[],
  groups: readonly string[],
): Permissions {
  return { write: holds(s.write, roles, groups), revoke: holds(s.revoke, roles, groups) };
}

/** Throws the 403 (missingRole) when the caller may not make this call. */
export function requirePermission(caller: Caller, route: RouteName): void {
  const needs = PERMISSION_OF[route];
  if (needs && !caller.may[needs]) throw proxyErrors.missingRole(callerLabel(caller), needs);
}
