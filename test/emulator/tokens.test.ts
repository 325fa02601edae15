import { FEISHU_PATHS } from "../../src/core/feishu/schemas";
import { startEmulator, type Emulator } from "../../src/emulator";
import { TokenIssuer } from "../../src/emulator/tokens";
import { api, call, queryPath } from "./client";

const T0 = Date.parse("2026-03-10T02:00:00Z");
let clock = T0;
let emu: Emulator;

const grant = (body: unknown = { app_id: "cli_emulator", app_secret: "emulator-secret" }) =>
  call(emu.url, "POST", FEISHU_PATHS.token, body);
const probe = (token: string) =>
  api(emu.url, token, queryPath(), {
    user_ids: ["E0001"],
    check_date_from: 20260301,
    check_date_to: 20260310,
  });

beforeEach(async () => {
  clock = T0;
  emu = await startEmulator({ now: () => clock });
});
afterEach(() => emu.close());

describe("tenant_access_token/internal", () => {
  it("answers flat with a t- token and the remaining seconds", async () => {
    const a = await grant();
    expect(a.status).toBe(200);
    expect(a.body).toEqual({
      code: 0,
      msg: "ok",
      tenant_access_token: expect.stringMatching(/^t-/),
      expire: 7200,
    });
    expect(a.body.data).toBeUndefined();
  });

  it("follows the 30-minute rule: same token while ≥ 30 min remain, then a new one while the old stays valid", async () => {
    const first = (await grant()).body;
    clock = T0 + 10 * 60_000;
    expect((await grant()).body).toMatchObject({
      tenant_access_token: first.tenant_access_token,
      expire: 6600,
    });
    clock = T0 + 90 * 60_000; // exactly 30 min left: still the same token
    expect((await grant()).body).toMatchObject({
      tenant_access_token: first.tenant_access_token,
      expire: 1800,
    });
    clock = T0 + 91 * 60_000; // 29 min left: a new one
    const second = (await grant()).body;
    expect(second.tenant_access_token).not.toBe(first.tenant_access_token);
    expect(second.expire).toBe(7200);
    expect((await probe(first.tenant_access_token as string)).body.code).toBe(0);
    clock = T0 + 120 * 60_000; // the first one has expired, the second has not
    const expired = await probe(first.tenant_access_token as string);
    expect(expired.status).toBe(400);
    expect(expired.body.code).toBe(99991663);
    expect((await probe(second.tenant_access_token as string)).body.code).toBe(0);
  });

  it("scales the re-issue threshold for short lifetimes and expires within seconds", async () => {
    const short = await startEmulator({ tokenLifetimeSec: 3, now: () => clock });
    try {
      const g = () =>
        call(short.url, "POST", FEISHU_PATHS.token, {
          app_id: "cli_emulator",
          app_secret: "emulator-secret",
        });
      const first = (await g()).body;
      expect(first.expire).toBe(3);
      clock = T0 + 2_000; // 1 s left ≥ 0.75 s threshold: same token
      expect((await g()).body.tenant_access_token).toBe(first.tenant_access_token);
      clock = T0 + 2_500; // 0.5 s left: new token
      expect((await g()).body.tenant_access_token).not.toBe(first.tenant_access_token);
      clock = T0 + 3_000;
      const a = await api(short.url, first.tenant_access_token as string, queryPath(), {
        user_ids: ["E0001"],
        check_date_from: 20260301,
        check_date_to: 20260310,
      });
      expect(a.body.code).toBe(99991663);
    } finally {
      await short.close();
    }
  });

  it.each([
    ["wrong secret", { app_id: "cli_emulator", app_secret: "nope" }, 10014, /secret/],
    ["unknown app", { app_id: "cli_nope", app_secret: "emulator-secret" }, 10003, /invalid param/],
    ["missing fields", { app_id: "cli_emulator" }, 10003, /app_secret/],
  ])("rejects %s at HTTP 200, as Feishu does", async (_n, body, code, msg) => {
    const a = await grant(body);
    expect(a.status).toBe(200);
    expect(a.body.code).toBe(code);
    expect(a.body.msg).toMatch(msg);
    expect(a.body.tenant_access_token).toBeUndefined();
  });

  it("does not allow GET", async () => {
    const a = await call(emu.url, "GET", FEISHU_PATHS.token);
    expect(a.status).toBe(405);
    expect(a.body.code).not.toBe(0);
  });

  it("issueTokenNow and expireAllTokens", async () => {
    const first = (await grant()).body.tenant_access_token as string;
    emu.issueTokenNow();
    const second = (await grant()).body.tenant_access_token as string;
    expect(second).not.toBe(first);
    expect((await probe(first)).body.code).toBe(0);
    emu.expireAllTokens();
    expect((await probe(second)).body.code).toBe(99991663);
  });
});

