/** The proxy client against a real local HTTP server: every answer and failure becomes a CallResult. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { answerWithinMs, createProxyClient } from "../../src/client/proxy-client";
import { mapCallResult } from "../../src/core/feishu/outcomes";
import { makeRecord } from "./support/records";

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
let server: Server;
let base = "";
let handler: Handler = (_q, res) => res.end();
const seen: { method?: string; url?: string; auth?: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, auth: req.headers.authorization, body });
      handler(req, res, body);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});
beforeEach(() => (seen.length = 0));

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_q, res) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };
const client = (over: { timeoutMs?: number; baseUrl?: string } = {}) =>
  createProxyClient({
    baseUrl: `${over.baseUrl ?? base}/`,
    credential: "k-123",
    timeoutMs: over.timeoutMs ?? 2000,
  });
const record = makeRecord(0);

describe("createProxyClient transport", () => {
  test("create posts the body with the employee_type and the bearer credential", async () => {
    handler = json(200, {
      code: 0,
      msg: "success",
      data: { user_approval: { leaves: [{ approval_id: "A1" }] } },
    });
    const r = await client().transport.create(record);
    expect(mapCallResult(r)).toMatchObject({ kind: "ok", approvalIds: ["A1"] });
    expect(seen[0]).toMatchObject({
      method: "POST",
      url: "/open-apis/attendance/v1/user_approvals?employee_type=employee_id",
      auth: "Bearer k-123",
    });
    expect(JSON.parse(seen[0].body)).toEqual(record.body);
  });

  test("each call tells the proxy how long it waits (x-proxy-timeout-ms) and the sends left", async () => {
    let headers: IncomingMessage["headers"] = {};
    handler = (req, res) => {
      headers = req.headers;
      json(200, { code: 0, msg: "success", data: {} })(req, res, "");
    };
    await client({ timeoutMs: 2000 }).transport.create(record, undefined, 4);
    expect(headers).toMatchObject({ "x-proxy-timeout-ms": "1600", "x-proxy-max-sends": "4" });
  });

  test.each([
    [300, 200],
    [2000, 1600],
    [30_000, 29_000],
  ])("a %i ms timeout gives the proxy %i ms to answer", (timeoutMs, within) => {
    expect(answerWithinMs(timeoutMs)).toBe(within);
  });

  test("query posts to the query path", async () => {
    handler = json(200, { code: 0, data: { user_approvals: [] } });
    const body = { user_ids: ["E0001"], check_date_from: 20260104, check_date_to: 20260106, status: 2 };
    const r = await client().transport.query("employee_no", body);
    expect("answer" in r && r.answer.status).toBe(200);
    expect(seen[0]).toMatchObject({
      url: "/open-apis/attendance/v1/user_approvals/query?employee_type=employee_no",
    });
    expect(JSON.parse(seen[0].body)).toEqual(body);
  });

  test("headers are lower-cased and non-JSON bodies kept as text", async () => {
    handler = (_q, res) => {
      res.writeHead(429, { "X-Ogw-Ratelimit-Reset": "2", "content-type": "text/plain" });
      res.end("slow down");
    };
    const r = await client().transport.create(record);
    expect(r).toMatchObject({
      answer: { status: 429, body: "slow down", headers: { "x-ogw-ratelimit-reset": "2" } },
    });
    expect(mapCallResult(r)).toMatchObject({ kind: "rate_limited", retryAfterMs: 2000 });
  });

  test("no answer in time is a timeout that may have been sent", async () => {
    handler = () => undefined; // never answers
    const r = await client({ timeoutMs: 100 }).transport.create(record);
    expect(r).toMatchObject({ failure: { type: "timeout", sent: true } });
  });

  test("a connection cut after sending is a reset that may have been sent", async () => {
    handler = (req) => req.socket.destroy();
    const r = await client().transport.create(record);
    expect(r).toMatchObject({ failure: { type: "reset", sent: true } });
  });

  test("a refused connection was not sent", async () => {
    const closed = createServer();
    await new Promise<void>((res) => closed.listen(0, "127.0.0.1", res));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((res) => closed.close(res));
    const r = await client({ baseUrl: `http://127.0.0.1:${port}` }).transport.create(record);
    expect(r).toMatchObject({ failure: { type: "refused", sent: false } });
  });

  test("a caller abort is reported as aborted, and an aborted signal sends nothing", async () => {
    handler = () => undefined;
    const ac = new AbortController();
    const pending = client().transport.create(record, ac.signal);
    setTimeout(() => ac.abort(), 20);
    expect(await pending).toMatchObject({ failure: { type: "aborted", sent: true } });
    const before = seen.length;
    expect(await client().transport.create(record, ac.signal)).toMatchObject({
      failure: { type: "aborted", sent: false },
    });
    expect(seen.length).toBe(before);
  });

  test("a fetch that throws something odd is still a CallResult", async () => {
    const c = createProxyClient({
      baseUrl: base,
      credential: { key: "x" },
      fetch: () => Promise.reject(new TypeError("Failed to fetch")),
    });
    expect(await c.transport.create(record)).toMatchObject({
      failure: { type: "network", sent: true, message: "Failed to fetch" },
    });
  });
});

describe("selfCheck", () => {
  const check = {
    ok: true,
    upstream: "emulator",
    baseUrl: "http://x",
    appId: "cli_x",
    token: { ok: true, message: "ok" },
    calls: { create: true, query: true, process: true, batchGetId: true },
    caller: "clerk",
    pacePerSecond: 48,
  };
  test("a self-check answer is returned as is", async () => {
    handler = json(200, check);
    const r = await client().selfCheck();
    expect(r).toEqual({ ok: true, value: check, check });
    expect(seen[0]).toMatchObject({ method: "GET", url: "/self-check", auth: "Bearer k-123" });
  });
  test("a refused key maps to permission with the Settings hint", async () => {
    handler = json(401, { code: 1790001, msg: "The proxy key is not valid", data: { reason: "bad_key" } });
    const r = await client().selfCheck();
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.outcome.kind).toBe("permission");
      expect(r.outcome.hint.en).toMatch(/API key under "Setup"/);
      expect(r.failure).toEqual({
        status: 401,
        code: 1790001,
        message: "The proxy did not accept your credentials: The proxy key is not valid",
        reason: "bad_key",
      });
    }
  });
  test("a refusal reason the client does not know is not passed on", async () => {
    handler = json(401, { code: 1790001, msg: "no", data: { reason: "moon_phase" } });
    const r = await client().selfCheck();
    expect(!r.ok && r.failure.reason).toBeNull();
  });
});

describe("signed in with Microsoft", () => {
  test("every call asks for a current token; no token means not sent", async () => {
    handler = json(200, { code: 0, msg: "success", data: {} });
    const tokens = ["t-1", "t-2"];
    const signedIn = createProxyClient({ baseUrl: base, credential: async () => tokens.shift() ?? "" });
    await signedIn.transport.create(makeRecord(0));
    await signedIn.transport.create(makeRecord(0));
    expect(seen.map((s) => s.auth)).toEqual(["Bearer t-1", "Bearer t-2"]);
    const signedOut = createProxyClient({
      baseUrl: base,
      credential: () => Promise.reject(new Error("not signed in")),
    });
    const r = await signedOut.transport.create(makeRecord(0));
    expect(r).toEqual({
      failure: { type: "refused", sent: false, message: "no sign-in token: not signed in" },
    });
    expect(seen).toHaveLength(2);
  });
  test("revoke sends status 4 for the approval and maps a role refusal", async () => {
    handler = json(403, { code: 1790012, msg: "no role", data: { reason: "missing_role", needs: "revoke" } });
    const o = await client().revoke("7000000000000000001", "leave");
    expect(seen[0]).toMatchObject({ method: "POST", url: "/open-apis/attendance/v1/approval_infos/process" });
    expect(JSON.parse(seen[0].body)).toEqual({
      approval_id: "7000000000000000001",
      approval_type: "leave",
      status: 4,
    });
    expect([o.kind, o.code, o.uncertain]).toEqual(["permission", 1790012, false]);
    expect(o.message.en).toBe("Your Microsoft account does not have the role this needs");
  });
});
