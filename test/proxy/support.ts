/**
 * A real proxy on ephemeral ports in front of the real emulator (startStack) or of the
 * independent Feishu stub (startStubStack), with logs and the audit file captured.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type Emulator, type EmulatorOptions } from "../../src/emulator";
import { hashApiKey } from "../../src/proxy/api-keys";
import { createMemoryAuditSink, type AuditEntry } from "../../src/proxy/audit";
import { loadConfig, type ResolvedConfig } from "../../src/proxy/config";
import { createLogger } from "../../src/proxy/deps";
import { startProxy, type RunningProxy } from "../../src/proxy/server";
import { STUB_APP, startFeishuStub, type FeishuStub, type StubOptions } from "../support/feishu-stub";
import { type Answer, leave, send } from "../support/http";

export { leave };

export const APP_ID = "cli_proxy_test";
/** Distinctive, so a search of the logs for it cannot miss. */
export const APP_SECRET = "app-secret-must-never-leak-7f3a";
export const KEY = "pk_test_clerk_key_must_never_leak";

export interface Stack {
  emu: Emulator;
  proxy: RunningProxy;
  url: string;
  config: ResolvedConfig;
  logs: string[];
  auditFile: string;
  audit(): Record<string, unknown>[];
  close(): Promise<void>;
}

export interface StackOptions {
  emulator?: EmulatorOptions;
  env?: Record<string, string>;
  deps?: Parameters<typeof startProxy>[1];
  /** Point the proxy somewhere else than the emulator (e.g. a closed port). */
  upstreamUrl?: string;
}

export async function startStack(o: StackOptions = {}): Promise<Stack> {
  const emu = await startEmulator({ appId: APP_ID, appSecret: APP_SECRET, inspect: true, ...o.emulator });
  const dir = mkdtempSync(join(tmpdir(), "proxy-test-"));
  const auditFile = join(dir, "audit.jsonl");
  const config = loadConfig({
    FEISHU_APP_ID: APP_ID,
    FEISHU_APP_SECRET: APP_SECRET,
    FEISHU_BASE_URL: o.upstreamUrl ?? emu.url,
    PROXY_PORT: "0",
    PROXY_API_KEYS: `clerks:${hashApiKey(KEY)},other:${hashApiKey("pk_other")}`,
    PROXY_AUDIT_FILE: auditFile,
    PROXY_LEDGER: "off", // the ledger has its own tests (test/proxy/ledger)
    LOG_LEVEL: "trace",
    ...o.env,
  }) as ResolvedConfig;
  const logs: string[] = [];
  const logger = createLogger("trace", { write: (s: string) => void logs.push(s) });
  const proxy = await startProxy(config, { logger, refusedRetryDelayMs: 1, ...o.deps });
  return {
    emu,
    proxy,
    url: proxy.url,
    config,
    logs,
    auditFile,
    audit: () =>
      readFileSync(auditFile, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    close: async () => {
      await proxy.close();
      await emu.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One request on a fresh connection (no keep-alive, so nothing outlives a test). */
export function call(
  url: string,
  method: string,
  path: string,
  o: { body?: unknown; headers?: Record<string, string>; key?: string | null } = {},
): Promise<Answer> {
  const payload =
    o.body === undefined ? undefined : typeof o.body === "string" ? o.body : JSON.stringify(o.body);
  const headers: Record<string, string> = {
    ...(payload !== undefined ? { "content-type": "application/json" } : {}),
    ...o.headers,
  };
  const key = o.key === undefined ? KEY : o.key;
  if (key !== null) headers.authorization = `Bearer ${key}`;
  return send(`${url}${path}`, method, { body: payload, headers });
}

export const createBody = (idempotentId: string, userId = "E0001") => ({
  user_approval: { user_id: userId, date: "20260302", leaves: [leave({ idempotent_id: idempotentId })] },
});
export const CREATE = "/open-apis/attendance/v1/user_approvals?employee_type=employee_id";

export interface StubStack {
  stub: FeishuStub;
  proxy: RunningProxy;
  url: string;
  logs: string[];
  /** Every audit entry so far (kept in memory). */
  audit(): Promise<AuditEntry[]>;
  close(): Promise<void>;
}

/** The proxy in front of the independent Feishu stub (test/support/feishu-stub.ts), not the emulator. */
export async function startStubStack(
  o: {
    stub?: StubOptions;
    env?: Record<string, string>;
    upstreamUrl?: string;
    deps?: Parameters<typeof startProxy>[1];
  } = {},
): Promise<StubStack> {
  const stub = await startFeishuStub(o.stub);
  const audit = createMemoryAuditSink();
  const config = loadConfig({
    FEISHU_APP_ID: STUB_APP.appId,
    FEISHU_APP_SECRET: STUB_APP.appSecret,
    FEISHU_BASE_URL: o.upstreamUrl ?? stub.url,
    PROXY_PORT: "0",
    PROXY_API_KEYS: `clerks:${hashApiKey(KEY)},other:${hashApiKey("pk_other")},third:${hashApiKey("pk_third")}`,
    PROXY_AUDIT_FILE: "off",
    PROXY_LEDGER: "off", // the ledger has its own tests (test/proxy/ledger)
    LOG_LEVEL: "trace",
    ...o.env,
  }) as ResolvedConfig;
  const logs: string[] = [];
  const logger = createLogger("trace", { write: (s: string) => void logs.push(s) });
  const proxy = await startProxy(config, { logger, audit, refusedRetryDelayMs: 1, ...o.deps });
  return {
    stub,
    proxy,
    url: proxy.url,
    logs,
    audit: async () => audit.entries,
    close: async () => {
      await proxy.close();
      await stub.close();
    },
  };
}
