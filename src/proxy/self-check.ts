/**
 * GET /self-check: can the proxy get a tenant token, and does each relayed call answer?
 * Each call is probed harmlessly, with a body Feishu rejects as invalid (nothing is written);
 * a business-error answer proves the path, the token and the app's scope are fine, while a
 * token, scope or IP error (99991xxx), or a 5xx or lost answer on every try, says the call
 * cannot be used.
 */
import type { SelfCheck } from "../client/types";
import { PROXY_CODES } from "../core/feishu/proxy-codes";
import { FEISHU_PATHS } from "../core/feishu/schemas";
import type { ResolvedConfig } from "./config";
import type { ProxyDeps } from "./deps";
import { ProxyError, renderMsg, say } from "./errors";
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
      code: null,
      message: renderMsg(say("tokenObtained")),
    }))
    .catch((e: unknown) => ({
      ok: false,
      code: e instanceof ProxyError ? e.code : PROXY_CODES.tokenUnavailable,
      message: e instanceof ProxyError ? e.envelope.msg : renderMsg(say("tokenFailed")),
    }));
  const names = Object.keys(PROBES) as RouteName[];
  const answers: Probe[] = token.ok
    ? await Promise.all(names.map((n) => probe(config, deps, n)))
    : names.map(() => ({ usable: false, code: null }));
  const calls = Object.fromEntries(names.map((n, i) => [n, answers[i].usable])) as SelfCheck["calls"];
  const callCodes = Object.fromEntries(names.map((n, i) => [n, answers[i].code])) as NonNullable<
    SelfCheck["callCodes"]
  >;
  return {
    ok: token.ok && answers.every((a) => a.usable),
    upstream: config.feishu.kind,
    baseUrl: config.feishu.baseUrl,
    appId: config.feishu.appId,
    token,
    calls,
    callCodes,
    caller: "",
    pacePerSecond: config.upstreamRatePerSec,
  };
}

/** A 5xx or a lost answer is tried again (up to this many tries): one passing blip is not a broken call. */
export const PROBE_TRIES = 3;

interface Probe {
  usable: boolean;
  /** The body code of the last answer, null when none came. */
  code: number | null;
}

async function probe(config: ResolvedConfig, deps: ProxyDeps, route: RouteName): Promise<Probe> {
  let code: number | null = null;
  for (let attempt = 1; attempt <= PROBE_TRIES; attempt++) {
    const once = await probeOnce(config, deps, route);
    code = once.code ?? code;
    if (once.verdict !== "transient") return { usable: once.verdict === "usable", code };
  }
  return { usable: false, code };
}

async function probeOnce(
  config: ResolvedConfig,
  deps: ProxyDeps,
  route: RouteName,
): Promise<{ verdict: "usable" | "unusable" | "transient"; code: number | null }> {
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
    if (a.status >= 500) return { verdict: "transient", code: a.code };
    return { verdict: a.code !== null && !unusable(a.code) ? "usable" : "unusable", code: a.code };
  } catch {
    return { verdict: "transient", code: null };
  } finally {
    cancel();
  }
}
