/**
 * Refused sign-ins leave an audit line, over real sockets: who the token claimed to be (object
 * id, tenant, name: unverified), why it was refused, on which path; never the token.
 */
import { readFileSync } from "node:fs";
import { PROXY_CODES } from "../../src/core/feishu/proxy-codes";
import { startOidcIssuer, type DirectoryUser, type OidcIssuer } from "../support/oidc-issuer";
import { call, startStack, type Stack } from "./support";

const MALLORY: DirectoryUser = {
  name: "Mallory",
  username: "mallory@contoso.com",
  oid: "dddddddd-0000-4000-8000-000000000666",
};
const LISTED = "aaaaaaaa-0000-4000-8000-000000000001";

describe("refused sign-ins in the audit log", () => {
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
        ENTRA_ALLOWED_USERS: LISTED,
      },
    });
  });
  afterAll(async () => {
    await stack?.close();
    await issuer.close();
  });

  it("names who was claimed and why it was refused, for 401 and 403, on every path; never the token", async () => {
    const forged = await issuer.accessToken({ user: MALLORY, rogueKey: true });
    const outsider = await issuer.accessToken({ user: MALLORY });
    const idToken = await issuer.idToken(MALLORY, issuer.audience);
    expect((await call(stack.url, "GET", "/self-check", { key: forged })).status).toBe(401);
    expect((await call(stack.url, "GET", "/self-check", { key: outsider })).status).toBe(403);
    const exchanged = await call(stack.url, "POST", "/open-apis/auth/v3/tenant_access_token/internal", {
      key: null,
      body: { app_id: "sdk", app_secret: idToken },
    });
    expect(exchanged.status).toBe(401);
    await new Promise((r) => setTimeout(r, 250)); // the audit sink writes every 100 ms
    const lines = stack.audit().filter((e) => e.route === "sign_in");
    const claimed = { user_oid: MALLORY.oid, user_name: "Mallory", caller: "refused", outcome: "not_sent" };
    const sign_in = (path: string, reason: string, verified: boolean) => ({
      path,
      reason,
      claimed_tid: issuer.tenantId,
      verified,
    });
    expect(lines).toEqual([
      expect.objectContaining({
        ...claimed,
        status: 401,
        code: PROXY_CODES.unauthenticated,
        sign_in: sign_in("/self-check", "unknown_signing_key", false),
      }),
      expect.objectContaining({
        ...claimed,
        status: 403,
        code: PROXY_CODES.forbidden,
        sign_in: sign_in("/self-check", "not_allowed", true),
      }),
      expect.objectContaining({
        ...claimed,
        status: 401,
        sign_in: sign_in("/open-apis/auth/v3/tenant_access_token/internal", "not_an_access_token", true),
      }),
    ]);
    const file = readFileSync(stack.auditFile, "utf8");
    for (const t of [forged, outsider, idToken]) expect(file).not.toContain(t.split(".")[1]);
    expect(file).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
  });
});
