/**
 * The tenant_access_token (docs/feishu-api.md §4.1): fetched once for any number of concurrent requests,
 * cached, refreshed before it expires (3 minutes early, like the SDKs, or half its life
 * when it is shorter), and evicted when Feishu says it is no longer valid (the codes
 * core/feishu/codes.ts marks `staleToken`, docs/feishu-api.md §4.2: relay.ts evicts and retries once).
 */
import { FEISHU_PATHS, TenantTokenResponse } from "../core/feishu/schemas";
import type { ProxyClock } from "./clock";
import { proxyErrors } from "./errors";
import type { UpstreamClient } from "./upstream";

const REFRESH_MARGIN_MS = 3 * 60_000;

export interface TenantTokenSource {
  get(signal?: AbortSignal): Promise<string>;
  /** Forget `token` if it is still the cached one. */
  evict(token: string): void;
  /** How many tokens were fetched (for /self-check and tests). */
  readonly fetches: number;
}

export interface TenantTokenOptions {
  appId: string;
  appSecret: string;
  upstream: UpstreamClient;
  clock: ProxyClock;
  timeoutMs: number;
}

export function createTenantTokenCache(o: TenantTokenOptions): TenantTokenSource {
  let cached: { token: string; refreshAt: number } | null = null;
  let inflight: Promise<string> | null = null;
  let fetches = 0;

  async function fetchToken(): Promise<string> {
    fetches++;
    const r = await o.upstream.post({
      path: FEISHU_PATHS.token,
      body: JSON.stringify({ app_id: o.appId, app_secret: o.appSecret }),
      timeoutMs: o.timeoutMs,
    });
    if ("failure" in r) throw proxyErrors.unreachable(`token: ${r.failure.type}`);
    let json: unknown;
    try {
      json = JSON.parse(r.answer.body.toString("utf8"));
    } catch {
      throw proxyErrors.tokenUnavailable(`HTTP ${r.answer.status}, not JSON`);
    }
    const parsed = TenantTokenResponse.safeParse(json);
    if (
      !parsed.success ||
      parsed.data.code !== 0 ||
      !parsed.data.tenant_access_token ||
      !parsed.data.expire
    ) {
      const code = parsed.success ? parsed.data.code : "?";
      throw proxyErrors.tokenUnavailable(
        `code ${code}${parsed.success && parsed.data.msg ? `: ${parsed.data.msg}` : ""}`,
      );
    }
    const lifeMs = parsed.data.expire * 1000;
    cached = {
      token: parsed.data.tenant_access_token,
      refreshAt: o.clock.now() + Math.max(lifeMs - REFRESH_MARGIN_MS, lifeMs / 2),
    };
    return cached.token;
  }

  return {
    get fetches() {
      return fetches;
    },
    get(signal) {
      if (cached && o.clock.now() < cached.refreshAt) return Promise.resolve(cached.token);
      if (!inflight) {
        inflight = fetchToken().finally(() => {
          inflight = null;
        });
      }
      if (!signal) return inflight;
      const shared = inflight;
      return new Promise<string>((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        if (signal.aborted) return onAbort();
        signal.addEventListener("abort", onAbort, { once: true });
        shared.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
      });
    },
    evict(token) {
      if (cached?.token === token) cached = null;
    },
  };
}
