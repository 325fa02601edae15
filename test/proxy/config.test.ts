/** Settings are validated at boot with clear errors; the summary never shows a secret. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { hashApiKey, matchApiKey, parseApiKeys } from "../../src/proxy/api-keys";
import { ConfigError, describeConfig, loadConfig } from "../../src/proxy/config";

const KEYS = `clerks:${hashApiKey("k1")}`;
const FEISHU = { FEISHU_APP_ID: "cli_a1", FEISHU_APP_SECRET: "s3cret-value", PROXY_API_KEYS: KEYS };
const problems = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  throw new Error("no error");
};

describe("loadConfig", () => {
  it("with no credentials: emulator upstream, development key, documented defaults", () => {
    const c = loadConfig({});
    expect(c.feishu).toBeUndefined();
    expect(c.auth).toEqual({ mode: "apikey", keys: [], devKey: true });
    expect(c).toMatchObject({
      host: "127.0.0.1",
      port: 3100,
      bodyLimit: 256 * 1024,
      upstreamRatePerSec: 48,
      corsOrigins: [],
      staticDir: undefined,
    });
  });

  it.each([
    ["https://open.feishu.cn", "feishu"],
    ["https://open.larksuite.com/", "lark"],
    ["http://127.0.0.1:9999", "custom"],
  ])("reads the upstream %s as %s, without a development key", (url, kind) => {
    const c = loadConfig({ ...FEISHU, FEISHU_BASE_URL: url });
    expect(c.feishu).toEqual({
      appId: "cli_a1",
      appSecret: "s3cret-value",
      baseUrl: url.replace(/\/$/, ""),
      kind,
    });
    expect(c.auth).toMatchObject({ mode: "apikey", devKey: false });
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ["only one credential", { FEISHU_APP_ID: "cli_a1" }, /must be set together/],
    [
      "Feishu without API keys",
      { FEISHU_APP_ID: "cli_a1", FEISHU_APP_SECRET: "x" },
      /PROXY_API_KEYS is required.*hash-key/,
    ],
    ["a key that is not name:sha256", { PROXY_API_KEYS: "clerks:abc" }, /not name:sha256hex/],
    ["a key name used twice", { PROXY_API_KEYS: `${KEYS},${KEYS}` }, /appears twice/],
    [
      "Entra without tenant and audience",
      { PROXY_AUTH_MODE: "entra" },
      /ENTRA_TENANT_ID is required[\s\S]*ENTRA_AUDIENCE is required/,
    ],
    [
      "a tenant that is not a GUID",
      { PROXY_AUTH_MODE: "entra", ENTRA_TENANT_ID: "contoso", ENTRA_AUDIENCE: "a" },
      /ENTRA_TENANT_ID: must be the tenant's GUID/,
    ],
    ["an unknown auth mode", { PROXY_AUTH_MODE: "basic" }, /PROXY_AUTH_MODE/],
    [
      "a CORS entry that is not an origin",
      { PROXY_CORS_ORIGINS: "https://a.example.com/path" },
      /not an origin/,
    ],
    ["a port out of range", { PROXY_PORT: "70000" }, /PROXY_PORT/],
    ["a rate that is not a number", { PROXY_UPSTREAM_RATE: "fast" }, /PROXY_UPSTREAM_RATE/],
    [
      "a base URL that is not http(s)",
      { ...FEISHU, FEISHU_BASE_URL: "ftp://open.feishu.cn" },
      /FEISHU_BASE_URL/,
    ],
    [
      "a static folder that does not exist",
      { PROXY_STATIC_DIR: "/no/such/dir" },
      /PROXY_STATIC_DIR: folder does not exist/,
    ],
  ])("refuses %s", (_name, env, msg) => {
    expect(problems(env)).toMatch(msg);
  });

  it("reads Entra settings with the tenant's keys URL as default", () => {
    const tid = "11111111-2222-3333-4444-555555555555";
    const c = loadConfig({
      PROXY_AUTH_MODE: "entra",
      ENTRA_TENANT_ID: tid,
      ENTRA_AUDIENCE: "api://p, cid",
      ENTRA_ALLOWED_USERS: "A1A1A1A1-0000-4000-8000-000000000000",
    });
    expect(c.auth).toEqual({
      mode: "entra",
      tenantId: tid,
      audiences: ["api://p", "cid"],
      issuers: [`https://login.microsoftonline.com/${tid}/v2.0`], // no v1 issuer unless IT names it
      requiredScope: "access_as_user",
      appRoles: [],
      maxTokenAgeSec: 86400,
      keysTimeoutMs: 5000,
      allowedUsers: ["a1a1a1a1-0000-4000-8000-000000000000"],
      allowedGroups: [],
      authority: "https://login.microsoftonline.com",
      jwksUrl: `https://login.microsoftonline.com/${tid}/discovery/v2.0/keys`,
      write: { roles: [], groups: [] },
      revoke: { roles: [], groups: [] },
    });
  });

  it("refuses a user named by UPN at boot, saying how to find the object ID", () => {
    const tid = "11111111-2222-3333-4444-555555555555";
    const env = { PROXY_AUTH_MODE: "entra", ENTRA_TENANT_ID: tid, ENTRA_AUDIENCE: "api://p" };
    expect(() =>
      loadConfig({ ...env, ENTRA_ALLOWED_USERS: "a1a1a1a1-0000-4000-8000-000000000000, bob@contoso.com" }),
    ).toThrow(/ENTRA_ALLOWED_USERS: "bob@contoso.com" is not an object ID[\s\S]*Object ID/);
    expect(() => loadConfig({ ...env, ENTRA_V1_ISSUER: "https://sts.windows.net/another-tenant/" })).toThrow(
      new RegExp(`ENTRA_V1_ISSUER must be the tenant's v1 issuer, ending in /${tid}/`),
    );
    const v1 = loadConfig({ ...env, ENTRA_V1_ISSUER: `https://sts.windows.net/${tid}/` }).auth;
    expect(v1).toMatchObject({
      issuers: [`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`],
    });
  });

  it("reads who may write and who may revoke; revoke defaults to the write rule", () => {
    const tid = "11111111-2222-3333-4444-555555555555";
    const base = { PROXY_AUTH_MODE: "entra", ENTRA_TENANT_ID: tid, ENTRA_AUDIENCE: "api://p" };
    const both = loadConfig({
      ...base,
      ENTRA_AUTHORITY: "http://127.0.0.1:9/",
      ENTRA_WRITE_ROLES: "Attendance.Write, Attendance.Admin",
      ENTRA_WRITE_GROUPS: "AAAA-group",
      ENTRA_REVOKE_ROLES: "Attendance.Revoke",
    }).auth;
    expect(both).toMatchObject({
      authority: "http://127.0.0.1:9",
      issuers: [`http://127.0.0.1:9/${tid}/v2.0`], // the v2 issuer follows ENTRA_AUTHORITY
      jwksUrl: `http://127.0.0.1:9/${tid}/discovery/v2.0/keys`,
      write: { roles: ["Attendance.Write", "Attendance.Admin"], groups: ["aaaa-group"] },
      revoke: { roles: ["Attendance.Revoke"], groups: [] },
    });
    const writeOnly = loadConfig({ ...base, ENTRA_WRITE_GROUPS: "g1" }).auth;
    expect(writeOnly).toMatchObject({
      write: { roles: [], groups: ["g1"] },
      revoke: { roles: [], groups: ["g1"] },
    });
  });

  it("loads .env.example as written: empty settings take their defaults", () => {
    const example = parseEnv(readFileSync(join(__dirname, "../../.env.example"), "utf8"));
    const c = loadConfig(example);
    expect([c.feishu, c.auth.mode, c.port]).toEqual([undefined, "apikey", 3100]);
  });

  it("describes itself without the app secret or key hashes", () => {
    const text = JSON.stringify(describeConfig(loadConfig(FEISHU)));
    expect(text).toContain("cli_a1");
    expect(text).toContain("clerks");
    expect(text).not.toContain("s3cret-value");
    expect(text).not.toContain(hashApiKey("k1"));
  });
});

describe("API keys", () => {
  it("match by hash only, naming the key", () => {
    const { keys, errors } = parseApiKeys(` a:${hashApiKey("one")} , b:${hashApiKey("two").toUpperCase()}`);
    expect(errors).toEqual([]);
    expect(matchApiKey("two", keys)).toBe("b");
    expect(matchApiKey("one", keys)).toBe("a");
    expect(matchApiKey("three", keys)).toBeNull();
    expect(matchApiKey(hashApiKey("one"), keys)).toBeNull();
  });
});
