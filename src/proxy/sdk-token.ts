/**
 * Feishu SDKs in their default mode fetch their own tenant token. The proxy answers that call
 * itself: the app secret an SDK sends is a clerk's API key (or an Entra ID token), checked
 * like any credential, and the token it gets back is the proxy's own, short-lived and signed
 * by this process. The real tenant token never leaves the proxy. The app id is not checked:
 * any non-empty value will do (IT's examples use the key's name). Answer shape:
 * docs/feishu-api.md §4.1.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { FEISHU_PATHS, TenantTokenRequest } from "../core/feishu/schemas";
import type { Authenticator, Caller } from "./auth";
import type { ProxyClock } from "./clock";
import { ProxyError, proxyErrors, say } from "./errors";
import { PROXY_CODES } from "../core/feishu/proxy-codes";

/** Proxy tokens start with this, so the auth guard knows them from API keys and Entra ID tokens. */
export const PROXY_TOKEN_PREFIX = "t-proxy.";

export interface ProxyTokens {
  /** A token that stands for `caller` (its name, object id and permissions included) until it expires. */
  issue(caller: Caller): { token: string; expireSec: number };
  /** The caller a proxy token was issued to; null when `bearer` is not a proxy token; throws 401 when it is one that is no longer valid. */
  callerOf(bearer: string): Caller | null;
}

/** Tokens are signed with a key made at start: a restart (or another instance) does not accept them. */
export function createProxyTokens(clock: ProxyClock, ttlSec: number): ProxyTokens {
  const key = randomBytes(32);
  const sign = (payload: string) => createHmac("sha256", key).update(payload).digest();
  return {
    issue(caller) {
      const payload = Buffer.from(
        JSON.stringify({ c: caller, e: Math.floor(clock.now() / 1000) + ttlSec }),
      ).toString("base64url");
      return {
        token: `${PROXY_TOKEN_PREFIX}${payload}.${sign(payload).toString("base64url")}`,
        expireSec: ttlSec,
      };
    },
    callerOf(bearer) {
      if (!bearer.startsWith(PROXY_TOKEN_PREFIX)) return null;
      const [payload = "", sig = ""] = bearer.slice(PROXY_TOKEN_PREFIX.length).split(".");
      const given = Buffer.from(sig, "base64url");
      const expected = sign(payload);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalidToken();
      // Signed by this process, so its content is what `issue` wrote.
      const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
        c?: Caller;
        e?: unknown;
      };
      if (typeof claims.c?.id !== "string" || typeof claims.e !== "number") throw invalidToken();
      if (claims.e * 1000 <= clock.now()) throw invalidToken();
      return claims.c;
    },
  };
}

const invalidToken = () => new ProxyError(401, PROXY_CODES.unauthenticated, say("proxyTokenInvalid"));

/** POST /open-apis/auth/v3/tenant_access_token/internal, answered by the proxy. */
export function registerTokenRoute(
  app: FastifyInstance,
  authenticate: Authenticator,
  tokens: ProxyTokens,
): void {
  app.post(FEISHU_PATHS.token, async (req) => {
    const body = TenantTokenRequest.safeParse(req.body);
    if (!body.success) {
      const i = body.error.issues[0];
      throw proxyErrors.badRequest(
        `body ${i ? i.path.map(String).join(".") : "(root)"}: ${i?.message ?? "is not valid"}`,
      );
    }
    const caller = await authenticate(`Bearer ${body.data.app_secret}`);
    req.caller = caller.id;
    const { token, expireSec } = tokens.issue(caller);
    return { code: 0, msg: "ok", tenant_access_token: token, expire: expireSec };
  });
}
