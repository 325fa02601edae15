/**
 * The HTTP client to Feishu (or Lark, or the emulator): node:http(s) with a keep-alive
 * agent. It never throws for transport trouble; it says what happened and whether the
 * request may have reached the upstream (`sent`: its bytes were written), which decides what
 * is safe to retry. Nothing is written before the socket is connected and the send gate
 * (send-window.ts) says so, and the gate hears when the answer is back.
 */
import http from "node:http";
import https from "node:https";
import type { TransportFailureType } from "../core/outcome";
import type { SendGate } from "./send-window";

export interface UpstreamRequest {
  /** Path and query string, e.g. `/open-apis/attendance/v1/user_approvals?employee_type=employee_id`. */
  path: string;
  /** Sent as given, byte for byte. */
  body: string | Buffer;
  /** Tenant token; absent for the token call itself. */
  token?: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Asked at the moment of writing; without one the request is written as soon as connected. */
  gate?: SendGate;
}

export interface UpstreamAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export type UpstreamResult =
  | { answer: UpstreamAnswer }
  | {
      failure: {
        type: TransportFailureType;
        sent: boolean;
        message: string;
        /** What had come of an answer cut off midway (status, headers, the bytes so far). */
        partial?: UpstreamAnswer;
      };
    };

export interface UpstreamClient {
  readonly baseUrl: string;
  post(req: UpstreamRequest): Promise<UpstreamResult>;
  close(): void;
}

const NOT_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ECONNABORTED",
]);

export function createUpstreamClient(baseUrl: string, maxSockets = 128): UpstreamClient {
  const url = new URL(baseUrl);
  const secure = url.protocol === "https:";
  const lib = secure ? https : http;
  // Idle sockets are dropped after 4 s, before a typical 5 s server keep-alive timeout,
  // so a request is rarely written onto a socket the server is closing.
  const agent = new lib.Agent({
    keepAlive: true,
    maxSockets,
    maxFreeSockets: 32,
    timeout: 4000,
    scheduling: "lifo",
  });
  const base = baseUrl.replace(/\/+$/, "");

  const post = (req: UpstreamRequest): Promise<UpstreamResult> =>
    new Promise((resolve) => {
      let connected = false;
      let written = false;
      let settled = false;
      /** Tells the send gate the answer (or a failure) is back: set once the gate has the request. */
      let answered: (() => void) | null = null;
      const done = (r: UpstreamResult) => {
        if (settled) return;
        settled = true;
        answered?.();
        clearTimeout(timer);
        req.signal?.removeEventListener("abort", onAbort);
        resolve(r);
      };
      const headers: http.OutgoingHttpHeaders = {
        "content-type": "application/json; charset=utf-8",
        "content-length": Buffer.byteLength(req.body),
      };
      if (req.token) headers.authorization = `Bearer ${req.token}`;
      let received: (() => UpstreamAnswer) | null = null;
      const out = lib.request(`${base}${req.path}`, { method: "POST", agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        received = () => ({
          status: res.statusCode ?? 502,
          headers: res.headers,
          body: Buffer.concat(chunks),
        });
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => done({ answer: (received as () => UpstreamAnswer)() }));
        res.on("error", (e) => fail("reset", e.message));
      });
      const fail = (type: TransportFailureType, message: string) => {
        done({ failure: { type, sent: written, message, ...(received ? { partial: received() } : {}) } });
        out.destroy();
      };
      const write = (): boolean => {
        if (settled) return false;
        written = true;
        out.end(req.body); // headers and body in one write, now
        return true;
      };
      const whenConnected = () => {
        connected = true;
        if (!req.gate) return void write();
        answered = req.gate.whenFree(write);
        if (settled) answered(); // failed while being written
      };
      const timer = setTimeout(() => fail("timeout", `no answer within ${req.timeoutMs} ms`), req.timeoutMs);
      const onAbort = () => fail("aborted", "the caller went away");
      req.signal?.addEventListener("abort", onAbort, { once: true });
      out.on("socket", (s) => {
        if (!s.connecting) whenConnected();
        else s.once(secure ? "secureConnect" : "connect", whenConnected);
      });
      out.on("error", (e: NodeJS.ErrnoException) => {
        const code = e.code ?? "";
        if (!connected && NOT_SENT.has(code)) fail("refused", `${code} ${url.host}`);
        else if (code === "ECONNRESET" || code === "EPIPE") fail("reset", "connection reset");
        else fail("network", code || e.message);
      });
    });

  return { baseUrl: base, post, close: () => agent.destroy() };
}
