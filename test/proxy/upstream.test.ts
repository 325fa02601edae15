/**
 * What the proxy does when the upstream misbehaves: a token that expires mid-run, an
 * upstream that is down, a create that gets no answer (never repeated), 5xx relayed,
 * and the shared pacer keeping a burst under Feishu's per-second limit.
 */
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { PROXY_CODES } from "../../src/core/feishu/proxy-codes";
import { FEISHU_PATHS } from "../../src/core/feishu/schemas";
import type { ProxyClock } from "../../src/proxy/clock";
import { CREATE, call, createBody, startStack, type Stack } from "./support";

const stacks: Stack[] = [];
const stack = async (o: Parameters<typeof startStack>[0]) => {
  const s = await startStack(o);
  stacks.push(s);
  return s;
};
afterEach(async () => {
  await Promise.all(stacks.splice(0).map((s) => s.close()));
});

const create = (s: Stack, id: string) => call(s.url, "POST", CREATE, { body: createBody(id) });
const tokenFetches = (s: Stack) => s.emu.stats().byPath[FEISHU_PATHS.token] ?? 0;
const creates = (s: Stack) => s.emu.stats().byPath[FEISHU_PATHS.create] ?? 0;

describe("tenant token", () => {
  it("is fetched once for many concurrent requests", async () => {
    const s = await stack({ env: { PROXY_UPSTREAM_RATE: "1000" } });
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        call(s.url, "POST", FEISHU_PATHS.batchGetId, { body: { emails: [] } }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(tokenFetches(s)).toBe(1);
  });

  it.each<[string, (s: Stack, advance: (ms: number) => void) => void]>([
    ["expires upstream while the proxy still trusts it", (_s, advance) => advance(61_000)],
    ["is revoked upstream (every token invalid at once)", (s) => s.emu.expireAllTokens()],
  ])("is evicted and the request retried once when it %s", async (_name, breakIt) => {
    let offset = 0;
    const s = await stack({ emulator: { tokenLifetimeSec: 60, now: () => Date.now() + offset } });
    expect((await create(s, "tok-1")).body.code).toBe(0);
    breakIt(s, (ms) => (offset += ms));
    const a = await create(s, "tok-2");
    expect(a.status).toBe(200);
    expect(a.body.code).toBe(0);
    expect(tokenFetches(s)).toBe(2);
    expect(creates(s)).toBe(3); // tok-1, tok-2 refused with 99991663, tok-2 again
    expect(s.emu.countsByIdempotentId().get("tok-2")).toBe(1);
  });

  it("is refreshed before it expires, without a refused request", async () => {
    let emuOffset = 0;
    let proxyOffset = 0;
    const clock: ProxyClock = {
      now: () => Date.now() + proxyOffset,
      setTimer: (fn, ms) =>
        (
          (t) => () =>
            clearTimeout(t)
        )(setTimeout(fn, ms)),
    };
    const s = await stack({
      emulator: { tokenLifetimeSec: 60, now: () => Date.now() + emuOffset },
      deps: { clock },
    });
    expect((await create(s, "ref-1")).body.code).toBe(0);
    // 50 s later: 10 s of life left; the proxy refreshes at half-life (30 s) for short tokens.
    emuOffset += 50_000;
    proxyOffset += 50_000;
    expect((await create(s, "ref-2")).body.code).toBe(0);
    expect(tokenFetches(s)).toBe(2);
    expect(creates(s)).toBe(2);
  });

  it("answers 503 tokenUnavailable when the app secret is wrong", async () => {
    const s = await stack({ env: { FEISHU_APP_SECRET: "wrong-secret" } });
    const a = await create(s, "sec-1");
    expect(a).toMatchObject({ status: 503, body: { code: PROXY_CODES.tokenUnavailable } });
    expect(a.body.msg).toMatch(/code 10014/);
    expect(creates(s)).toBe(0);
  });
});

describe("upstream failures", () => {
  it("answers 502 when the upstream is down (refused, retried once, not sent)", async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const { port } = probe.address() as AddressInfo;
    await new Promise((r) => probe.close(r));
    const s = await stack({ upstreamUrl: `http://127.0.0.1:${port}` });
    const a = await create(s, "down-1");
    expect(a).toMatchObject({ status: 502, body: { code: PROXY_CODES.upstreamUnreachable } });
    expect(a.body.msg).toMatch(/not sent/);
    const check = await call(s.url, "GET", "/self-check");
    expect(check.body).toMatchObject({
      ok: false,
      token: { ok: false },
      calls: { create: false, query: false, process: false, batchGetId: false },
    });
  });

  it.each<[string, Record<string, number>, RegExp]>([
    ["answers too slowly", { slowRate: 1, slowMs: 5_000 }, /no answer within 200 ms/],
    ["stores the record but loses the answer", { lostResponseRate: 1 }, /reset/],
  ])("answers 504 and does not retry a create when the upstream %s", async (_name, faults, why) => {
    const s = await stack({ emulator: { faults }, env: { PROXY_UPSTREAM_TIMEOUT_MS: "200" } });
    const a = await create(s, "lost-1");
    expect(a).toMatchObject({ status: 504, body: { code: PROXY_CODES.upstreamTimeout } });
    expect(a.body.msg).toMatch(/may or may not have been written\. Resend it with the same idempotent_id/);
    expect(a.body.msg).toMatch(why);
    expect(creates(s)).toBe(1);
    expect(s.emu.countsByIdempotentId().get("lost-1")).toBe(1);
    await s.proxy.deps.audit.close();
    expect(s.audit()).toEqual([
      expect.objectContaining({
        route: "create",
        idempotent_ids: ["lost-1"],
        outcome: "unknown",
        status: 504,
        code: PROXY_CODES.upstreamTimeout,
      }),
    ]);
  });

  it("reports an upstream 5xx on a create as may-or-may-not-written and does not retry it", async () => {
    const s = await stack({ emulator: { faults: { http5xxRate: 1 }, seed: 3 } });
    const a = await create(s, "5xx-1");
    expect(a).toMatchObject({ status: 502, body: { code: PROXY_CODES.upstreamTimeout } });
    expect(creates(s)).toBe(1);
  });
});

