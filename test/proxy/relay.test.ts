/**
 * The relay's retry rules with a scripted upstream and a manual clock: only what is safe is
 * repeated; and creates whose answer is not Feishu's, against the independent stub.
 */
import { PROXY_CODES } from "../../src/core/feishu/proxy-codes";
import { ProxyError } from "../../src/proxy/errors";
import { UpstreamPacer } from "../../src/proxy/pacer";
import { createRelay, type RelayCall, type RouteName } from "../../src/proxy/relay";
import { createTenantTokenCache } from "../../src/proxy/tenant-token";
import type { UpstreamClient, UpstreamRequest, UpstreamResult } from "../../src/proxy/upstream";
import { mapCallResult } from "../../src/core/feishu/outcomes";
import { defaultAnswer, type StubAnswer } from "../support/feishu-stub";
import { FakeClock } from "./fake-clock";
import { CREATE, call, createBody, startStubStack, type StubStack } from "./support";

type Step = UpstreamResult;
type Answered = Extract<UpstreamResult, { answer: unknown }>;
const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answered => ({
  answer: { status, headers, body: Buffer.from(JSON.stringify(body)) },
});
const fail = (type: "refused" | "timeout" | "reset", sent: boolean): Step => ({
  failure: { type, sent, message: type },
});
const OK = json(200, { code: 0, data: {} });
const TOKEN = json(200, { code: 0, tenant_access_token: "t-1", expire: 7200 });

function setup(script: Step[]) {
  const clock = new FakeClock();
  const sent: UpstreamRequest[] = [];
  const upstream: UpstreamClient = {
    baseUrl: "http://fake",
    post: async (req) => {
      sent.push(req);
      if (req.path.includes("tenant_access_token")) return TOKEN;
      const next = script.shift();
      if (!next) throw new Error("script ran out");
      return next;
    },
    close: () => undefined,
  };
  const tokens = createTenantTokenCache({ appId: "a", appSecret: "s", upstream, clock, timeoutMs: 1000 });
  const pacer = new UpstreamPacer(50, clock);
  const relay = createRelay({
    upstream,
    tokens,
    pacer,
    gate: {
      whenFree: (send) => {
        send();
        return () => undefined;
      },
    },
    clock,
    upstreamTimeoutMs: 1000,
    refusedRetryDelayMs: 5,
    maxRateLimitRetries: 3,
  });
  const apiCalls = () => sent.filter((r) => !r.path.includes("tenant_access_token"));
  const sends = { count: 0 };
  const run = (route: RouteName = "create", deadline = 60_000, maxSends?: number) => {
    const c: RelayCall = {
      caller: "key:a",
      route,
      pathWithQuery: "/p",
      body: "{}",
      signal: new AbortController().signal,
      deadline,
      maxSends,
      sends,
    };
    return relay(c).catch((e: unknown) => e);
  };
  return { clock, sent, apiCalls, run, pacer, tokens, sends };
}

