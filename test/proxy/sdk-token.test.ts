/** A Feishu SDK in its default mode: it fetches its own tenant token from the proxy, and gets the proxy's. */
import * as lark from "@larksuiteoapi/node-sdk";
import { PROXY_CODES } from "../../src/core/feishu/proxy-codes";
import { createProxyTokens, PROXY_TOKEN_PREFIX } from "../../src/proxy/sdk-token";
import { CREATE, KEY, call, createBody, leave, startStubStack, type StubStack } from "./support";
import { FakeClock } from "./fake-clock";

let s: StubStack;
const quiet = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, trace: () => {} };
const TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal";
beforeAll(async () => (s = await startStubStack()));
afterAll(() => s.close());

describe("the SDK in its default mode", () => {
  it("uses a clerk key as its app secret, gets a proxy token and writes with it; the real token stays inside", async () => {
    const client = new lark.Client({ appId: "clerks", appSecret: KEY, domain: s.url, logger: quiet });
    const created = await client.attendance.userApproval.create({
      params: { employee_type: "employee_id" },
      data: {
        user_approval: {
          user_id: "E0100",
          date: "20260302",
          leaves: [leave({ idempotent_id: "dm-1" }) as never],
        },
      },
    });
    expect(created.code).toBe(0);
    const ids = await client.contact.user.batchGetId({
      params: { user_id_type: "user_id" },
      data: { emails: ["e0100@example.com"] },
    });
    expect(ids.code).toBe(0);
    const audit = await s.audit();
    expect(audit.slice(-2).map((e) => [e.route, e.caller])).toEqual([
      ["create", "key:clerks"],
      ["batchGetId", "key:clerks"],
    ]);
    // Upstream saw only the proxy's real tenant token, never the key or a proxy token.
    const upstreamAuth = new Set(s.stub.received.map((r) => r.headers.authorization));
    expect([...upstreamAuth]).toEqual([`Bearer ${s.stub.token}`]);
  });

  it("answers the token call in Feishu's shape with a short-lived proxy token, and never the real one", async () => {
    const a = await call(s.url, "POST", TOKEN_PATH, {
      key: null,
      body: { app_id: "clerks", app_secret: KEY },
    });
    expect(a.status).toBe(200);
    expect(a.body).toEqual({ code: 0, msg: "ok", tenant_access_token: expect.any(String), expire: 1800 });
    const token = a.body.tenant_access_token as string;
    expect(token.startsWith(PROXY_TOKEN_PREFIX)).toBe(true);
    expect(a.text).not.toContain(s.stub.token);
    expect((await call(s.url, "POST", CREATE, { key: token, body: createBody("tok-1") })).body.code).toBe(0);
  });

  it.each<[string, Record<string, unknown>, number, number]>([
    ["a wrong key", { app_id: "clerks", app_secret: "pk_wrong" }, 401, PROXY_CODES.unauthenticated],
    ["no app_secret", { app_id: "clerks" }, 400, PROXY_CODES.badRequest],
  ])("refuses %s", async (_n, body, status, code) => {
    const a = await call(s.url, "POST", TOKEN_PATH, { key: null, body });
    expect(a.status).toBe(status);
    expect(a.body.code).toBe(code);
    expect(a.body.tenant_access_token).toBeUndefined();
  });

  it("refuses a forged or tampered proxy token with 401", async () => {
    const a = await call(s.url, "POST", TOKEN_PATH, { key: null, body: { app_id: "x", app_secret: KEY } });
    const token = a.body.tenant_access_token as string;
    const tampered = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    for (const bad of [tampered, `${PROXY_TOKEN_PREFIX}e30.AAAA`]) {
      const r = await call(s.url, "POST", CREATE, { key: bad, body: createBody("forged") });
      expect(r.status).toBe(401);
      expect(r.body.code).toBe(PROXY_CODES.unauthenticated);
    }
  });
});

describe("proxy tokens", () => {
  it("name their caller until they expire, and are refused by another proxy process", async () => {
    const clock = new FakeClock();
    const tokens = createProxyTokens(clock, 300);
    const clerks = { id: "key:clerks", name: null, oid: null, may: { write: true, revoke: true } };
    const { token, expireSec } = tokens.issue(clerks);
    expect(expireSec).toBe(300);
    expect(tokens.callerOf(token)).toEqual(clerks);
    expect(tokens.callerOf("pk_not_a_proxy_token")).toBeNull();
    expect(() => createProxyTokens(clock, 300).callerOf(token)).toThrow(/not issued by this proxy/);
    await clock.advance(299_000);
    expect(tokens.callerOf(token)).toEqual(clerks);
    await clock.advance(1_000);
    expect(() => tokens.callerOf(token)).toThrow(/expired/);
  });
});
