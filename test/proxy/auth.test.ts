/** Every way a caller can be refused, in API-key mode and in Entra ID mode (a local JWKS). */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";
import { PROXY_CODES } from "../../src/core/feishu/proxy-codes";
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
        ENTRA_AUDIENCE: `${AUDIENCE},00000000-aaaa-bbbb-cccc-000000000000`,
        ENTRA_ALLOWED_USERS: "alice@contoso.com,0b0b0b0b-0000-0000-0000-000000000000",
        ENTRA_ALLOWED_GROUPS: "hr-clerks-group-id",
        ENTRA_JWKS_URL: `http://127.0.0.1:${port}/discovery/v2.0/keys`,
      },
    });
  });
  afterAll(async () => {
    await stack.close();
    jwks.closeAllConnections();
    await new Promise((r) => jwks.close(r));
  });

  interface TokenSpec {
    key?: KeyLike;
    kid?: string;
    iss?: string;
    aud?: string;
    exp?: number;
    claims?: Record<string, unknown>;
  }
  const now = () => Math.floor(Date.now() / 1000);
  const token = (s: TokenSpec = {}) =>
    new SignJWT({
      tid: TENANT,
      upn: "alice@contoso.com",
      oid: "a1a1a1a1-0000-0000-0000-000000000000",
      ...s.claims,
    })
      .setProtectedHeader({ alg: "RS256", kid: s.kid ?? "k1" })
      .setIssuer(s.iss ?? v2(TENANT))
      .setAudience(s.aud ?? AUDIENCE)
      .setIssuedAt(now() - 60)
      .setExpirationTime(s.exp ?? now() + 3600)
      .sign(s.key ?? good.privateKey);
  const selfCheck = async (t: string) => call(stack.url, "GET", "/self-check", { key: t });

  it.each<[string, () => Promise<string>, number, number, RegExp]>([
    [
      "a bad signature",
      () => token({ key: rogue.privateKey }),
      401,
      PROXY_CODES.unauthenticated,
      /bad signature/,
    ],
    [
      "a key the tenant does not publish",
      () => token({ key: rogue.privateKey, kid: "rogue" }),
      401,
      PROXY_CODES.unauthenticated,
      /key the tenant does not publish/,
    ],
    [
      "another tenant's issuer",
      () => token({ iss: v2(OTHER_TENANT) }),
      401,
      PROXY_CODES.unauthenticated,
      /wrong issuer/,
    ],
    [
      "another tenant id with our issuer",
      () => token({ claims: { tid: OTHER_TENANT } }),
      401,
      PROXY_CODES.unauthenticated,
      /another tenant/,
    ],
    [
      "a wrong audience",
      () => token({ aud: "api://something-else" }),
      401,
      PROXY_CODES.unauthenticated,
      /wrong audience/,
    ],
    ["an expired token", () => token({ exp: now() - 600 }), 401, PROXY_CODES.unauthenticated, /expired/],
    ["garbage", async () => "not.a.jwt", 401, PROXY_CODES.unauthenticated, /not valid/],
    [
      "a user not on the allow-list",
      () => token({ claims: { upn: "bob@contoso.com", oid: "b0b0b0b0-0000-0000-0000-000000000000" } }),
      403,
      PROXY_CODES.forbidden,
      /bob@contoso.com is not on this proxy's allow-list/,
    ],
    [
      "a user in another group",
      () => token({ claims: { upn: "carol@contoso.com", oid: "c", groups: ["sales"] } }),
      403,
      PROXY_CODES.forbidden,
      /allow-list/,
    ],
  ])("refuses %s", async (_name, make, status, code, msg) => {
    const a = await selfCheck(await make());
    expect(a.status).toBe(status);
    expect(a.body.code).toBe(code);
    expect(a.body.msg).toMatch(msg);
  });

  it.each<[string, () => Promise<string>, string]>([
    ["an allowed user (v2 token)", () => token(), "entra:alice@contoso.com"],
    [
      "an allowed user (v1 issuer, client-id audience)",
      () => token({ iss: `https://sts.windows.net/${TENANT}/`, aud: "00000000-aaaa-bbbb-cccc-000000000000" }),
      "entra:alice@contoso.com",
    ],
    [
      "an allowed user by oid",
      () =>
        token({
          claims: {
            upn: undefined,
            preferred_username: "dave@contoso.com",
            oid: "0b0b0b0b-0000-0000-0000-000000000000",
          },
        }),
      "entra:dave@contoso.com",
    ],
    [
      "a member of an allowed group",
      () => token({ claims: { upn: "erin@contoso.com", oid: "e", groups: ["x", "HR-CLERKS-GROUP-ID"] } }),
      "entra:erin@contoso.com",
    ],
  ])("accepts %s", async (_name, make, caller) => {
    const a = await selfCheck(await make());
    expect(a.status).toBe(200);
    expect(a.body.caller).toBe(caller);
  });
});