describe("token checks on API calls", () => {
  it.each([
    ["no header", 99991661, undefined],
    ["not Bearer", 99991661, "Basic abc"],
    ["empty Bearer", 99991661, "Bearer "],
    ["not t-", 99991671, "Bearer u-abc"],
    ["unknown t-", 99991663, "Bearer t-unknown"],
  ])("%s → %i", async (_n, code, header) => {
    const a = await call(
      emu.url,
      "POST",
      queryPath(),
      { user_ids: ["E0001"], check_date_from: 20260301, check_date_to: 20260310 },
      header ? { authorization: header } : {},
    );
    expect(a.status).toBe(400);
    expect(a.body.code).toBe(code);
    expect(a.body.msg).toEqual(expect.any(String));
    expect((a.body.error as { log_id: string }).log_id).toEqual(expect.any(String));
  });
});

describe("TokenIssuer on a fake clock", () => {
  const apps = [
    { appId: "cli_a", appSecret: "s", scopes: ["attendance"] },
    { appId: "cli_b", appSecret: "s2" },
  ];
  const setup = (lifetimeSec = 7200) => {
    const clock = { now: 0 };
    return { clock, issuer: new TokenIssuer(apps, lifetimeSec, () => clock.now) };
  };
  const tokenOf = (g: ReturnType<TokenIssuer["grant"]>) => (g.ok ? g.token : `refused ${g.code}`);

  test("an unknown app is 10003, a wrong secret 10014", () => {
    const { issuer } = setup();
    expect(issuer.grant("cli_x", "s")).toMatchObject({ ok: false, code: 10003 });
    expect(issuer.grant("cli_a", "wrong")).toMatchObject({ ok: false, code: 10014 });
  });

  test("the same token while 30 minutes or more remain, with the remaining seconds; then a new one", () => {
    const { clock, issuer } = setup();
    const first = issuer.grant("cli_a", "s");
    expect(first).toMatchObject({ ok: true, expire: 7200 });
    clock.now = 5_400_000; // 90 min: 30 min left
    expect(issuer.grant("cli_a", "s")).toEqual({ ok: true, token: tokenOf(first), expire: 1800 });
    clock.now = 5_400_001;
    const second = issuer.grant("cli_a", "s");
    expect(tokenOf(second)).not.toBe(tokenOf(first));
    expect(second).toMatchObject({ expire: 7200 });
    expect(issuer.check(`Bearer ${tokenOf(first)}`)).toEqual({ ok: true, appId: "cli_a" });
    clock.now = 7_200_000;
    expect(issuer.check(`Bearer ${tokenOf(first)}`)).toMatchObject({ ok: false, code: 99991663 });
    expect(issuer.check(`Bearer ${tokenOf(second)}`)).toEqual({ ok: true, appId: "cli_a" });
  });

  test("a short lifetime is re-issued in its last quarter", () => {
    const { clock, issuer } = setup(4);
    const first = tokenOf(issuer.grant("cli_a", "s"));
    clock.now = 3_000;
    expect(tokenOf(issuer.grant("cli_a", "s"))).toBe(first);
    clock.now = 3_001;
    expect(tokenOf(issuer.grant("cli_a", "s"))).not.toBe(first);
  });

  test.each<[string | undefined, number]>([
    [undefined, 99991661],
    ["Basic abc", 99991661],
    ["Bearer u-123", 99991671],
    ["Bearer t-unknown", 99991663],
  ])("Authorization %p is refused with %i", (header, code) => {
    expect(setup().issuer.check(header)).toMatchObject({ ok: false, code });
  });

  test("expireAll ends every token; scopes are the app's, or null for all", () => {
    const { issuer } = setup();
    const t = tokenOf(issuer.grant("cli_b", "s2"));
    issuer.expireAll();
    expect(issuer.check(`Bearer ${t}`)).toMatchObject({ ok: false, code: 99991663 });
    expect(issuer.scopesOf("cli_a")).toEqual(["attendance"]);
    expect(issuer.scopesOf("cli_b")).toBeNull();
  });
});
