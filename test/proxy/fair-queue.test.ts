/** Bursts queue, shared fairly between callers: on a manual clock, and with the official SDK against the stub. */
import * as lark from "@larksuiteoapi/node-sdk";
import { UpstreamPacer } from "../../src/proxy/pacer";
import { FairQueue, type Waiter } from "../../src/proxy/fair-queue";
import { CREATE, KEY, call, createBody, leave, startStubStack } from "./support";
import { FakeClock } from "./fake-clock";

jest.setTimeout(30_000);
const quiet = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, trace: () => {} };

describe("the fair queue (manual clock)", () => {
  it("serves callers in turn: one arriving behind a burst of 100 waits about one gap, not 100", async () => {
    const clock = new FakeClock();
    const pacer = new UpstreamPacer(10, clock);
    const order: string[] = [];
    for (let i = 0; i < 100; i++) void pacer.acquire("burst").then(() => order.push("burst"));
    await clock.advance(250);
    expect(pacer.estimateWaitMs("lone")).toBeLessThanOrEqual(200); // behind at most one of the burst
    expect(pacer.estimateWaitMs("burst")).toBeGreaterThan(9_000);
    void pacer.acquire("lone").then(() => order.push(`lone@${clock.now()}`));
    void pacer.acquire("lone").then(() => order.push(`lone@${clock.now()}`));
    await clock.advance(600);
    expect(order.filter((o) => o.startsWith("lone"))).toHaveLength(2);
    expect(order.slice(3, 7).map((o) => o.split("@")[0])).toEqual(["burst", "lone", "burst", "lone"]);
  });

  it("holds one caller to its own pace when set, without refusing it", async () => {
    const clock = new FakeClock();
    const pacer = new UpstreamPacer(100, clock, 10);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) void pacer.acquire("a").then(() => times.push(clock.now()));
    await clock.advance(1000);
    expect(times).toHaveLength(5);
    expect(Math.min(...times.slice(1).map((t, i) => t - times[i]))).toBeGreaterThanOrEqual(99);
  });
});

describe("bursts through the proxy (real sockets, the official SDK, the independent stub)", () => {
  it("queues a lone caller's burst of 300 creates: none refused, all written once", async () => {
    const s = await startStubStack({
      env: { PROXY_UPSTREAM_RATE: "150", PROXY_CALLER_RATE: "1000" },
      stub: { limitPerSec: 160 },
    });
    try {
      const client = new lark.Client({
        appId: "x",
        appSecret: "x",
        domain: s.url,
        disableTokenCache: true,
        logger: quiet,
      });
      const answers = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          client.attendance.userApproval
            .create(
              {
                params: { employee_type: "employee_id" },
                data: {
                  user_approval: {
                    user_id: "E0001",
                    date: "20260302",
                    leaves: [leave({ idempotent_id: `b-${i}` }) as never],
                  },
                },
              },
              lark.withTenantToken(KEY),
            )
            .then(
              (r) => r.code ?? -1,
              (e: { response?: { data?: unknown } }) => e.response?.data ?? String(e),
            ),
        ),
      );
      expect(answers.filter((c) => c !== 0)).toEqual([]);
      expect(s.stub.received.filter((r) => r.path.endsWith("user_approvals"))).toHaveLength(300);
      expect(s.stub.rateLimited).toBe(0);
    } finally {
      await s.close();
    }
  });

  it("shares the upstream between keys in turn: two light callers are not stuck behind a heavy one", async () => {
    const s = await startStubStack({
      env: { PROXY_UPSTREAM_RATE: "150", PROXY_CALLER_RATE: "1000" },
      stub: { limitPerSec: 160 },
    });
    try {
      const keys = [
        ...Array<string>(200).fill(KEY),
        ...Array<string>(50).fill("pk_other"),
        ...Array<string>(50).fill("pk_third"),
      ];
      // As after an upstream 429: nothing leaves for a moment, so the whole burst is queued at once.
      s.proxy.deps.pacer.pause(6_000);
      let longest = 0;
      const watch = setInterval(() => (longest = Math.max(longest, s.proxy.deps.pacer.queued)), 5);
      const answers = await Promise.all(
        keys.map((key, i) => call(s.url, "POST", CREATE, { key, body: createBody(`${key}-${i}`) })),
      ).finally(() => clearInterval(watch));
      expect(longest).toBeGreaterThanOrEqual(250); // the burst really queued
      expect(answers.filter((a) => a.status !== 200 || a.body.code !== 0)).toEqual([]);
      const byArrival = s.stub.received.map(
        (r) => JSON.parse(r.body.toString()) as { user_approval: { leaves: { idempotent_id: string }[] } },
      );
      const lastOf = (key: string) =>
        byArrival.map((b) => b.user_approval.leaves[0].idempotent_id.startsWith(key)).lastIndexOf(true);
      // In turn, three callers: the light ones are done within about the first 150 sends of 300
      // (first come, first served would finish them near the end, around 295).
      expect(lastOf("pk_other")).toBeLessThan(180);
      expect(lastOf("pk_third")).toBeLessThan(180);
      expect(lastOf(KEY)).toBe(299);
    } finally {
      await s.close();
    }
  });

  it("refuses only what would wait past the deadline, Feishu's way, with the reset to wait", async () => {
    const s = await startStubStack({ env: { PROXY_REQUEST_TIMEOUT_MS: "2000" } });
    try {
      const answers = await Promise.all(
        Array.from({ length: 150 }, (_, i) => call(s.url, "POST", CREATE, { body: createBody(`d-${i}`) })),
      );
      const ok = answers.filter((a) => a.status === 200 && a.body.code === 0);
      const refused = answers.filter((a) => a.status === 429);
      expect(answers.filter((a) => a.status !== 200 && a.status !== 429).map((a) => a.text)).toEqual([]);
      // About the deadline's worth (48/s for 2 s less the answer margin, plus what arrives while it goes) is sent;
      // the rest is refused at once and nothing is sent for it (a 2 s deadline keeps a loaded machine above 35).
      expect(ok.length).toBeGreaterThanOrEqual(35);
      expect(ok.length).toBeLessThanOrEqual(110);
      expect(refused.length).toBeGreaterThanOrEqual(40);
      expect(s.stub.received).toHaveLength(ok.length);
      for (const r of refused) {
        expect(r.body).toMatchObject({
          code: 99991400,
          msg: expect.stringMatching(/^request trigger frequency limit/),
        });
        expect(r.headers["x-ogw-ratelimit-limit"]).toBe("48");
        expect(Number(r.headers["x-ogw-ratelimit-reset"])).toBeGreaterThanOrEqual(1);
        expect(r.headers["retry-after"]).toBe(r.headers["x-ogw-ratelimit-reset"]);
      }
      expect((await s.audit()).filter((e) => e.status === 429).every((e) => e.outcome === "not_sent")).toBe(
        true,
      );
    } finally {
      await s.close();
    }
  });
});

