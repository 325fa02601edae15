/**
 * GET /self-check: can the proxy get a tenant token, and does each relayed call answer?
 * Each call is probed harmlessly, with a body Feishu rejects as invalid (nothing is written);
 * a business-error answer proves the path, the token and the app's scope are fine, while a
 * token, scope or IP error (99991xxx), or a 5xx or lost answer on every try, says the call
 * cannot be used.
 */
import type { SelfCheck } from "../client/types";
import { FEISHU_PATHS } from "../core/feishu/schemas";
import { text } from "../core/i18n";
import type { ResolvedConfig } from "./config";
import type { ProxyDeps } from "./deps";
import { ProxyError, renderMsg } from "./errors";
import type { RouteName } from "./relay";

const PROBES: Record<RouteName, string> = {
  create: `${FEISHU_PATHS.create}?employee_type=employee_id`,
  query: `${FEISHU_PATHS.query}?employee_type=employee_id`,
  process: FEISHU_PATHS.process,
  batchGetId: `${FEISHU_PATHS.batchGetId}?user_id_type=user_id`,
};

/** Codes that mean the call is not usable: token, scope, IP allow-list, quota, rate, app disabled. */
const unusable = (code: number) => String(code).startsWith("9999") || code === 10014;

/** How long one probe round answers every /self-check, so the probes cannot crowd the shared pacer. */
const REUSE_MS = 5_000;

export function createSelfCheck(
  config: ResolvedConfig,
  deps: ProxyDeps,
): (caller: string) => Promise<SelfCheck> {
  let last: { at: number; result: Promise<SelfCheck> } | null = null;
  return async (caller) => {
    if (!last || deps.clock.now() - last.at > REUSE_MS) {
      const result = runSelfCheck(config, deps);
      last = { at: deps.clock.now(), result };
      result.catch(() => (last = null));
    }
    return { ...(await last.result), caller };
  };
}

async function runSelfCheck(config: ResolvedConfig, deps: ProxyDeps): Promise<SelfCheck> {
  const token = await deps.tokens
    .get()
    .then(() => ({
      ok: true,
      message: renderMsg(text("已获取 tenant_access_token", "tenant_access_token obtained")),
    }))
    .catch((e: unknown) => ({
      ok: false,
      message:
        e instanceof ProxyError
          ? e.envelope.msg
          : renderMsg(text("获取令牌失败", "Getting the token failed")),
    }));
  const names = Object.keys(PROBES) as RouteName[];
  const answers = token.ok
    ? await Promise.all(names.map((n) => probe(config, deps, n)))
    : names.map(() => false);
  const calls = Object.fromEntries(names.map((n, i) => [n, answers[i]])) as SelfCheck["calls"];
  return {
    ok: token.ok && answers.every(Boolean),
    upstream: config.feishu.kind,
    baseUrl: config.feishu.baseUrl,
    appId: config.feishu.appId,
    token,
    calls,
    caller: "",
    pacePerSecond: config.upstreamRatePerSec,
  };
}

/** A 5xx or a lost answer is tried again (up to this many tries): one passing blip is not a broken call. */
export const PROBE_TRIES = 3;

async function probe(config: ResolvedConfig, deps: ProxyDeps, route: RouteName): Promise<boolean> {
  for (let attempt = 1; attempt <= PROBE_TRIES; attempt++) {
    const verdict = await probeOnce(config, deps, route);
    if (verdict !== "transient") return verdict === "usable";
  }
  return false;
}

async function probeOnce(
  config: ResolvedConfig,
  deps: ProxyDeps,
  route: RouteName,
): Promise<"usable" | "unusable" | "transient"> {
  const timeout = Math.min(config.requestTimeoutMs, 10_000);
  const ac = new AbortController();
  const cancel = deps.clock.setTimer(() => ac.abort(), timeout);
  try {
    const a = await deps.relay({
      caller: "self-check",
      route,
      pathWithQuery: PROBES[route],
      body: "{}",
      signal: ac.signal,
      deadline: deps.clock.now() + timeout,
    });
    if (a.status >= 500) return "transient";
    return a.code !== null && !unusable(a.code) ? "usable" : "unusable";
  } catch {
    return "transient";
  } finally {
    cancel();
  }
}
