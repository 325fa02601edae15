import { FEISHU_PATHS } from "../../src/core/feishu/schemas";
import { FaultPlan, type FaultKind } from "../../src/emulator/faults";
import { startEmulator, type Emulator, type FaultOptions } from "../../src/emulator";
import { api, approval, call, createPath, getToken, leave, queryPath } from "./client";

let emu: Emulator;
let token: string;
let n = 0;

beforeAll(async () => {
  emu = await startEmulator({ seed: 7 });
  token = await getToken(emu.url);
});
afterEach(() => emu.setFaults(undefined));
afterAll(() => emu.close());

/** One create with a fresh key; resolves to the answer or the transport error code. */
async function create(
  timeoutMs?: number,
): Promise<{ key: string; status?: number; code?: number; error?: string; text?: string }> {
  const key = `f-${++n}`;
  try {
    const a = await call(
      emu.url,
      "POST",
      createPath(),
      approval({ leaves: [leave({ idempotent_id: key })] }),
      { authorization: `Bearer ${token}` },
      timeoutMs,
    );
    return { key, status: a.status, code: a.body.code, text: a.text };
  } catch (err) {
    return { key, error: (err as NodeJS.ErrnoException).code };
  }
}
const written = (key: string) => emu.countsByIdempotentId().get(key) ?? 0;