describe("FairQueue alone (no sockets)", () => {
  const waiter = (caller: string, n: number): Waiter & { n: string } => ({
    caller,
    n: `${caller}${n}`,
    release: () => undefined,
    fail: () => undefined,
  });
  const drain = (q: FairQueue, now = 0): string[] => {
    const out: string[] = [];
    for (let w = q.take(now, 0); w; w = q.take(now, 0)) out.push((w as Waiter & { n: string }).n);
    return out;
  };

  test("callers are served in turn, each in its own order; a retry goes before everyone", () => {
    const q = new FairQueue(0);
    for (let i = 1; i <= 3; i++) q.add(waiter("a", i), false);
    q.add(waiter("b", 1), false);
    q.add(waiter("r", 1), true);
    expect(q.size).toBe(5);
    expect(drain(q)).toEqual(["r1", "a1", "b1", "a2", "a3"]);
    expect(q.size).toBe(0);
  });

  test("a caller's own pace holds its next call back, not the others'", () => {
    const q = new FairQueue(100);
    q.add(waiter("a", 1), false);
    q.add(waiter("a", 2), false);
    q.add(waiter("b", 1), false);
    expect(drain(q, 0)).toEqual(["a1", "b1"]);
    expect(q.nextPacedAt()).toBe(100);
    expect(drain(q, 99)).toEqual([]);
    expect(q.take(90, 10)).not.toBeNull();
  });

  test("a removed waiter is never released; removing twice says so", () => {
    const q = new FairQueue(0);
    const a1 = waiter("a", 1);
    q.add(a1, false);
    q.add(waiter("a", 2), false);
    expect(q.remove(a1)).toBe(true);
    expect(q.remove(a1)).toBe(false);
    expect(drain(q)).toEqual(["a2"]);
  });

  test("ahead counts the releases before a new call, and its own pace", () => {
    const q = new FairQueue(50);
    for (let i = 1; i <= 4; i++) q.add(waiter("big", i), false);
    q.add(waiter("small", 1), false);
    q.add(waiter("r", 1), true);
    expect(q.ahead("new", 0)).toEqual({ releases: 3, ownPaceMs: 0 });
    expect(q.ahead("small", 0)).toEqual({ releases: 1 + 1 + 2, ownPaceMs: 50 });
  });

  test("takeAll empties every queue for shutdown", () => {
    const q = new FairQueue(1000);
    q.add(waiter("a", 1), false);
    q.add(waiter("b", 1), false);
    q.add(waiter("r", 1), true);
    expect(q.takeAll().map((w) => (w as Waiter & { n: string }).n)).toEqual(["r1", "a1", "b1"]);
    expect(q.size).toBe(0);
    expect(q.nextPacedAt()).toBe(Infinity);
  });
});
