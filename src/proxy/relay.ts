/**
 * One relayed call: tenant token → shared pacer → upstream, retrying only what is safe to
 * repeat: a token Feishu rejected (once, with a fresh token), an upstream 429 (after its
 * reset), and a connection refused before anything was sent (once). A request that was
 * sent but got no answer is never repeated: the caller learns the outcome is unknown.
 */
import type { ProxyClock } from "./clock";
import { ProxyError, proxyErrors } from "./errors";
import { PacerAbortedError, type UpstreamPacer } from "./pacer";
import { TOKEN_ERROR_CODES, type TenantTokenSource } from "./tenant-token";
import type { UpstreamAnswer, UpstreamClient } from "./upstream";

export type RouteName = "create" | "query" | "process" | "batchGetId";

export interface RelayCall {
  route: RouteName;
  pathWithQuery: string;
  body: string;
  /** Aborts when the caller goes away or the request deadline passes. */
  signal: AbortSignal;
  /** Absolute time (clock ms) by which the caller must have an answer. */
  deadline: number;
}

export interface RelayAnswer extends UpstreamAnswer {
  text: string;
  /** The parsed body, when it is JSON. */
  json: unknown;
  /** Feishu's body code, when there is one. */
  code: number | null;
}

export interface RelayDeps {
  upstream: UpstreamClient;
  tokens: TenantTokenSource;
  pacer: UpstreamPacer;
  clock: ProxyClock;
  upstreamTimeoutMs: number;
  /** Wait before the one retry of a refused connection. */
  refusedRetryDelayMs: number;
  maxRateLimitRetries: number;
}

const RATE_LIMITED = 99991400;

export type Relay = (call: RelayCall) => Promise<RelayAnswer>;

export function createRelay(d: RelayDeps): Relay {
  const wait = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const cancel = d.clock.setTimer(resolve, ms);
      signal.addEventListener("abort", () => (cancel(), reject(new PacerAbortedError())), { once: true });
    });

  return async function relay(call) {
    let tokenRetried = false;
    let refusedRetried = false;
    let rateRetries = 0;
    let first = false;
    for (;;) {
      const token = await notSentOnAbort(call, () => d.tokens.get(call.signal));
      const waitMs = d.pacer.estimateWaitMs();
      if (!first && waitMs > call.deadline - d.clock.now()) throw proxyErrors.busy(waitMs);
      await notSentOnAbort(call, () => d.pacer.acquire(call.signal, first));
      first = false;
      const r = await d.upstream.post({
        path: call.pathWithQuery,
        body: call.body,
        token,
        timeoutMs: d.upstreamTimeoutMs,
        signal: call.signal,
      });
      if ("failure" in r) {
        const f = r.failure;
        if (!f.sent && f.type === "refused" && !refusedRetried) {
          refusedRetried = true;
          await notSentOnAbort(call, () => wait(d.refusedRetryDelayMs, call.signal));
          continue;
        }
        if (!f.sent) throw proxyErrors.unreachable(f.message);
        throw proxyErrors.outcomeUnknown(
          call.route === "create",
          f.type === "timeout" ? f.message : `${f.type}: ${f.message}`,
        );
      }
      const answer = withCode(r.answer);
      if (answer.code !== null && TOKEN_ERROR_CODES.has(answer.code) && !tokenRetried) {
        tokenRetried = true;
        d.tokens.evict(token);
        continue;
      }
      if ((answer.status === 429 || answer.code === RATE_LIMITED) && rateRetries < d.maxRateLimitRetries) {
        rateRetries++;
        d.pacer.pause(resetMs(answer));
        first = true;
        continue;
      }
      return answer;
    }
  };

  async function notSentOnAbort<T>(call: RelayCall, step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (e) {
      if (e instanceof ProxyError) throw e;
      if (call.signal.aborted || e instanceof PacerAbortedError)
        throw proxyErrors.busy(d.pacer.estimateWaitMs());
      throw e;
    }
  }
}

function withCode(a: UpstreamAnswer): RelayAnswer {
  const text = a.body.toString("utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const code =
    typeof json === "object" && json !== null && typeof (json as { code?: unknown }).code === "number"
      ? (json as { code: number }).code
      : null;
  return { ...a, text, json, code };
}

/** x-ogw-ratelimit-reset is in seconds (docs/feishu-api.md §4.3); without it, wait one second. */
function resetMs(a: UpstreamAnswer): number {
  const s = Number(a.headers["x-ogw-ratelimit-reset"]);
  return Number.isFinite(s) && s > 0 ? Math.min(s, 60) * 1000 : 1000;
}
