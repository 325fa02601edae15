import { FEISHU_PATHS } from "../../src/core/feishu/schemas";
import { RateLimiter, rateLimitHeaders } from "../../src/emulator/rate-limit";
import { startEmulator, type Emulator } from "../../src/emulator";
import { api, approval, call, createPath, getToken, leave } from "./client";

const T0 = Date.parse("2026-03-10T02:00:00.250Z");
let clock = T0;
let emu: Emulator;

beforeEach(async () => {
  clock = T0;
  emu = await startEmulator({ now: () => clock, extraApps: [{ appId: "cli_b", appSecret: "b" }] });
});
afterEach(() => emu.close());

const burst = (token: string, n: number, path = createPath()) =>
  Promise.all(
    Array.from({ length: n }, (_, i) =>
      api(
        emu.url,
        token,
        path,
        approval({ leaves: [leave({ idempotent_id: `${token.slice(-6)}-${clock}-${i}` })] }),
      ),
    ),
  );

describe("per-app, per-path rate limit (fixed 1 s windows, 50/s)", () => {
  it("answers 429 with code 99991400 and x-ogw-ratelimit-* headers past 50 in one window, and counts them", async () => {
    const token = await getToken(emu.url);
    const answers = await burst(token, 60);
    const limited = answers.filter((a) => a.status === 429);
    expect(limited).toHaveLength(10);
    expect(answers.filter((a) => a.body.code === 0)).toHaveLength(50);
    for (const a of limited) {
      expect(a.body).toEqual({ code: 99991400, msg: "request trigger frequency limit" });
      expect(a.headers["x-ogw-ratelimit-limit"]).toBe("50");
      expect(a.headers["x-ogw-ratelimit-reset"]).toBe("1");
      expect(a.headers["x-emulator-ratelimit-reset-ms"]).toBe("750");
    }
    expect(emu.records()).toHaveLength(50);
    expect(emu.stats().rateLimited).toBe(10);
    expect(emu.stats().byPath[FEISHU_PATHS.create]).toBe(60);
  });

  it("keeps separate windows per path and per app, and opens a new window each second", async () => {
    const a = await getToken(emu.url);
    const b = await getToken(emu.url, "cli_b", "b");
    expect((await burst(a, 50)).every((x) => x.status === 200)).toBe(true);
    expect((await api(emu.url, a, createPath(), approval({ leaves: [leave()] }))).status).toBe(429);
    expect((await burst(b, 50)).every((x) => x.status === 200)).toBe(true);
    const q = await api(emu.url, a, `${FEISHU_PATHS.query}?employee_type=employee_id`, {
      user_ids: ["E0001"],
      check_date_from: 20260301,
      check_date_to: 20260310,
    });
    expect(q.body.code).toBe(0);
    clock = T0 + 750; // next second
    expect((await api(emu.url, a, createPath(), approval({ leaves: [leave()] }))).body.code).toBe(0);
  });

  it("honours rateLimitPerSec", async () => {
    const small = await startEmulator({ rateLimitPerSec: 2, now: () => clock });
    try {
      const t = await getToken(small.url);
      const codes = [];
      for (let i = 0; i < 3; i++)
        codes.push(
          (await api(small.url, t, createPath(), approval({ leaves: [leave({ idempotent_id: `r-${i}` })] })))
            .status,
        );
      expect(codes).toEqual([200, 200, 429]);
      // The refused attempt still reached the emulator and counts as one.
      expect(small.stats().createsByKey).toEqual({ "r-0": 1, "r-1": 1, "r-2": 1 });
    } finally {
      await small.close();
    }
  });
});

