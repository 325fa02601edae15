/**
 * The servers an end-to-end run needs, on ephemeral 127.0.0.1 ports: the Feishu emulator and
 * the real proxy in front of it, the proxy also serving the production build of the pane with
 * the playground (build/playground/, from `npm run build:playground`) so the pane and the proxy
 * share one origin.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { startEmulator, type Emulator, type FaultOptions } from "../../../src/emulator";
import { DEV_API_KEY, EMULATOR_APP, loadConfig } from "../../../src/proxy/config";
import { startProxy, type RunningProxy } from "../../../src/proxy/server";

export const DIST = resolve(__dirname, "../../../build/playground");
export const OFFICE_JS_DIR = resolve(__dirname, "../../../node_modules/@microsoft/office-js/dist");
/** The proxy accepts this key when its upstream is the emulator and no keys are configured. */
export const API_KEY = DEV_API_KEY;

export interface Stack {
  emulator: Emulator;
  proxy: RunningProxy;
  /** The origin serving the built pane and playground, and the proxy's API. */
  url: string;
  close(): Promise<void>;
}

export async function startStack(
  options: {
    ratePerSec?: number;
    /** Upstream latency of the create path: a fixed value or a range. */
    latencyMs?: number | { min: number; max: number };
    /** More faults on the create path (e.g. a share of 429 answers). */
    faults?: Omit<FaultOptions, "latencyMs">;
    /** More proxy settings, e.g. Entra ID mode against the local issuer. */
    proxyEnv?: Record<string, string>;
    /** yyyy-MM-dd: the emulator refuses records starting before it (a sealed period, 1220600). */
    closedBefore?: string;
  } = {},
): Promise<Stack> {
  if (!existsSync(resolve(DIST, "playground.html")))
    throw new Error(
      "build/playground/ is missing: run `npm run build:playground` first (npm test and npm run test:e2e do).",
    );
  const rate = options.ratePerSec ?? 50;
  const l = options.latencyMs;
  const latencyMs = typeof l === "number" ? { min: l, max: l } : l;
  const faults =
    latencyMs || options.faults ? { ...options.faults, ...(latencyMs ? { latencyMs } : {}) } : undefined;
  const emulator = await startEmulator({
    port: 0,
    rateLimitPerSec: rate,
    inspect: true,
    closedBefore: options.closedBefore,
    faults,
  });
  const config = loadConfig({
    PROXY_PORT: "0",
    PROXY_STATIC_DIR: DIST,
    PROXY_AUDIT_FILE: "off",
    PROXY_LEDGER: "off", // the ledger has its own tests (test/proxy/ledger)
    LOG_LEVEL: "silent",
    PROXY_UPSTREAM_RATE: String(Math.max(1, rate - 2)),
    PROXY_CALLER_RATE: "1000",
    ...options.proxyEnv,
  });
  const proxy = await startProxy({
    ...config,
    feishu: { ...EMULATOR_APP, baseUrl: emulator.url, kind: "emulator" },
  });
  return {
    emulator,
    proxy,
    url: proxy.url,
    close: async () => {
      await proxy.close();
      await emulator.close();
    },
  };
}
