/**
 * Who may read the ledger: an API key marked for it (PROXY_LEDGER_KEYS; the development key
 * in emulator mode), or an Entra ID user holding one of ENTRA_LEDGER_ROLES (app roles) or
 * ENTRA_LEDGER_GROUPS. Writing rights do not include reading the ledger, and with no ledger
 * role configured no Entra ID user may read it.
 */
import { decodeJwt } from "jose";
import type { Caller } from "../auth";
import type { LedgerReaders } from "./index";

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === "string") : []);

/**
 * Whether this caller (already authenticated, so its token's signature and claims were
 * verified) may read the ledger. `token` is the bearer it showed.
 */
export function mayReadLedger(
  readers: LedgerReaders,
  caller: Caller,
  token: string,
  devKey: boolean,
): boolean {
  if (caller.id.startsWith("key:")) {
    const name = caller.id.slice("key:".length);
    return readers.keys.includes(name) || (devKey && name === "dev");
  }
  if (!caller.id.startsWith("entra:")) return false;
  let claims: Record<string, unknown>;
  try {
    claims = decodeJwt(token);
  } catch {
    return false;
  }
  if (strings(claims.roles).some((r) => readers.roles.includes(r))) return true;
  return strings(claims.groups).some((g) => readers.groups.includes(g.toLowerCase()));
}
