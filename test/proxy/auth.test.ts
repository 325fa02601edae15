/** Every way a caller can be refused, in API-key mode and in Entra ID mode (a local JWKS). */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";
import { PROXY_CODES } from "../../src/core/feishu/proxy-codes";
import { startOidcIssuer, type OidcIssuer } from "../support/oidc-issuer";
import { KEY, call, startStack, type Stack } from "./support";

const TENANT = "11111111-2222-3333-4444-555555555555";
const OTHER_TENANT = "99999999-2222-3333-4444-555555555555";
const AUDIENCE = "api://attendance-proxy";
const v2 = (t: string) => `https://login.microsoftonline.com/${t}/v2.0`;

describe("API-key mode", () => {
  let stack: Stack;
  beforeAll(async () => (stack = await startStack()));
  afterAll(() => stack.close());

  it.each([
    ["no Authorization header", null, undefined, /No proxy credential/],
    ["another scheme", null, { authorization: `Basic ${KEY}` }, /No proxy credential/],
    ["an empty bearer", null, { authorization: "Bearer " }, /No proxy credential/],
    ["a wrong key", "pk_wrong", undefined, /proxy key is not valid/],
    ["a key differing in one character", `${KEY.slice(0, -1)}X`, undefined, /proxy key is not valid/],
    [
      "the development key (not accepted once keys are configured)",
      "dev-proxy-key",
      undefined,
      /proxy key is not valid/,
    ],
  ])("refuses %s with 401", async (_name, key, headers, msg) => {
    const a = await call(stack.url, "POST", "/open-apis/contact/v3/users/batch_get_id", {
      body: { emails: [] },
      key,
      headers,
    });
    expect(a.status).toBe(401);
    expect(a.body.code).toBe(PROXY_CODES.unauthenticated);
    expect(a.body.msg).toMatch(msg);
  });

  it("accepts each configured key and names its caller", async () => {
    expect((await call(stack.url, "GET", "/self-check", { key: "pk_other" })).body.caller).toBe("key:other");
    expect((await call(stack.url, "GET", "/self-check")).body.caller).toBe("key:clerks");
  });
});

const ALICE = "a1a1a1a1-0000-4000-8000-000000000000";
const DAVE = "0b0b0b0b-0000-4000-8000-000000000000";
const BOB = "b0b0b0b0-0000-4000-8000-000000000000";
const CLIENT_ID = "00000000-aaaa-4bbb-8ccc-000000000000";
const APP = "ab000000-0000-4000-8000-0000000000ab";

