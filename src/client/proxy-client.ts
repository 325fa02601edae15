/**
 * The add-in's client for the proxy, on plain fetch (browser and Node 20). It never throws:
 * every call ends as a CallResult, and a failure says whether the request may have been sent
 * (timeouts and resets after sending may have written the record; a refused connection did not).
 */
import type { AbortSignalLike, LifecycleTransport } from "../core/engine/types";
import { mapCallResult } from "../core/feishu/outcomes";
import { encodeDeclaredName } from "../core/feishu/declared-name";
import { PROXY_HEADERS, REFUSAL_REASONS, type RefusalReason } from "../core/feishu/proxy-codes";
import {
  FEISHU_PATHS,
  type EmployeeType,
  type ProcessApprovalBody,
  type QueryUserApprovalBody,
} from "../core/feishu/schemas";
import type { LookupTransport } from "../core/people/lookup";
import type { LedgerEntry } from "../core/records/ledger";
import type { PreparedRecord } from "../core/model";
import type { CallResult, Outcome, TransportFailureType } from "../core/outcome";
import type { SelfCheck } from "./types";

export interface ProxyClientOptions {
  baseUrl: string;
  /**
   * The proxy API key, sent as `Authorization: Bearer …`, or a function answering a current
   * Entra ID access token, asked before every call (MSAL answers from its cache until the token
   * is near expiry). When the function throws, the call is not sent.
   */
  credential: string | { key: string } | (() => Promise<string>);
  /**
   * The clerk's name as the pane knows it ("Your name", or the signed-in account's), sent with
   * every call for the proxy's audit (PROXY_HEADERS.declaredName). Self-declared: not a credential.
   */
  declaredName?: string | null;
  fetch?: typeof fetch;
  /** Per call, from sending to the whole body read. Default 30 s (above the proxy's 15 s upstream timeout). */
  timeoutMs?: number;
  /** The self-check probes every call; default 20 s. */
  selfCheckTimeoutMs?: number;
}

/**
 * Why a self-check failed, in the shape the task pane shows. `cause` says why no answer came:
 * the proxy answered the browser but its CORS allow-list refused this page, or it could not
 * be reached at all, or it did not answer in time.
 */
export interface ConnectionFailure {
  status: number | null;
  code: number | null;
  message: string;
  /** The proxy's machine-readable refusal reason (`data.reason`), when it gave one. */
  reason: RefusalReason | null;
  cause?: "cors" | "unreachable" | "timeout";
}

export type SelfCheckResult =
  | { ok: true; value: SelfCheck; check: SelfCheck }
  | { ok: false; outcome: Outcome; failure: ConnectionFailure };

export interface ProxyClient {
  /** create, query and process (revoke) for the engine's send, revoke and replace runs. */
  transport: LifecycleTransport;
  /** batch_get_id through the proxy's relay (docs/feishu-api.md §5). */
  lookup: LookupTransport;
  selfCheck(): Promise<SelfCheckResult>;
  /** Revokes one written record (approval_infos/process, status 4); the proxy may refuse it by role. */
  revoke(approvalId: string, approvalType: ProcessApprovalBody["approval_type"]): Promise<Outcome>;
}

/** The socket-level codes Node's fetch (undici) puts on `cause`, and what they mean for "sent". */
const REFUSED = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "ERR_INVALID_URL",
]);
const RESET = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED"]);

function classify(err: unknown): { type: TransportFailureType; sent: boolean; message: string } {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const code = typeof cause?.code === "string" ? cause.code : "";
  const message = [
    err instanceof Error ? err.message : String(err),
    code || (typeof cause?.message === "string" ? cause.message : ""),
  ]
    .filter(Boolean)
    .join(": ");
  if (REFUSED.has(code)) return { type: "refused", sent: false, message };
  if (RESET.has(code)) return { type: "reset", sent: true, message };
  // A browser says only "Failed to fetch": assume it may have been sent (the key makes a resend safe).
  return { type: "network", sent: true, message };
}

/**
 * The time the proxy is given to answer (src/proxy/feishu-routes.ts): the call's timeout less a
 * fifth (0.1–1 s) for the answer's way back.
 */
export const answerWithinMs = (timeoutMs: number): number =>
  Math.max(1, Math.round(timeoutMs - Math.min(1000, Math.max(100, timeoutMs / 5))));

const tokenSource = (c: ProxyClientOptions["credential"]): (() => Promise<string>) => {
  if (typeof c === "function") return c;
  const key = typeof c === "string" ? c : c.key;
  return async () => key;
};

/** The refusal reason a proxy answer carries in `data.reason`, if any. */
export function refusalReason(body: unknown): RefusalReason | null {
  const reason = (body as { data?: { reason?: unknown } } | null)?.data?.reason;
  return (REFUSAL_REASONS as readonly unknown[]).includes(reason) ? (reason as RefusalReason) : null;
}

