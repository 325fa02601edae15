/**
 * Feishu SDKs in their default mode fetch their own tenant token. The proxy answers that call
 * itself: the app secret an SDK sends is a clerk's API key (or an Entra ID token), checked
 * like any credential, and the token it gets back is the proxy's own, short-lived, signed with
 * a key made from the app secret and bound to that credential. The real tenant token never
 * leaves the proxy. The app id is not checked:
 * any non-empty value will do (IT's examples use the key's name). Answer shape:
 * docs/feishu-api.md §4.1.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { FEISHU_PATHS, TenantTokenRequest } from "../core/feishu/schemas";
import type { Authenticator, Caller } from "./auth";
import type { ProxyClock } from "./clock";
import { ProxyError, proxyErrors, say } from "./errors";
import { PROXY_CODES } from "../core/feishu/proxy-codes";

/** Proxy tokens start with this, so the auth guard knows them from API keys and Entra ID tokens. */
export const PROXY_TOKEN_PREFIX = "t-proxy.";

/**
 * The longest a proxy token stands for an Entra ID sign-in: the rights it carries (app roles,
 * groups) are those of the Entra token it was exchanged for, so a removed role stops working
 * at the latest this long after the caller's next exchange. It never outlives the Entra token.
 */
export const ENTRA_PROXY_TOKEN_MAX_S = 300;

export interface ProxyTokens {
  /**
   * A token that stands for `caller` (its name, object id and permissions included) until it
   * expires: never after the caller's own credential (`expiresAt`), which must not have expired
   * by the proxy's clock (no tolerance here: an exchange must not extend a dying sign-in).
   */
  issue(caller: Caller): { token: string; expireSec: number };
  /** The caller a proxy token was issued to; null when `bearer` is not a proxy token; throws 401 when it is one that is no longer valid. */
  callerOf(bearer: string): Caller | null;
}

export interface ProxyTokenSettings {
  ttlSec: number;
  /** The Feishu app secret: every instance serving this app signs and checks with a key made from it. */
  secret: string;
  /** What a caller's token stays bound to (auth.ts `credentialOf`); null refuses the token. */
  credentialOf: (caller: Caller) => string | null;
}

/**
 * Tokens outlive a restart and are accepted by every instance with the same app secret: an SDK
 * keeps its token until it expires and does not fetch a new one when refused. A token names
 * the credential it was issued for, so removing or replacing that key refuses it at once.
 */
export function createProxyTokens(clock: ProxyClock, s: ProxyTokenSettings): ProxyTokens {
  const key = createHmac("sha256", s.secret).update("proxy token signing key v1").digest();
  const sign = (payload: string) => createHmac("sha256", key).update(payload).digest();
  const binding = (caller: Caller): string | null => {
    const credential = s.credentialOf(caller);
    return credential === null ? null : sign(`credential ${credential}`).toString("base64url").slice(0, 22);
  };
  return {
    issue(caller) {
      const now = Math.floor(clock.now() / 1000);
      const ttl =
        caller.expiresAt === undefined
          ? s.ttlSec
          : Math.min(s.ttlSec, ENTRA_PROXY_TOKEN_MAX_S, caller.expiresAt - now);
      if (ttl <= 0) throw proxyErrors.badToken(say("tokenExpired"), "token_expired");
      const payload = Buffer.from(JSON.stringify({ c: caller, e: now + ttl, b: binding(caller) })).toString(
        "base64url",
      );
      return {
        token: `${PROXY_TOKEN_PREFIX}${payload}.${sign(payload).toString("base64url")}`,
        expireSec: ttl,
      };
    },
    callerOf(bearer) {
      if (!bearer.startsWith(PROXY_TOKEN_PREFIX)) return null;
      const [payload = "", sig = ""] = bearer.slice(PROXY_TOKEN_PREFIX.length).split(".");
      const given = Buffer.from(sig, "base64url");
      const expected = sign(payload);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalidToken();
      // Signed with this app's key, so its content is what `issue` wrote.
      const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
        c?: Caller;
        e?: unknown;
        b?: unknown;
      };
      if (typeof claims.c?.id !== "string" || typeof claims.e !== "number") throw invalidToken();
      if (claims.e * 1000 <= clock.now()) throw invalidToken();
      const bound = binding(claims.c);
      if (bound === null || claims.b !== bound) throw invalidToken();
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