describe("Entra ID mode", () => {
  let stack: Stack;
  let jwks: Server;
  let good: { privateKey: KeyLike; publicKey: KeyLike };
  let rogue: { privateKey: KeyLike; publicKey: KeyLike };

  beforeAll(async () => {
    good = await generateKeyPair("RS256");
    rogue = await generateKeyPair("RS256");
    const unused = { ...(await exportJWK((await generateKeyPair("RS256")).publicKey)), kid: "unused" };
    const published = {
      keys: [unused, { ...(await exportJWK(good.publicKey)), kid: "k1", alg: "RS256", use: "sig" }],
    };
    jwks = createServer((_req, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(published)),
    );
    await new Promise<void>((r) => jwks.listen(0, "127.0.0.1", r));
    const { port } = jwks.address() as AddressInfo;
    stack = await startStack({
      env: {
        PROXY_AUTH_MODE: "entra",
        ENTRA_TENANT_ID: TENANT,
        ENTRA_AUDIENCE: `${AUDIENCE},${CLIENT_ID}`,
        ENTRA_ALLOWED_USERS: `${ALICE},${DAVE.toUpperCase()}`,
        ENTRA_ALLOWED_GROUPS: "hr-clerks-group-id",
        ENTRA_JWKS_URL: `http://127.0.0.1:${port}/discovery/v2.0/keys`,
      },
    });
  });
  afterAll(async () => {
    await stack?.close();
    jwks.closeAllConnections();
    await new Promise((r) => jwks.close(r));
  });

  interface TokenSpec {
    key?: KeyLike;
    kid?: string;
    iss?: string;
    aud?: string;
    /** null: no `exp` claim at all. */
    exp?: number | null;
    /** null: no `iat` claim at all. */
    iat?: number | null;
    /** Claims set to undefined are left out. */
    claims?: Record<string, unknown>;
  }
  const now = () => Math.floor(Date.now() / 1000);
  const token = (s: TokenSpec = {}) => {
    const jwt = new SignJWT({
      tid: TENANT,
      oid: ALICE,
      sub: "pairwise-alice",
      name: "Alice",
      preferred_username: "alice@contoso.com",
      scp: "User.Read access_as_user",
      ...s.claims,
    })
      .setProtectedHeader({ alg: "RS256", kid: s.kid ?? "k1" })
      .setIssuer(s.iss ?? v2(TENANT))
      .setAudience(s.aud ?? AUDIENCE);
    if (s.iat !== null) jwt.setIssuedAt(s.iat ?? now() - 60);
    if (s.exp !== null) jwt.setExpirationTime(s.exp ?? now() + 3600);
    return jwt.sign(s.key ?? good.privateKey);
  };
  /** What Entra issues an app acting as itself (client credentials): no scp, no user. */
  const appToken = (roles: string[] = []) =>
    token({ claims: { oid: APP, sub: APP, idtyp: "app", scp: undefined, name: undefined, roles } });
  const selfCheck = async (t: string) => call(stack.url, "GET", "/self-check", { key: t });

  it.each<[string, () => Promise<string>, number, string, RegExp]>([
    ["a bad signature", () => token({ key: rogue.privateKey }), 401, "bad_signature", /bad signature/],
    [
      "a key the tenant does not publish",
      () => token({ key: rogue.privateKey, kid: "rogue" }),
      401,
      "unknown_signing_key",
      /key the tenant does not publish/,
    ],
    ["another tenant's issuer", () => token({ iss: v2(OTHER_TENANT) }), 401, "wrong_issuer", /wrong issuer/],
    [
      "the v1 issuer, which IT has not opted into",
      () => token({ iss: `https://sts.windows.net/${TENANT}/` }),
      401,
      "wrong_issuer",
      /wrong issuer/,
    ],
    [
      "another tenant id with our issuer",
      () => token({ claims: { tid: OTHER_TENANT } }),
      401,
      "wrong_tenant",
      /another tenant/,
    ],
    ["no tenant id", () => token({ claims: { tid: undefined } }), 401, "wrong_tenant", /another tenant/],
    [
      "a wrong audience",
      () => token({ aud: "api://something-else" }),
      401,
      "wrong_audience",
      /wrong audience/,
    ],
    ["an expired token", () => token({ exp: now() - 600 }), 401, "token_expired", /expired/],
    ["a token without exp", () => token({ exp: null }), 401, "invalid_token", /has no exp claim/],
    ["a token without iat", () => token({ iat: null }), 401, "invalid_token", /has no iat claim/],
    [
      "a token issued over 24 hours ago (though not expired)",
      () => token({ iat: now() - 25 * 3600 }),
      401,
      "token_too_old",
      /issued too long ago/,
    ],
    [
      "an ID token (the pane's own, for the client id)",
      () => token({ aud: CLIENT_ID, claims: { scp: undefined, nonce: "n", ver: "2.0" } }),
      401,
      "not_an_access_token",
      /not an access token for this API/,
    ],
    [
      "an access token without the API's scope",
      () => token({ claims: { scp: "User.Read" } }),
      401,
      "wrong_scope",
      /does not carry the access_as_user scope/,
    ],
    [
      "an app-only token (client credentials, no role)",
      () => appToken(),
      401,
      "app_not_allowed",
      /app's own token/,
    ],
    [
      "an app-only token that names no idtyp (oid = sub)",
      () => token({ claims: { oid: APP, sub: APP, scp: undefined, roles: ["Attendance.Write"] } }),
      401,
      "app_not_allowed",
      /app's own token/,
    ],
    ["garbage", async () => "not.a.jwt", 401, "malformed_token", /not valid/],
    [
      "a user not on the allow-list",
      () => token({ claims: { name: "Bob", oid: BOB } }),
      403,
      "not_allowed",
      new RegExp(`Bob \\(${BOB}\\) is not on this proxy's allow-list`),
    ],
    [
      "a guest whose mutable names are a listed user's (UPN and object id)",
      () =>
        token({
          claims: { oid: BOB, preferred_username: DAVE, unique_name: "alice@contoso.com", upn: ALICE },
        }),
      403,
      "not_allowed",
      /allow-list/,
    ],
    [
      "a user in another group",
      () => token({ claims: { oid: "c0c0c0c0-0000-4000-8000-000000000000", groups: ["sales"] } }),
      403,
      "not_allowed",
      /allow-list/,
    ],
  ])("refuses %s", async (_name, make, status, reason, msg) => {
    const a = await selfCheck(await make());
    expect(a.status).toBe(status);
    expect(a.body.code).toBe(status === 401 ? PROXY_CODES.unauthenticated : PROXY_CODES.forbidden);
    expect(a.body.data).toEqual({ reason });
    expect(a.body.msg).toMatch(msg);
  });

  it.each<[string, () => Promise<string>, string]>([
    ["an allowed user (v2 token)", () => token(), `entra:${ALICE}`],
    ["an allowed user (client-id audience)", () => token({ aud: CLIENT_ID }), `entra:${ALICE}`],
    [
      "an allowed user by object id, whatever their names",
      () => token({ claims: { oid: DAVE, name: "Dave", preferred_username: "bob@contoso.com" } }),
      `entra:${DAVE}`,
    ],
    [
      "a member of an allowed group",
      () =>
        token({
          claims: { oid: "e0e0e0e0-0000-4000-8000-000000000000", groups: ["x", "HR-CLERKS-GROUP-ID"] },
        }),
      "entra:e0e0e0e0-0000-4000-8000-000000000000",
    ],
  ])("accepts %s", async (_name, make, caller) => {
    const a = await selfCheck(await make());
    expect(a.status).toBe(200);
    expect(a.body.caller).toBe(caller);
  });
});