export function createProxyClient(options: ProxyClientOptions): ProxyClient {
  const base = options.baseUrl.replace(/\/+$/, "");
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const credential = tokenSource(options.credential);
  const declaredName = encodeDeclaredName(options.declaredName);

  async function call(
    method: "GET" | "POST",
    path: string,
    body: unknown,
    timeoutMs: number,
    signal?: AbortSignalLike,
    extraHeaders: Record<string, string> = {},
  ): Promise<CallResult> {
    if (signal?.aborted) return { failure: { type: "aborted", sent: false } };
    let auth: string;
    try {
      auth = `Bearer ${await credential()}`;
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      return { failure: { type: "refused", sent: false, message: `no sign-in token: ${why}` } };
    }
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener("abort", onAbort);
    try {
      const headers: Record<string, string> = {
        ...extraHeaders,
        authorization: auth,
        accept: "application/json",
        // The proxy answers within this, so its answer (with the sends it made) beats our timeout.
        [PROXY_HEADERS.timeout]: String(answerWithinMs(timeoutMs)),
      };
      if (declaredName) headers[PROXY_HEADERS.declaredName] = declaredName;
      if (body !== undefined) headers["content-type"] = "application/json; charset=utf-8";
      const res = await doFetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
      const raw = await res.text();
      const h: Record<string, string> = {};
      res.headers.forEach((v, k) => (h[k.toLowerCase()] = v));
      let parsed: unknown = raw;
      try {
        parsed = raw ? (JSON.parse(raw) as unknown) : "";
      } catch {
        // Not JSON: the outcome mapping reads the status and keeps the text as detail.
      }
      return { answer: { status: res.status, headers: h, body: parsed } };
    } catch (err) {
      if (timedOut)
        return { failure: { type: "timeout", sent: true, message: `no answer within ${timeoutMs} ms` } };
      if (signal?.aborted) return { failure: { type: "aborted", sent: true } };
      return { failure: classify(err) };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
  }

  const timeoutMs = options.timeoutMs ?? 30_000;
  const transport: LifecycleTransport = {
    create: (record: PreparedRecord, signal, maxSends) =>
      call(
        "POST",
        `${FEISHU_PATHS.create}?employee_type=${encodeURIComponent(record.employeeType)}`,
        record.body,
        timeoutMs,
        signal,
        // The proxy writes it upstream at most this often (src/proxy/feishu-routes.ts).
        maxSends === undefined ? {} : { [PROXY_HEADERS.maxSends]: String(maxSends) },
      ),
    query: (employeeType: EmployeeType, body: QueryUserApprovalBody, signal) =>
      call(
        "POST",
        `${FEISHU_PATHS.query}?employee_type=${encodeURIComponent(employeeType)}`,
        body,
        timeoutMs,
        signal,
      ),
    process: (body: ProcessApprovalBody, signal, maxSends) =>
      call(
        "POST",
        FEISHU_PATHS.process,
        body,
        timeoutMs,
        signal,
        maxSends === undefined ? {} : { [PROXY_HEADERS.maxSends]: String(maxSends) },
      ),
  };

  /** GET /ledger/records by keys (src/proxy/ledger); null when the proxy has no ledger or refused. */
  transport.ledger = {
    async byKeys(keys, signal) {
      const q = keys.map((k) => `keys=${encodeURIComponent(k)}`).join("&");
      const result = await call(
        "GET",
        `/ledger/records?${q}&limit=${Math.max(1, keys.length)}`,
        undefined,
        timeoutMs,
        signal,
      );
      if (!("answer" in result) || result.answer.status !== 200) return null;
      const body = result.answer.body as { code?: unknown; data?: { records?: unknown } } | null;
      return body?.code === 0 && Array.isArray(body.data?.records)
        ? (body.data.records as LedgerEntry[])
        : null;
    },
  };

  const lookup: LookupTransport = (idType, body, signal) =>
    call(
      "POST",
      `${FEISHU_PATHS.batchGetId}?user_id_type=${encodeURIComponent(idType)}`,
      body,
      timeoutMs,
      signal,
    );

  /**
   * A browser says only "Failed to fetch", for a proxy that is down and for one whose CORS
   * allow-list refused this page alike. A no-cors request is not subject to CORS: when it
   * gets through, the proxy is up and CORS was the refusal.
   */
  async function causeOf(result: CallResult): Promise<ConnectionFailure["cause"]> {
    if (!("failure" in result)) return undefined;
    if (result.failure.type === "timeout") return "timeout";
    if (result.failure.type !== "network") return "unreachable";
    try {
      await doFetch(`${base}/healthz`, { method: "GET", mode: "no-cors" });
      return "cors";
    } catch {
      return "unreachable";
    }
  }

  async function selfCheck(): Promise<SelfCheckResult> {
    const result = await call("GET", "/self-check", undefined, options.selfCheckTimeoutMs ?? 20_000);
    if ("answer" in result && isSelfCheck(result.answer.body))
      return { ok: true, value: result.answer.body, check: result.answer.body };
    const outcome = mapCallResult(result);
    const cause = await causeOf(result);
    const failure: ConnectionFailure = {
      status: "answer" in result ? result.answer.status : null,
      code: outcome.code,
      message: [outcome.message.en, outcome.detail].filter(Boolean).join(": "),
      reason: "answer" in result ? refusalReason(result.answer.body) : null,
      ...(cause ? { cause } : {}),
    };
    return { ok: false, outcome, failure };
  }

  async function revoke(
    approvalId: string,
    approvalType: ProcessApprovalBody["approval_type"],
  ): Promise<Outcome> {
    const body: ProcessApprovalBody = { approval_id: approvalId, approval_type: approvalType, status: 4 };
    return mapCallResult(await transport.process(body));
  }

  return { transport, lookup, selfCheck, revoke };
}

function isSelfCheck(v: unknown): v is SelfCheck {
  const o = v as Partial<SelfCheck> | null;
  return (
    typeof o === "object" &&
    o !== null &&
    typeof o.ok === "boolean" &&
    typeof o.upstream === "string" &&
    typeof o.calls === "object" &&
    typeof o.token === "object"
  );
}