describe("relay retries", () => {
  it("honours an upstream 429 by pausing for x-ogw-ratelimit-reset, then retries", async () => {
    const t = setup([json(429, { code: 99991400 }, { "x-ogw-ratelimit-reset": "2" }), OK]);
    const result = t.run();
    await t.clock.advance(1999);
    expect(t.apiCalls()).toHaveLength(1);
    await t.clock.advance(10);
    expect(await result).toMatchObject({ status: 200, code: 0 });
    expect(t.apiCalls()).toHaveLength(2);
  });

  it("gives up after three 429s and relays the last one", async () => {
    const r429 = json(429, { code: 99991400 }, { "x-ogw-ratelimit-reset": "1" });
    const t = setup([r429, r429, r429, r429]);
    const result = t.run();
    await t.clock.advance(5000);
    expect(await result).toMatchObject({ status: 429, code: 99991400 });
    expect(t.apiCalls()).toHaveLength(4);
  });

  it("stops at the caller's retry budget (maxSends) and counts every send", async () => {
    const r429 = json(429, { code: 99991400 }, { "x-ogw-ratelimit-reset": "1" });
    const t = setup([r429, r429, r429, r429]);
    const result = t.run("create", 60_000, 2);
    await t.clock.advance(5000);
    expect(await result).toMatchObject({ status: 429, code: 99991400 });
    expect(t.apiCalls()).toHaveLength(2);
    expect(t.sends.count).toBe(2);
  });

  it("counts no send for a request refused before it was written", async () => {
    const t = setup([fail("refused", false), OK]);
    const result = t.run();
    await t.clock.advance(100);
    expect(await result).toMatchObject({ status: 200, code: 0 });
    expect(t.apiCalls()).toHaveLength(2);
    expect(t.sends.count).toBe(1);
  });

  it("retries a token error once with a fresh token, and only once", async () => {
    const expired = json(400, { code: 99991663, msg: "Invalid access token" });
    const t = setup([expired, expired]);
    const result = t.run();
    await t.clock.advance(100);
    expect(await result).toMatchObject({ status: 400, code: 99991663 });
    expect(t.apiCalls()).toHaveLength(2);
    expect(t.tokens.fetches).toBe(2);
  });

  it("retries a refused connection once, then answers 502 (not sent)", async () => {
    const t = setup([fail("refused", false), fail("refused", false)]);
    const result = t.run();
    await t.clock.advance(100);
    const e = await result;
    expect(e).toBeInstanceOf(ProxyError);
    expect(e).toMatchObject({ status: 502, code: PROXY_CODES.upstreamUnreachable });
    expect(t.apiCalls()).toHaveLength(2);
  });

  it("succeeds when the one refused retry gets through", async () => {
    const t = setup([fail("refused", false), OK]);
    const result = t.run();
    await t.clock.advance(100);
    expect(await result).toMatchObject({ status: 200 });
  });

  it.each<[RouteName, "timeout" | "reset", RegExp]>([
    ["create", "timeout", /may or may not have been written/],
    ["create", "reset", /Resend it with the same idempotent_id/],
    ["query", "timeout", /did not answer in time/],
  ])("never repeats a %s whose outcome is unknown (%s after sending): 504", async (route, type, msg) => {
    const t = setup([fail(type, true), OK]);
    const result = t.run(route);
    await t.clock.advance(100);
    const e = await result;
    expect(e).toMatchObject({ status: 504, code: PROXY_CODES.upstreamTimeout });
    expect((e as ProxyError).envelope.msg).toMatch(msg);
    expect(t.apiCalls()).toHaveLength(1);
  });

  it("refuses at once, Feishu's way (429, 99991400, x-ogw-ratelimit-*), only when the wait would pass the caller's deadline", async () => {
    const t = setup(Array.from({ length: 200 }, () => OK));
    const queued = Array.from({ length: 100 }, () => t.run("query"));
    await t.clock.advance(0);
    const e = await t.run("create", 500);
    expect(e).toBeInstanceOf(ProxyError);
    expect(e).toMatchObject({ status: 429, code: 99991400 });
    const err = e as ProxyError;
    expect(err.envelope.msg).toMatch(/^request trigger frequency limit: .*not sent/);
    // 100 queued at 50/s: about 2 s of wait, 0.5 s of deadline: come back in about 2 s.
    expect(err.headers).toEqual({
      "x-ogw-ratelimit-limit": "50",
      "x-ogw-ratelimit-reset": "2",
      "retry-after": "2",
    });
    await t.clock.advance(3000);
    expect((await Promise.all(queued)).every((a) => (a as { status: number }).status === 200)).toBe(true);
  });

  it.each<[string, Answered]>([
    [
      "a 5xx with an HTML page",
      {
        answer: {
          status: 502,
          headers: { "content-type": "text/html" },
          body: Buffer.from("<html>bad gateway</html>"),
        },
      },
    ],
    ["a 500 with a JSON error", json(500, { code: 1220600, msg: "internal error" })],
    [
      "a 200 that is not JSON",
      { answer: { status: 200, headers: {}, body: Buffer.from('{"code":0,"data":{"user_appr') } },
    ],
  ])(
    "reports a create answered with %s as may-or-may-not-written, the upstream body attached, never repeated",
    async (_n, step) => {
      const t = setup([step, OK]);
      const result = t.run("create");
      await t.clock.advance(100);
      const e = await result;
      expect(e).toMatchObject({ status: 502, code: PROXY_CODES.upstreamTimeout });
      const env = (e as ProxyError).envelope;
      expect(env.msg).toMatch(/may or may not have been written\. Resend it with the same idempotent_id/);
      expect(env.error).toEqual({
        upstream_status: step.answer.status,
        upstream_content_type: step.answer.headers["content-type"] ?? null,
        upstream_body: step.answer.body.toString("utf8"),
      });
      expect(t.apiCalls()).toHaveLength(1);
    },
  );

  it("relays the same bad answer to a query unchanged", async () => {
    const t = setup([json(500, { code: 1220600, msg: "internal error" })]);
    const result = t.run("query");
    await t.clock.advance(100);
    expect(await result).toMatchObject({ status: 500, code: 1220600 });
  });
});

describe("uncertain creates, against the independent stub (real sockets)", () => {
  const answers: Record<string, StubAnswer> = {
    "5xx-html": { kind: "html", status: 502 },
    "5xx-json": { kind: "json", status: 500, body: { code: 1220600, msg: "internal error" } },
    truncated: { kind: "truncated" },
    reset: { kind: "reset" },
  };
  let s: StubStack;
  beforeAll(
    async () =>
      (s = await startStubStack({
        stub: { answer: (r) => answers[r.query.match(/case=([\w-]+)/)?.[1] ?? ""] ?? defaultAnswer(r) },
      })),
  );
  afterAll(() => s.close());

  it.each<[string, number, RegExp | null]>([
    ["5xx-html", 502, /<h1>502 Bad Gateway<\/h1>/],
    ["5xx-json", 502, /"code":1220600/],
    ["truncated", 504, /^\{"code":0,"data":\{"user_appro$/],
    ["reset", 504, null],
  ])(
    "%s: may or may not have been written (with the upstream body when one came), audited unknown, sent once",
    async (name, status, body) => {
      const before = s.stub.received.length;
      const a = await call(s.url, "POST", `${CREATE}&case=${name}`, { body: createBody(`u-${name}`) });
      expect(a.status).toBe(status);
      expect(a.body.code).toBe(PROXY_CODES.upstreamTimeout);
      expect(a.body.msg).toMatch(/may or may not have been written\. Resend it with the same idempotent_id/);
      if (body) expect((a.body.error as { upstream_body: string }).upstream_body).toMatch(body);
      expect(s.stub.received.length - before).toBe(1);
      expect((await s.audit()).at(-1)).toMatchObject({
        idempotent_ids: [`u-${name}`],
        outcome: "unknown",
        code: PROXY_CODES.upstreamTimeout,
        status,
      });
    },
  );

  it("keeps the add-in's reading: the answer maps to an uncertain, retryable outcome", async () => {
    const a = await call(s.url, "POST", `${CREATE}&case=5xx-html`, { body: createBody("u-addin") });
    const o = mapCallResult({ answer: { status: a.status, headers: {}, body: a.body } });
    expect(o).toMatchObject({ kind: "retryable", uncertain: true, code: PROXY_CODES.upstreamTimeout });
  });
});