describe("unknown paths and inspection", () => {
  it.each([
    ["GET", "/open-apis/attendance/v1/user_approvals/123"],
    ["POST", "/open-apis/im/v1/messages"],
    ["GET", "/"],
    ["GET", "/__emulator/records"],
    ["GET", "/__emulator/stats"],
  ])("%s %s → 404 in the Feishu envelope", async (method, path) => {
    const a = await call(emu.url, method, path);
    expect(a.status).toBe(404);
    expect(a.body.code).toBe(404);
    expect(a.body.msg).toMatch(/not found/);
  });

  it("serves records, counts and stats when inspect is on", async () => {
    const on = await startEmulator({ inspect: true });
    try {
      const t = await getToken(on.url);
      await api(
        on.url,
        t,
        createPath(),
        approval({ leaves: [leave({ idempotent_id: "i-1" }), leave({ idempotent_id: "i-2" })] }),
      );
      const r = await call(on.url, "GET", "/__emulator/records?idempotent_id=i-2");
      expect((r.body.records as { idempotent_id: string }[]).map((x) => x.idempotent_id)).toEqual(["i-2"]);
      expect((await call(on.url, "GET", "/__emulator/records")).body.records).toHaveLength(2);
      expect((await call(on.url, "GET", "/__emulator/counts")).body.counts).toEqual({ "i-1": 1, "i-2": 1 });
      expect((await call(on.url, "GET", "/__emulator/stats")).body).toMatchObject({
        requests: 2,
        rateLimited: 0,
        createsByKey: { "i-1": 1, "i-2": 1 },
      });
    } finally {
      await on.close();
    }
  });

  it("refuses a body over 1 MB", async () => {
    const t = await getToken(emu.url);
    const a = await api(
      emu.url,
      t,
      createPath(),
      approval({ leaves: [leave({ reason: "x".repeat(1_100_000) })] }),
    );
    expect(a.status).toBe(413);
    expect(emu.records()).toHaveLength(0);
  });

  it("answers a non-JSON body with a Feishu-style 400", async () => {
    const t = await getToken(emu.url);
    const a = await call(emu.url, "POST", createPath(), "{not json", { authorization: `Bearer ${t}` });
    expect(a.status).toBe(400);
    expect(a.body.code).toBe(9499);
  });
});

describe("RateLimiter on a fake clock", () => {
  test("fixed one-second windows per app and path; the refusal says when the window resets", () => {
    let now = 10_250;
    const limiter = new RateLimiter(2, () => now);
    expect([limiter.take("a", "/x"), limiter.take("a", "/x")]).toEqual([
      { allowed: true },
      { allowed: true },
    ]);
    expect(limiter.take("a", "/x")).toEqual({ allowed: false, limit: 2, resetMs: 750 });
    expect(limiter.take("b", "/x")).toEqual({ allowed: true });
    expect(limiter.take("a", "/y")).toEqual({ allowed: true });
    now = 11_000;
    expect(limiter.take("a", "/x")).toEqual({ allowed: true });
  });

  test("a path's own per-second cap and a per-minute cap beside it", () => {
    let now = 0;
    const limiter = new RateLimiter(50, () => now, { "/ids": 3 }, { "/ids": 2 });
    const takes = () => [1, 2, 3].map(() => limiter.take("a", "/ids").allowed);
    expect(takes()).toEqual([true, true, false]);
    now = 1_000;
    expect(limiter.take("a", "/ids")).toEqual({ allowed: true });
    expect(limiter.take("a", "/ids")).toEqual({ allowed: false, limit: 3, resetMs: 59_000 });
    now = 60_000;
    expect(limiter.take("a", "/ids")).toEqual({ allowed: true });
  });

  test.each([
    [750, "1", "750"],
    [0, "1", "0"],
    [1_000, "1", "1000"],
    [59_000.4, "60", "59001"],
  ])("a wait of %p ms is reset %s s (Feishu's whole seconds) and %s ms exactly", (ms, secs, exact) => {
    expect(rateLimitHeaders(50, ms)).toEqual({
      "x-ogw-ratelimit-limit": "50",
      "x-ogw-ratelimit-reset": secs,
      "x-emulator-ratelimit-reset-ms": exact,
    });
  });
});