describe("shared upstream pacer", () => {
  it("honours a real upstream 429 (pace set above the limit): pauses for the reset, retries, nothing lost", async () => {
    const s = await stack({ emulator: { rateLimitPerSec: 2 }, env: { PROXY_UPSTREAM_RATE: "1000" } });
    const answers = await Promise.all(["r429-1", "r429-2", "r429-3"].map((id) => create(s, id)));
    expect(answers.map((a) => a.body.code)).toEqual([0, 0, 0]);
    expect(s.emu.stats().rateLimited).toBeGreaterThanOrEqual(1);
    expect(creates(s)).toBe(3 + s.emu.stats().rateLimited);
    expect([...s.emu.countsByIdempotentId().values()]).toEqual([1, 1, 1]);
  });

  it("queues a burst from two callers and spaces it under the upstream limit: no 429 upstream, no errors", async () => {
    const s = await stack({
      emulator: { rateLimitPerSec: 100 },
      env: { PROXY_UPSTREAM_RATE: "95", PROXY_CALLER_RATE: "1000" },
    });
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 160 }, (_, i) =>
        call(s.url, "POST", CREATE, {
          body: createBody(`pace-${i}`, `E${String(1 + (i % 50)).padStart(4, "0")}`),
          key: i % 2 ? "pk_other" : undefined,
        }),
      ),
    );
    const elapsed = Date.now() - started;
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(s.emu.stats().rateLimited).toBe(0);
    expect(s.emu.countsByIdempotentId().size).toBe(160);
    expect(elapsed).toBeGreaterThanOrEqual(1_400); // 160 at 95/s cannot be faster than ~1.7 s
  });
});
