/**
 * A small local stand-in for Microsoft Entra ID's OpenID Connect issuer, for tests: the
 * discovery document, the signing keys (JWKS) and RS256 tokens carrying the claims Entra puts
 * in v2 access and ID tokens (iss, aud, tid, oid, name, preferred_username, scp, roles, groups,
 * exp, nbf, iat, ver…). It listens on 127.0.0.1 at `<url>/<tenant>/…`, the paths Entra uses,
 * so the proxy trusts it with ENTRA_AUTHORITY=<url>. Its token endpoint takes a test-only
 * grant (`{username, client_id, scope}`, JSON) so a browser test's broker double can get tokens.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";

export interface DirectoryUser {
  name: string;
  /** The sign-in name (UPN), `preferred_username` in the token. */
  username: string;
  oid: string;
  roles?: string[];
  groups?: string[];
}

/** What can be wrong with the tokens handed out, for the refusal tests. */
export type TokenFault = "expired" | "wrong_audience" | null;

export interface TokenSpec {
  user: DirectoryUser;
  /** Default: the issuer's API audience. */
  aud?: string;
  scp?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  iss?: string;
  /** Sign with a key the JWKS does not publish. */
  rogueKey?: boolean;
  /** Claims set to `undefined` here are left out of the token. */
  claims?: Record<string, unknown>;
  /** Leave out `exp` or `iat` (as a hostile issuer might). */
  omit?: ("exp" | "iat")[];
  /** Seconds since issue (`iat`); default 5. */
  issuedAgo?: number;
}

export interface OidcIssuer {
  /** The authority (what ENTRA_AUTHORITY is set to). */
  url: string;
  tenantId: string;
  /** `<url>/<tenant>/v2.0`, the `iss` of v2 tokens. */
  issuer: string;
  jwksUrl: string;
  discoveryUrl: string;
  tokenEndpoint: string;
  /** The API's audience (its client id) that access tokens are issued for. */
  audience: string;
  /** Users the token endpoint knows, by username (lower case). */
  users: Map<string, DirectoryUser>;
  /** Applied to every token the endpoint hands out from now on. */
  fault: TokenFault;
  /** How many tokens the endpoint handed out. */
  issued: number;
  accessToken(spec: TokenSpec): Promise<string>;
  idToken(user: DirectoryUser, clientId: string): Promise<string>;
  close(): Promise<void>;
}

export const TEST_TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
export const TEST_API_CLIENT_ID = "6e0f3a52-7b1c-4f4e-9d0a-3c5b2a1f0e11";
export const TEST_SPA_CLIENT_ID = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

const now = () => Math.floor(Date.now() / 1000);

export async function startOidcIssuer(
  o: { tenantId?: string; audience?: string; users?: DirectoryUser[] } = {},
): Promise<OidcIssuer> {
  const tenantId = o.tenantId ?? TEST_TENANT;
  const audience = o.audience ?? TEST_API_CLIENT_ID;
  const signing = await generateKeyPair("RS256");
  const rogue = await generateKeyPair("RS256");
  const kid = randomUUID();
  const jwks = { keys: [{ ...(await exportJWK(signing.publicKey)), kid, alg: "RS256", use: "sig" }] };

  const server = createServer((req, res) => void route(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const base = `${url}/${tenantId}`;
  const issuer = `${base}/v2.0`;

  const sign = (
    claims: Record<string, unknown>,
    key: KeyLike,
    keyId: string,
    exp: number,
    o: Pick<TokenSpec, "omit" | "issuedAgo"> = {},
  ) => {
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: keyId })
      .setNotBefore(now() - 5);
    if (!o.omit?.includes("iat")) jwt.setIssuedAt(now() - (o.issuedAgo ?? 5));
    if (!o.omit?.includes("exp")) jwt.setExpirationTime(exp);
    return jwt.sign(key);
  };

  const self: OidcIssuer = {
    url,
    tenantId,
    issuer,
    jwksUrl: `${base}/discovery/v2.0/keys`,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    tokenEndpoint: `${base}/oauth2/v2.0/token`,
    audience,
    users: new Map((o.users ?? []).map((u) => [u.username.toLowerCase(), u])),
    fault: null,
    issued: 0,
    accessToken: (s) =>
      sign(
        {
          iss: s.iss ?? issuer,
          aud: s.aud ?? audience,
          tid: tenantId,
          oid: s.user.oid,
          sub: `sub-${s.user.oid}`,
          name: s.user.name,
          preferred_username: s.user.username,
          scp: s.scp ?? "access_as_user",
          ...(s.user.roles?.length ? { roles: s.user.roles } : {}),
          ...(s.user.groups?.length ? { groups: s.user.groups } : {}),
          azp: TEST_SPA_CLIENT_ID,
          azpacr: "0",
          uti: randomUUID(),
          ver: "2.0",
          ...s.claims,
        },
        s.rogueKey ? rogue.privateKey : signing.privateKey,
        s.rogueKey ? "rogue" : kid,
        now() + (s.expiresIn ?? 3600),
        s,
      ),
    idToken: (user, clientId) =>
      sign(
        {
          iss: issuer,
          aud: clientId,
          tid: tenantId,
          oid: user.oid,
          sub: `sub-${user.oid}`,
          name: user.name,
          preferred_username: user.username,
          ver: "2.0",
        },
        signing.privateKey,
        kid,
        now() + 3600,
      ),
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader("access-control-allow-origin", "*");
    res.setHeader("access-control-allow-headers", "content-type");
    const path = (req.url ?? "").split("?")[0];
    if (req.method === "OPTIONS") return void res.writeHead(204).end();
    if (req.method === "GET" && path === new URL(self.discoveryUrl).pathname)
      return json(res, 200, {
        issuer,
        jwks_uri: self.jwksUrl,
        token_endpoint: self.tokenEndpoint,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        response_types_supported: ["code", "id_token", "code id_token", "id_token token"],
        subject_types_supported: ["pairwise"],
        id_token_signing_alg_values_supported: ["RS256"],
        scopes_supported: ["openid", "profile", "email", "offline_access"],
        tenant_region_scope: "EU",
        claims_supported: [
          "sub",
          "iss",
          "aud",
          "exp",
          "iat",
          "nbf",
          "name",
          "oid",
          "tid",
          "preferred_username",
          "ver",
        ],
      });
    if (req.method === "GET" && path === new URL(self.jwksUrl).pathname) return json(res, 200, jwks);
    if (req.method === "POST" && path === new URL(self.tokenEndpoint).pathname) return token(req, res);
    json(res, 404, { error: "not_found" });
  }

  async function token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let body: { username?: string; client_id?: string; scope?: string } = {};
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as typeof body;
    } catch {
      return json(res, 400, { error: "invalid_request" });
    }
    const user = self.users.get((body.username ?? "").toLowerCase());
    if (!user)
      return json(res, 400, { error: "invalid_grant", error_description: "AADSTS50034: unknown user" });
    const expiresIn = 3600;
    const access = await self.accessToken({
      user,
      aud: self.fault === "wrong_audience" ? "api://some-other-app" : undefined,
      expiresIn: self.fault === "expired" ? -600 : expiresIn,
    });
    self.issued++;
    json(res, 200, {
      token_type: "Bearer",
      scope: body.scope ?? "",
      expires_in: expiresIn,
      access_token: access,
      id_token: await self.idToken(user, body.client_id ?? TEST_SPA_CLIENT_ID),
    });
  }

  return self;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}