describe("Entra ID mode, with IT's opt-ins: the v1 issuer and an app role for apps", () => {
  let issuer: OidcIssuer;
  let stack: Stack;
  beforeAll(async () => {
    issuer = await startOidcIssuer();
    stack = await startStack({
      env: {
        PROXY_AUTH_MODE: "entra",
        ENTRA_TENANT_ID: issuer.tenantId,
        ENTRA_AUDIENCE: issuer.audience,
        ENTRA_AUTHORITY: issuer.url,
        ENTRA_V1_ISSUER: `https://sts.windows.net/${issuer.tenantId}/`,
        ENTRA_APP_ROLES: "Attendance.App",
        ENTRA_REQUIRED_SCOPE: "attendance.write",
      },
    });
  });
  afterAll(async () => {
    await stack?.close();
    await issuer.close();
  });
  const user = { name: "Wang Fang", username: "wang.fang@contoso.com", oid: ALICE };
  const app = (roles: string[]) =>
    issuer.accessToken({
      user: { ...user, oid: APP, roles },
      claims: { sub: APP, idtyp: "app", scp: undefined, name: undefined, preferred_username: undefined },
    });
  const check = async (t: Promise<string>) => call(stack.url, "GET", "/self-check", { key: await t });

  it("accepts the v1 issuer IT named, and the scope IT named", async () => {
    const v1 = await check(
      issuer.accessToken({
        user,
        scp: "attendance.write",
        iss: `https://sts.windows.net/${issuer.tenantId}/`,
      }),
    );
    expect([v1.status, v1.body.caller]).toEqual([200, `entra:${ALICE}`]);
    const other = await check(issuer.accessToken({ user, scp: "access_as_user" }));
    expect(other.body.data).toEqual({ reason: "wrong_scope" });
  });

  it("lets in an app only with the app role IT named", async () => {
    const allowed = await check(app(["Attendance.App"]));
    expect([allowed.status, allowed.body.caller]).toEqual([200, `entra:${APP}`]);
    const other = await check(app(["Attendance.Write"]));
    expect([other.status, other.body.data]).toEqual([401, { reason: "app_not_allowed" }]);
  });
});
