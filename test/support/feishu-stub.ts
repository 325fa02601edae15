/**
 * A small Feishu of our own for the proxy's tests, written apart from src/emulator so the two
 * cannot share a mistake: it issues a tenant token, answers the four relayed calls, keeps
 * every request's exact bytes and arrival time, limits each path to `limitPerSec` in any
 * sliding second (429, 99991400 and x-ogw-ratelimit-*, docs/feishu-api.md §4.3) and can be
 * told to answer badly (a 5xx page, a cut-off body, a reset).
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface StubRequest {
  path: string;
  /** The query string as received, with its `?` (or ""). */
  query: string;
  body: Buffer;
  headers: IncomingHttpHeaders;
  /** Arrival time (ms, this process's clock), when the request's headers were parsed. */
  at: number;
}

/** How to answer a relayed call: a JSON answer, or something that is not Feishu's. */
export type StubAnswer =
  | { kind: "json"; status: number; body: unknown }
  | { kind: "html"; status: number }
  | { kind: "truncated" }
  | { kind: "reset" };

export interface StubOptions {
  appId?: string;
  appSecret?: string;
  limitPerSec?: number;
  /** Answer with `Connection: close`, so every request needs a new connection. */
  closeConnections?: boolean;
  /** The answer to a relayed call; the default is `{code: 0}` with the request's approval echoed. */
  answer?: (req: StubRequest) => StubAnswer;
}

export interface FeishuStub {
  url: string;
  token: string;
  received: StubRequest[];
  rateLimited: number;
  close(): Promise<void>;
}

export const STUB_APP = { appId: "cli_stub", appSecret: "stub-app-secret-never-leaks-91c2" };
const TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal";
const now = () => performance.timeOrigin + performance.now();

export function startFeishuStub(o: StubOptions = {}): Promise<FeishuStub> {
  const app = { appId: o.appId ?? STUB_APP.appId, appSecret: o.appSecret ?? STUB_APP.appSecret };
  const token = `t-${randomBytes(20).toString("hex")}`;
  const limit = o.limitPerSec ?? 50;
  const arrivals = new Map<string, number[]>();
  const sockets = new Set<Socket>();
  const stub: FeishuStub = { url: "", token, received: [], rateLimited: 0, close: async () => undefined };

  const server = createServer((req, res) => {
    const at = now();
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const [path, q] = (req.url ?? "").split(/\?(.*)/s, 2);
      const r: StubRequest = {
        path,
        query: q === undefined ? "" : `?${q}`,
        body: Buffer.concat(chunks),
        headers: req.headers,
        at,
      };
      if (o.closeConnections) res.setHeader("connection", "close");
      if (req.method === "GET" && path === "/__stub/received")
        return json(
          res,
          200,
          stub.received.map((x) => ({ path: x.path, at: x.at })),
        );
      if (path === TOKEN_PATH) {
        const b = parse(r.body) as { app_id?: string; app_secret?: string } | null;
        if (b?.app_id !== app.appId || b.app_secret !== app.appSecret)
          return json(res, 400, { code: 10014, msg: "app secret invalid" });
        return json(res, 200, { code: 0, msg: "ok", tenant_access_token: token, expire: 7200 });
      }
      stub.received.push(r);
      if (req.headers.authorization !== `Bearer ${token}`)
        return json(res, 400, { code: 99991663, msg: "Invalid access token for authorization" });
      const times = arrivals.get(path) ?? [];
      arrivals.set(path, times);
      while (times.length && times[0] <= at - 1000) times.shift();
      if (times.length >= limit) {
        stub.rateLimited++;
        res.setHeader("x-ogw-ratelimit-limit", String(limit));
        res.setHeader("x-ogw-ratelimit-reset", "1");
        return json(res, 429, { code: 99991400, msg: "request trigger frequency limit" });
      }
      times.push(at);
      answer(res, (o.answer ?? defaultAnswer)(r));
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });

  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      stub.close = () =>
        new Promise<void>((done) => {
          for (const s of sockets) s.destroy();
          server.close(() => done());
        });
      resolve(stub);
    }),
  );
}

function parse(b: Buffer): unknown {
  try {
    return JSON.parse(b.toString("utf8"));
  } catch {
    return null;
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

function answer(res: ServerResponse, a: StubAnswer): void {
  switch (a.kind) {
    case "json":
      return json(res, a.status, a.body);
    case "html": {
      const page = `<html><body><h1>${a.status} Bad Gateway</h1></body></html>`;
      res.writeHead(a.status, { "content-type": "text/html", "content-length": Buffer.byteLength(page) });
      return void res.end(page);
    }
    case "truncated":
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": "200" });
      res.write('{"code":0,"data":{"user_appro');
      return void setTimeout(() => res.socket?.destroy(), 20);
    case "reset":
      return void res.socket?.destroy();
  }
}

/** `{code: 0}` with the body's user_approval echoed and an approval_id on each item. */
export function defaultAnswer(r: StubRequest): StubAnswer {
  const body = parse(r.body) as { user_approval?: Record<string, unknown> } | null;
  const ua = body?.user_approval;
  if (!ua) return { kind: "json", status: 200, body: { code: 0, msg: "success", data: {} } };
  let n = 0;
  const withIds = Object.fromEntries(
    Object.entries(ua).map(([k, v]) => [
      k,
      Array.isArray(v)
        ? v.map((item: object) => ({
            ...item,
            approval_id: String(7_000_000_000_000_000_000n + BigInt(++n)),
          }))
        : v,
    ]),
  );
  return { kind: "json", status: 200, body: { code: 0, msg: "success", data: { user_approval: withIds } } };
}
