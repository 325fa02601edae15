/**
 * One relayed call: tenant token → shared pacer → send gate → upstream, retrying only what is
 * safe to repeat: a token Feishu rejected (once, with a fresh token), an upstream 429 (after
 * its reset), and a request that failed before anything was written (once). A request that
 * was sent but got no answer is never repeated: the caller learns the outcome is unknown,
 * and so does a create whose answer is not a Feishu business answer (a 5xx, an HTML page).
 */
import { isStaleToken, RATE_LIMIT_CODE } from "../core/feishu/codes";
import { mapCallResult } from "../core/feishu/outcomes";
import type { ProxyClock } from "./clock";
import { ProxyError, proxyErrors, type UpstreamBody } from "./errors";
import { PacerAbortedError, type UpstreamPacer } from "./pacer";
import type { SendGate } from "./send-window";
import type { TenantTokenSource } from "./tenant-token";
import type { UpstreamAnswer, UpstreamClient } from "./upstream";

export type RouteName = "create" | "query" | "process" | "batchGetId";

export interface RelayCall {
  /** Whose queue the call waits in (the caller's id). */
  caller: string;
  route: RouteName;
  pathWithQuery: string;
  /** The caller's bytes, relayed as they are. */
  body: string | Buffer;
  /** Aborts when the caller goes away or the request deadline passes. */
  signal: AbortSignal;
  /** Absolute time (clock ms) by which the caller must have an answer. */
  deadline: number;
  /**
   * The caller's retry budget for this call: the relay sends it upstream at most this many
   * times (a rate-limited answer is then relayed instead of retried). Unset: the relay's own bound.
   */
  maxSends?: number;
  /** Counts the times the request was written upstream, for the caller's budget (x-proxy-upstream-sends). */
  sends?: { count: number };
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
  /** Checked at the moment each request is written. */
  gate: SendGate;
  clock: ProxyClock;
  upstreamTimeoutMs: number;
  /** Wait before the one retry of a refused connection. */
  refusedRetryDelayMs: number;
  maxRateLimitRetries: number;
}

export type Relay = (call: RelayCall) => Promise<RelayAnswer>;

/** Time kept free for Feishu's answer when deciding whether a call can wait (at most half of what is left). */
const ANSWER_MARGIN_MS = 500;
/** A call released with less than this left before its deadline is not sent. */
const LAST_SEND_MS = 100;

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
    let sends = 0;
    let first = false;
    for (;;) {
      const token = await notSentOnAbort(call, () => d.tokens.get(call.signal));
      if (!first && d.pacer.estimateWaitMs(call.caller) > timeToSend(call)) throw refusal(call);
      await notSentOnAbort(call, () => d.pacer.acquire(call.caller, call.signal, first));
      // Others may have joined the turn since: a call released too late to be answered is not sent.
      if (call.deadline - d.clock.now() < LAST_SEND_MS) throw refusal(call);
      first = false;
      const r = await d.upstream.post({
        path: call.pathWithQuery,
        body: call.body,
        token,
        timeoutMs: d.upstreamTimeoutMs,
        signal: call.signal,
        gate: d.gate,
      });
      if (!("failure" in r) || r.failure.sent) sends++;
      if (call.sends) call.sends.count = sends;
      if ("failure" in r) {
        const f = r.failure;
        if (!f.sent && f.type === "aborted") throw refusal(call);
        if (!f.sent && !refusedRetried) {
          refusedRetried = true;
          await notSentOnAbort(call, () => wait(d.refusedRetryDelayMs, call.signal));
          continue;
        }
        if (!f.sent) throw proxyErrors.unreachable(f.message);
        throw proxyErrors.outcomeUnknown(
          call.route === "create",
          f.type === "timeout" ? f.message : `${f.type}: ${f.message}`,
          f.partial ? upstreamBody(f.partial) : null,
        );
      }
      const answer = withCode(r.answer);
      if (isStaleToken(answer.code) && !tokenRetried) {
        tokenRetried = true;
        d.tokens.evict(token);
        continue;
      }
      if (
        (answer.status === 429 || answer.code === RATE_LIMIT_CODE) &&
        rateRetries < d.maxRateLimitRetries &&
        sends < (call.maxSends ?? Infinity)
      ) {
        rateRetries++;
        d.pacer.pause(resetMs(answer));
        first = true;
        continue;
      }
      if (call.route === "create" && !isCertain(answer))
        throw proxyErrors.answerUncertain(upstreamBody(answer));
      return answer;
    }
  };

  /** How long a call may wait in the queue and still leave Feishu time to answer. */
  function timeToSend(call: RelayCall): number {
    return call.deadline - d.clock.now() - answerMarginMs(call);
  }

  /** Kept free for the answer: half a second, or half the time left when that is less. */
  function answerMarginMs(call: RelayCall): number {
    return Math.min(ANSWER_MARGIN_MS, Math.max(0, call.deadline - d.clock.now()) / 2);
  }

  /** Refused for its wait (not sent): retry once the queue ahead has had time to drain. */
  function refusal(call: RelayCall): ProxyError {
    const overMs = d.pacer.estimateWaitMs(call.caller) - Math.max(0, timeToSend(call));
    return proxyErrors.rateLimited(Math.max(1, Math.ceil(overMs / 1000)), d.pacer.ratePerSec);
  }

  async function notSentOnAbort<T>(call: RelayCall, step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (e) {
      if (e instanceof ProxyError) throw e;
      if (call.signal.aborted || e instanceof PacerAbortedError) throw refusal(call);
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

/**
 * A Feishu business answer is a JSON envelope with a numeric `code` whose outcome the core
 * does not call uncertain (a 5xx is, docs/feishu-api.md §4.2); anything else (an HTML page,
 * a proxy's error page, a cut-off body) may have come after the record was written.
 */
function isCertain(a: RelayAnswer): boolean {
  if (a.code === null) return false;
  return !mapCallResult({ answer: { status: a.status, headers: flatHeaders(a), body: a.json } }).uncertain;
}

function flatHeaders(a: UpstreamAnswer): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(a.headers)) if (typeof v === "string") out[k] = v;
  return out;
}

/** What the upstream answered (or began to), attached to an uncertain answer; long bodies are cut. */
function upstreamBody(a: UpstreamAnswer): UpstreamBody {
  const type = a.headers["content-type"];
  const text = a.body.toString("utf8");
  return {
    upstream_status: a.status,
    upstream_content_type: typeof type === "string" ? type : null,
    upstream_body: text.length > UPSTREAM_BODY_MAX ? `${text.slice(0, UPSTREAM_BODY_MAX)}…(truncated)` : text,
  };
}

const UPSTREAM_BODY_MAX = 16 * 1024;

/** x-ogw-ratelimit-reset is in seconds (docs/feishu-api.md §4.3); without it, wait one second. */
function resetMs(a: UpstreamAnswer): number {
  const s = Number(a.headers["x-ogw-ratelimit-reset"]);
  return Number.isFinite(s) && s > 0 ? Math.min(s, 60) * 1000 : 1000;
}
