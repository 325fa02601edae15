/**
 * The ledger's settings from the environment (config.ts reads them with the rest): where its
 * database is, how long it keeps records, and who may read it.
 */
import type { AuthSettings, ProxyEnv } from "../config";
import type { LedgerSettings } from "./index";

const list = (s: string | undefined): string[] =>
  (s ?? "")
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

/** Where the embedded database lives when PROXY_DATA_DIR is not set. */
export const DEFAULT_DATA_DIR = ".data";

/**
 * With the emulator upstream (no Feishu credentials) and no database set, the ledger is kept in
 * memory, like the emulator's own records: a restart forgets both together.
 */
export function readLedger(
  e: ProxyEnv,
  auth: AuthSettings,
  emulator: boolean,
  problems: string[],
): LedgerSettings | undefined {
  if (e.PROXY_LEDGER === "off") return undefined;
  const keys = list(e.PROXY_LEDGER_KEYS);
  if (auth.mode === "apikey")
    for (const k of keys)
      if (!auth.keys.some((stored) => stored.name === k))
        problems.push(`PROXY_LEDGER_KEYS: "${k}" is not the name of a key in PROXY_API_KEYS`);
  return {
    database: e.DATABASE_URL
      ? { url: e.DATABASE_URL, waitForDisk: e.LEDGER_SYNCHRONOUS_COMMIT === "on" }
      : emulator && !e.PROXY_DATA_DIR
        ? { memory: true }
        : { dataDir: e.PROXY_DATA_DIR ?? DEFAULT_DATA_DIR },
    retentionDays: e.LEDGER_RETENTION_DAYS,
    readers: {
      keys,
      roles: list(e.ENTRA_LEDGER_ROLES),
      groups: list(e.ENTRA_LEDGER_GROUPS).map((g) => g.toLowerCase()),
    },
  };
}
