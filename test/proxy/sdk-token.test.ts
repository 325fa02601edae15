/** A Feishu SDK in its default mode: it fetches its own tenant token from the proxy, and gets the proxy's. */
import * as lark from "@larksuiteoapi/node-sdk";
import { PROXY_CODES } from "../../src/core/feishu/proxy-codes";
import { hashApiKey, parseApiKeys } from "../../src/proxy/api-keys";
import { credentialOf } from "../../src/proxy/auth";
import { loadConfig, type ResolvedConfig } from "../../src/proxy/config";
import { createProxyTokens, ENTRA_PROXY_TOKEN_MAX_S, PROXY_TOKEN_PREFIX } from "../../src/proxy/sdk-token";
import { startProxy } from "../../src/proxy/server";
import { STUB_APP, startFeishuStub } from "../support/feishu-stub";
import { startOidcIssuer, type DirectoryUser, type OidcIssuer } from "../support/oidc-issuer";
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
  const keys = (entries: string) => parseApiKeys(entries).keys;
  const settings = (entries: string, secret = "app-secret-1") => ({
    ttlSec: 300,
    secret,
    credentialOf: credentialOf({ mode: "apikey", keys: keys(entries), devKey: false }),
  });
  const clerks = { id: "key:clerks", name: null, oid: null, may: { write: true, revoke: true } };
  const CLERKS = `clerks:${hashApiKey(KEY)}`;

  it("name their caller until they expire", async () => {
    const clock = new FakeClock();
    const tokens = createProxyTokens(clock, settings(CLERKS));
    const { token, expireSec } = tokens.issue(clerks);
    expect(expireSec).toBe(300);
    expect(tokens.callerOf(token)).toEqual(clerks);
    expect(tokens.callerOf("pk_not_a_proxy_token")).toBeNull();
    await clock.advance(299_000);
    expect(tokens.callerOf(token)).toEqual(clerks);
    await clock.advance(1_000);
    expect(() => tokens.callerOf(token)).toThrow(/expired/);
  });

  it("outlive a restart (any instance with the same app secret and key), but not another app secret or their key's removal or replacement", () => {
    const clock = new FakeClock();
    const { token } = createProxyTokens(clock, settings(CLERKS)).issue(clerks);
    const other = `other:${hashApiKey("pk_other")}`;
    expect(createProxyTokens(clock, settings(`${other},${CLERKS}`)).callerOf(token)).toEqual(clerks);
    for (const refused of [
      settings(CLERKS, "another-app-secret"),
      settings(other), // clerks removed
      settings(`clerks:${hashApiKey("pk_clerks_new_key")}`), // clerks given a new key
    ])
      expect(() => createProxyTokens(clock, refused).callerOf(token)).toThrow(/revoked/);
  });
});