describe("fault injection (create path by default)", () => {
  it("5xx: answers 500 with 1225000 or a plain 503, nothing written", async () => {
    emu.setFaults({ http5xxRate: 1 });
    const results = await Promise.all(Array.from({ length: 12 }, () => create()));
    for (const r of results) {
      expect([500, 503]).toContain(r.status);
      if (r.status === 500) expect(r.code).toBe(1225000);
      else expect(r.text).toMatch(/Service Unavailable/);
      expect(written(r.key)).toBe(0);
    }
    expect(new Set(results.map((r) => r.status)).size).toBe(2);
    expect(emu.stats().faults.http5xx).toBe(12);
  });

  it("429: answers the rate-limit error with headers although under the limit, nothing written", async () => {
    emu.setFaults({ rateLimit429Rate: 1 });
    const r = await create();
    expect(r).toMatchObject({ status: 429, code: 99991400 });
    expect(written(r.key)).toBe(0);
    expect(emu.stats().faults.rateLimit429).toBe(1);
  });

  it("reset: the client sees a reset and nothing is written", async () => {
    emu.setFaults({ resetRate: 1 });
    const r = await create();
    expect(r.error).toBe("ECONNRESET");
    expect(written(r.key)).toBe(0);
  });

  it("lost response: the client sees a reset but the record exists", async () => {
    emu.setFaults({ lostResponseRate: 1 });
    const r = await create();
    expect(r.error).toBe("ECONNRESET");
    expect(written(r.key)).toBe(1);
    expect(emu.stats().faults.lostResponse).toBe(1);
  });

  it("slow: written at once, answered after slowMs (the client times out first)", async () => {
    emu.setFaults({ slowRate: 1, slowMs: 60_000 });
    const r = await create(100);
    expect(r.error).toBe("ETIMEDOUT");
    expect(written(r.key)).toBe(1);
    emu.setFaults({ slowRate: 1, slowMs: 30 });
    expect(await create(2_000)).toMatchObject({ status: 200, code: 0 });
  });

  it("latency: adds the configured delay", async () => {
    emu.setFaults({ latencyMs: { min: 60, max: 60 } });
    const started = Date.now();
    expect((await create()).code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it("can fault the token path too, and mean/jitter latency stays in its range", async () => {
    emu.setFaults({ resetRate: 1, paths: [FEISHU_PATHS.token] });
    await expect(getToken(emu.url)).rejects.toMatchObject({ code: "ECONNRESET" });
    expect((await create()).code).toBe(0);
    emu.setFaults({ latencyMs: { mean: 40, jitter: 10 } });
    const started = Date.now();
    expect((await create()).code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it("applies only to the configured paths", async () => {
    emu.setFaults({ http5xxRate: 1 });
    const q = await api(emu.url, token, queryPath(), {
      user_ids: ["E0001"],
      check_date_from: 20260301,
      check_date_to: 20260310,
    });
    expect(q.body.code).toBe(0);
    emu.setFaults({ http5xxRate: 1, paths: [FEISHU_PATHS.query] });
    expect((await create()).code).toBe(0);
    const q2 = await api(emu.url, token, queryPath(), {
      user_ids: ["E0001"],
      check_date_from: 20260301,
      check_date_to: 20260310,
    });
    expect(q2.status).toBeGreaterThanOrEqual(500);
  });

  it("is deterministic for a seed", async () => {
    const faults: FaultOptions = { http5xxRate: 0.2, rateLimit429Rate: 0.2, lostResponseRate: 0.2 };
    const run = async () => {
      const e = await startEmulator({ seed: 42, faults });
      try {
        const t = await getToken(e.url);
        const seen: string[] = [];
        for (let i = 0; i < 20; i++) {
          const a = await call(e.url, "POST", createPath(), approval({ leaves: [leave()] }), {
            authorization: `Bearer ${t}`,
          }).then(
            (x) => String(x.status),
            (err: NodeJS.ErrnoException) => String(err.code),
          );
          seen.push(a);
        }
        return seen;
      } finally {
        await e.close();
      }
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(new Set(first).size).toBeGreaterThanOrEqual(3);
  });

  it("close() returns at once with a slow response pending", async () => {
    const e = await startEmulator({ faults: { slowRate: 1, slowMs: 60_000 } });
    const t = await getToken(e.url);
    const pending = call(
      e.url,
      "POST",
      createPath(),
      approval({ leaves: [leave({ idempotent_id: "slow-close" })] }),
      { authorization: `Bearer ${t}` },
    ).catch((err: NodeJS.ErrnoException) => err.code);
    while (!e.countsByIdempotentId().get("slow-close")) await new Promise((r) => setImmediate(r));
    const started = Date.now();
    await e.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await pending).toBe("ECONNRESET");
  });
});

describe("FaultPlan alone", () => {
  const picks = (plan: FaultPlan, n: number) => Array.from({ length: n }, () => plan.pick());

  test("no options: no fault, no latency, no path", () => {
    const plan = new FaultPlan(undefined, 1);
    expect(picks(plan, 50).every((k) => k === undefined)).toBe(true);
    expect(plan.latency()).toBe(0);
    expect(plan.appliesTo(FEISHU_PATHS.create)).toBe(false);
  });

  test("faults apply to the create path unless paths are given", () => {
    expect(new FaultPlan({}, 1).appliesTo(FEISHU_PATHS.create)).toBe(true);
    expect(new FaultPlan({}, 1).appliesTo(FEISHU_PATHS.query)).toBe(false);
    expect(new FaultPlan({ paths: [FEISHU_PATHS.query] }, 1).appliesTo(FEISHU_PATHS.query)).toBe(true);
  });

  test("each fault comes at its rate, one per request at most; the same seed gives the same run", () => {
    const opts = {
      http5xxRate: 0.1,
      rateLimit429Rate: 0.2,
      resetRate: 0.1,
      lostResponseRate: 0.1,
      slowRate: 0.1,
    };
    const run = picks(new FaultPlan(opts, 7), 5000);
    expect(picks(new FaultPlan(opts, 7), 5000)).toEqual(run);
    const share = (k: FaultKind | undefined) => run.filter((x) => x === k).length / run.length;
    for (const [k, rate] of [
      ["http5xx", 0.1],
      ["rateLimit429", 0.2],
      ["reset", 0.1],
      ["lostResponse", 0.1],
      ["slow", 0.1],
      [undefined, 0.4],
    ] as const)
      expect(Math.abs(share(k) - rate)).toBeLessThan(0.03);
  });

  test("latency stays within its range (or about its mean), never below zero", () => {
    const ranged = new FaultPlan({ latencyMs: { min: 10, max: 20 } }, 3);
    const r = Array.from({ length: 500 }, () => ranged.latency());
    expect(Math.min(...r)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...r)).toBeLessThan(20);
    const jittered = new FaultPlan({ latencyMs: { mean: 5, jitter: 10 } }, 3);
    const j = Array.from({ length: 500 }, () => jittered.latency());
    expect(Math.min(...j)).toBe(0);
    expect(Math.max(...j)).toBeLessThanOrEqual(15);
  });

  test("slowMs defaults to 30 s; set() replaces the options", () => {
    const plan = new FaultPlan({ resetRate: 1 }, 1);
    expect(plan.slowMs).toBe(30_000);
    expect(plan.pick()).toBe("reset");
    plan.set({ slowRate: 1, slowMs: 5 });
    expect([plan.pick(), plan.slowMs]).toEqual(["slow", 5]);
  });
});
