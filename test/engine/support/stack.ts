/**
 * The real chain for engine integration tests and benches: emulator ← proxy ← proxy client,
 * on ephemeral 127.0.0.1 ports, with no audit file and no logs.
 */
import { startEmulator, type Emulator, type EmulatorOptions } from "../../../src/emulator";
import { createProxyClient, type ProxyClient } from "../../../src/client/proxy-client";
import { hashApiKey } from "../../../src/proxy/api-keys";
import { loadConfig, type ResolvedConfig } from "../../../src/proxy/config";
import { createLogger } from "../../../src/proxy/deps";
import { startProxy, type RunningProxy } from "../../../src/proxy/server";

export const APP_ID = "cli_engine_test";
export const APP_SECRET = "engine-test-secret";
export const CLERK_KEY = "pk_engine_test_clerk";
const KEY = CLERK_KEY;

export interface EngineStack {
  emu: Emulator;
  proxy: RunningProxy;
  client: ProxyClient;
  close(): Promise<void>;
  /** Kills the proxy as a crash would: stops listening and cuts every open connection. */
  kill(): void;
}

export interface EngineStackOptions {
  emulator?: EmulatorOptions;
  /** A running emulator to put a new proxy in front of (it is not closed with the stack). */
  emu?: Emulator;
  /** Proxy environment overrides (e.g. PROXY_UPSTREAM_TIMEOUT_MS). */
  env?: Record<string, string>;
  clientTimeoutMs?: number;
}

export async function startEngineStack(o: EngineStackOptions = {}): Promise<EngineStack> {
  const emu = o.emu ?? (await startEmulator({ appId: APP_ID, appSecret: APP_SECRET, ...o.emulator }));
  const config = loadConfig({
    FEISHU_APP_ID: APP_ID,
    FEISHU_APP_SECRET: APP_SECRET,
    FEISHU_BASE_URL: emu.url,
    PROXY_PORT: "0",
    PROXY_API_KEYS: `clerks:${hashApiKey(KEY)}`,
    PROXY_AUDIT_FILE: "off",
    PROXY_LEDGER: "off", // the ledger has its own tests (test/proxy/ledger)
    LOG_LEVEL: "silent",
    ...o.env,
  }) as ResolvedConfig;
  const proxy = await startProxy(config, { logger: createLogger("silent"), refusedRetryDelayMs: 1 });
  const client = createProxyClient({
    baseUrl: proxy.url,
    credential: KEY,
    timeoutMs: o.clientTimeoutMs ?? 5000,
  });
  return {
    emu,
    proxy,
    client,
    kill: () => {
      proxy.app.server.close();
      proxy.app.server.closeAllConnections();
    },
    close: async () => {
      await proxy.close();
      if (!o.emu) await emu.close();
    },
  };
}

/** Duplicates and lost records for a set of keys, counted from the emulator's own records. */
export function tally(emu: Emulator, keys: readonly string[]): { duplicates: number; lost: number } {
  const counts = emu.countsByIdempotentId();
  let duplicates = 0;
  let lost = 0;
  for (const k of keys) {
    const n = counts.get(k) ?? 0;
    if (n === 0) lost++;
    else duplicates += n - 1;
  }
  return { duplicates, lost };
}
