/**
 * Every proxy setting, read from the environment (and `.env` when present) and validated
 * with zod at boot. Secrets (the app secret) live only here and are never logged:
 * use `describeConfig` to print a safe summary.
 */
import { existsSync } from "node:fs";
import { z } from "zod";
import { parseApiKeys, type StoredApiKey } from "./api-keys";
import { readEntraSettings, type EntraSettings } from "./entra-config";
import type { LedgerSettings } from "./ledger";
import { readLedger } from "./ledger/settings";

/** Accepted only when the upstream is the emulator and no PROXY_API_KEYS are set (README "Development key"). */
export const DEV_API_KEY = "dev-proxy-key";
/** The emulator's own app credentials (not secrets: they only open the local emulator). */
export const EMULATOR_APP = { appId: "cli_emulator", appSecret: "emulator-secret" } as const;

const list = (s: string | undefined): string[] =>
  (s ?? "")
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
const intIn = (min: number, max: number, dflt: number) =>
  z.coerce.number().int().min(min).max(max).default(dflt);

const EnvSchema = z.object({
  FEISHU_APP_ID: z.string().trim().min(1).optional(),
  FEISHU_APP_SECRET: z.string().trim().min(1).optional(),
  FEISHU_BASE_URL: z.url({ protocol: /^https?$/ }).default("https://open.feishu.cn"),
  PROXY_HOST: z.string().min(1).default("127.0.0.1"),
  PROXY_PORT: intIn(0, 65535, 3100),
  PROXY_AUTH_MODE: z.enum(["apikey", "entra"]).default("apikey"),
  PROXY_API_KEYS: z.string().optional(),
  // ENTRA_*: entra-config.ts
  PROXY_CORS_ORIGINS: z.string().optional(),
  PROXY_STATIC_DIR: z
    .string()
    .optional()
    .refine((d) => !d || existsSync(d), "folder does not exist"),
  PROXY_BODY_LIMIT: intIn(1024, 10 * 1024 * 1024, 256 * 1024),
  PROXY_REQUEST_TIMEOUT_MS: intIn(100, 600_000, 60_000),
  PROXY_UPSTREAM_TIMEOUT_MS: intIn(50, 300_000, 15_000),
  PROXY_UPSTREAM_RATE: z.coerce.number().positive().max(100_000).default(48),
  PROXY_CALLER_RATE: z.coerce.number().positive().max(100_000).default(50),
  PROXY_TOKEN_TTL_S: intIn(300, 7200, 1800),
  PROXY_AUDIT_FILE: z.string().default(".data/proxy-audit.jsonl"),
  PROXY_AUDIT_MAX_BYTES: intIn(1024, 1024 ** 3, 10 * 1024 * 1024),
  PROXY_AUDIT_KEEP: intIn(1, 100, 5),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // The ledger (src/proxy/ledger, docs/ledger.md).
  PROXY_LEDGER: z.enum(["on", "off"]).default("on"),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// (or postgresql://) URL")
    .optional(),
  PROXY_DATA_DIR: z.string().optional(),
  LEDGER_RETENTION_DAYS: intIn(1, 36_500, 730),
  LEDGER_SYNCHRONOUS_COMMIT: z.enum(["on", "off"]).default("off"),
  PROXY_LEDGER_KEYS: z.string().optional(),
  ENTRA_LEDGER_ROLES: z.string().optional(),
  ENTRA_LEDGER_GROUPS: z.string().optional(),
});

export type ProxyEnv = z.infer<typeof EnvSchema>;

export type UpstreamKind = "feishu" | "lark" | "emulator" | "custom";

export interface FeishuSettings {
  appId: string;
  appSecret: string;
  baseUrl: string;
  kind: UpstreamKind;
}

/** Who holds a permission: any of these app roles (`roles` claim) or group object ids (`groups`). */
export interface Grant {
  roles: string[];
  groups: string[];
}

export type AuthSettings = { mode: "apikey"; keys: StoredApiKey[]; devKey: boolean } | EntraSettings;

export interface ProxyConfig {
  /** Absent when no credentials are set: main.ts then starts the emulator and fills it in. */
  feishu: FeishuSettings | undefined;
  host: string;
  port: number;
  auth: AuthSettings;
  corsOrigins: string[];
  staticDir: string | undefined;
  bodyLimit: number;
  requestTimeoutMs: number;
  upstreamTimeoutMs: number;
  upstreamRatePerSec: number;
  callerRatePerSec: number;
  /** Lifetime of the proxy tokens SDKs get from the tenant-token endpoint. */
  proxyTokenTtlSec: number;
  audit: { file: string; maxBytes: number; keep: number } | undefined;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  /** The ledger of every write; undefined when PROXY_LEDGER=off. */
  ledger: LedgerSettings | undefined;
}