describe("an SDK in its default mode across a proxy restart", () => {
  it("keeps working with the token it has (it does not fetch a new one when refused), until its key is removed", async () => {
    const stub = await startFeishuStub();
    const env = (keys: string, port: string) => ({
      FEISHU_APP_ID: STUB_APP.appId,
      FEISHU_APP_SECRET: STUB_APP.appSecret,
      FEISHU_BASE_URL: stub.url,
      PROXY_HOST: "127.0.0.1",
      PROXY_PORT: port,
      PROXY_API_KEYS: keys,
      PROXY_AUDIT_FILE: "off",
      PROXY_LEDGER: "off", // the ledger has its own tests (test/proxy/ledger)
      LOG_LEVEL: "silent",
    });
    const both = `clerks:${hashApiKey(KEY)},other:${hashApiKey("pk_other")}`;
    let proxy = await startProxy(loadConfig(env(both, "0")) as ResolvedConfig);
    const port = new URL(proxy.url).port;
    const client = new lark.Client({ appId: "clerks", appSecret: KEY, domain: proxy.url, logger: quiet });
    const create = (id: string) =>
      client.attendance.userApproval
        .create({
          params: { employee_type: "employee_id" },
          data: {
            user_approval: {
              user_id: "E0100",
              date: "20260302",
              leaves: [leave({ idempotent_id: id }) as never],
            },
          },
        })
        .then(
          (r) => r.code,
          (e: { response?: { status?: number } }) => e.response?.status ?? -1,
        );
    const restart = async (keys: string) => {
      await proxy.close();
      await new Promise((r) => setTimeout(r, 200)); // the client sees its kept-alive connections closed
      proxy = await startProxy(loadConfig(env(keys, port)) as ResolvedConfig);
    };
    try {
      expect(await create("rs-1")).toBe(0);
      await restart(both);
      expect(await create("rs-2")).toBe(0);
      await restart(`other:${hashApiKey("pk_other")}`); // IT removes the clerks' key
      expect(await create("rs-3")).toBe(401);
      const written = stub.received.filter((r) => r.path.endsWith("user_approvals")).length;
      expect(written).toBe(2); // rs-1 and rs-2 reached Feishu, rs-3 did not
    } finally {
      await proxy.close();
      await stub.close();
    }
  });
});

describe("an Entra ID sign-in exchanged for a proxy token", () => {
  let issuer: OidcIssuer;
  let e: StubStack;
  const writer: DirectoryUser = {
    name: "Wang Fang",
    username: "wang.fang@contoso.com",
    oid: "aaaaaaaa-0000-4000-8000-000000000001",
    roles: ["Attendance.Write"],
  };
  beforeAll(async () => {
    issuer = await startOidcIssuer();
    e = await startStubStack({
      env: {
        PROXY_AUTH_MODE: "entra",
        ENTRA_TENANT_ID: issuer.tenantId,
        ENTRA_AUDIENCE: issuer.audience,
        ENTRA_AUTHORITY: issuer.url,
        ENTRA_WRITE_ROLES: "Attendance.Write",
      },
    });
  });
  afterAll(async () => {
    await e.close();
    await issuer.close();
  });
  const exchange = async (expiresIn: number, user = writer) =>
    call(e.url, "POST", TOKEN_PATH, {
      key: null,
      body: { app_id: "pane", app_secret: await issuer.accessToken({ user, expiresIn }) },
    });

  it("refuses an Entra token already expired, even inside the clock tolerance", async () => {
    const a = await exchange(-57);
    expect([a.status, a.body.code, a.body.data]).toEqual([
      401,
      PROXY_CODES.unauthenticated,
      { reason: "token_expired" },
    ]);
  });

  it("never outlives the Entra token, and lives at most 5 minutes (the rights of the moment)", async () => {
    expect((await exchange(3600)).body.expire).toBe(ENTRA_PROXY_TOKEN_MAX_S);
    const soon = (await exchange(120)).body.expire as number;
    expect(soon).toBeLessThanOrEqual(120);
    expect(soon).toBeGreaterThan(100);
    const short = await exchange(2);
    const token = short.body.tenant_access_token as string;
    expect(short.body.expire).toBeLessThanOrEqual(2);
    expect((await call(e.url, "POST", CREATE, { key: token, body: createBody("entra-x-1") })).body.code).toBe(
      0,
    );
    await new Promise((r) => setTimeout(r, 2100));
    const late = await call(e.url, "POST", CREATE, { key: token, body: createBody("entra-x-2") });
    expect([late.status, late.body.code]).toEqual([401, PROXY_CODES.unauthenticated]);
  });

  it("carries the roles of the Entra token it was exchanged for: without the write role, no create", async () => {
    const removed = await exchange(3600, { ...writer, roles: [] });
    const token = removed.body.tenant_access_token as string;
    const a = await call(e.url, "POST", CREATE, { key: token, body: createBody("entra-x-3") });
    expect([a.status, a.body.code]).toEqual([403, PROXY_CODES.missingRole]);
  });
});