/** A config whose upstream is known (what buildApp and startProxy need). */
export type ResolvedConfig = ProxyConfig & { feishu: FeishuSettings };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid proxy configuration:\n  - ${problems.join("\n  - ")}`);
  }
}

export function upstreamKind(baseUrl: string): UpstreamKind {
  const host = new URL(baseUrl).hostname;
  if (host === "open.feishu.cn") return "feishu";
  if (host === "open.larksuite.com") return "lark";
  return "custom";
}

/** Reads `.env` (if present) into process.env without overriding what is already set. */
export function loadDotEnv(path = ".env"): boolean {
  if (!existsSync(path)) return false;
  process.loadEnvFile(path);
  return true;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): ProxyConfig {
  // `NAME=` (as in .env.example) means unset: the default applies.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const parsed = EnvSchema.safeParse(given);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (!!e.FEISHU_APP_ID !== !!e.FEISHU_APP_SECRET)
    problems.push(
      "FEISHU_APP_ID and FEISHU_APP_SECRET must be set together (or neither, to use the emulator)",
    );
  const feishu: FeishuSettings | undefined =
    e.FEISHU_APP_ID && e.FEISHU_APP_SECRET
      ? {
          appId: e.FEISHU_APP_ID,
          appSecret: e.FEISHU_APP_SECRET,
          baseUrl: e.FEISHU_BASE_URL.replace(/\/+$/, ""),
          kind: upstreamKind(e.FEISHU_BASE_URL),
        }
      : undefined;
  const auth = readAuth(e, given, !feishu, problems);
  const corsOrigins = list(e.PROXY_CORS_ORIGINS);
  for (const o of corsOrigins)
    if (!/^https?:\/\/[^/\s]+$/.test(o))
      problems.push(`PROXY_CORS_ORIGINS: "${o}" is not an origin like https://host[:port]`);
  const ledger = readLedger(e, auth, !feishu, problems);
  if (problems.length) throw new ConfigError(problems);
  return {
    feishu,
    host: e.PROXY_HOST,
    port: e.PROXY_PORT,
    auth,
    corsOrigins,
    staticDir: e.PROXY_STATIC_DIR || undefined,
    bodyLimit: e.PROXY_BODY_LIMIT,
    requestTimeoutMs: e.PROXY_REQUEST_TIMEOUT_MS,
    upstreamTimeoutMs: e.PROXY_UPSTREAM_TIMEOUT_MS,
    upstreamRatePerSec: e.PROXY_UPSTREAM_RATE,
    callerRatePerSec: e.PROXY_CALLER_RATE,
    proxyTokenTtlSec: e.PROXY_TOKEN_TTL_S,
    audit:
      e.PROXY_AUDIT_FILE === "off"
        ? undefined
        : { file: e.PROXY_AUDIT_FILE, maxBytes: e.PROXY_AUDIT_MAX_BYTES, keep: e.PROXY_AUDIT_KEEP },
    logLevel: e.LOG_LEVEL,
    ledger,
  };
}

function readAuth(
  e: z.infer<typeof EnvSchema>,
  given: Record<string, string | undefined>,
  emulator: boolean,
  problems: string[],
): AuthSettings {
  if (e.PROXY_AUTH_MODE === "apikey") {
    const { keys, errors } = parseApiKeys(e.PROXY_API_KEYS ?? "");
    problems.push(...errors.map((m) => `PROXY_API_KEYS: ${m}`));
    if (keys.length === 0 && !emulator && errors.length === 0) {
      problems.push(
        "PROXY_API_KEYS is required when the upstream is Feishu/Lark (create one with: npm run proxy -- hash-key <key>)",
      );
    }
    return { mode: "apikey", keys, devKey: keys.length === 0 && emulator };
  }
  return readEntraSettings(given, problems);
}

/** A summary that is safe to print: never the app secret, never key hashes. */
export function describeConfig(c: ProxyConfig): Record<string, unknown> {
  return {
    upstream: c.feishu
      ? { kind: c.feishu.kind, baseUrl: c.feishu.baseUrl, appId: c.feishu.appId }
      : "emulator (in-process)",
    listen: `${c.host}:${c.port}`,
    auth:
      c.auth.mode === "apikey"
        ? { mode: "apikey", keys: c.auth.keys.map((k) => k.name), devKey: c.auth.devKey }
        : {
            mode: "entra",
            tenantId: c.auth.tenantId,
            authority: c.auth.authority,
            audiences: c.auth.audiences,
            issuers: c.auth.issuers,
            requiredScope: c.auth.requiredScope,
            appRoles: c.auth.appRoles,
            write: c.auth.write,
            revoke: c.auth.revoke,
          },
    corsOrigins: c.corsOrigins,
    staticDir: c.staticDir ?? null,
    upstreamRatePerSec: c.upstreamRatePerSec,
    callerRatePerSec: c.callerRatePerSec,
    auditFile: c.audit?.file ?? null,
    ledger: c.ledger
      ? {
          database:
            "url" in c.ledger.database
              ? "postgresql (DATABASE_URL)"
              : "dataDir" in c.ledger.database
                ? `embedded (${c.ledger.database.dataDir})`
                : "embedded, in memory",
          readers: c.ledger.readers,
        }
      : "off",
  };
}
