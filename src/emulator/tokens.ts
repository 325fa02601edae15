/**
 * tenant_access_token issuing and checking (docs/feishu-api.md §4.1, §4.2).
 *
 * The 30-minute rule: while ≥ 30 min remain, the endpoint hands back the same token with
 * `expire` = remaining seconds; with < 30 min left it issues a new token and the old one
 * stays valid until its own expiry. For short test lifetimes the threshold is scaled to
 * min(30 min, lifetime / 4), so a 4 s token is re-issued in its last second.
 */
import { randomBytes } from "node:crypto";
import type { Clock } from "./time";

export interface AppCredential {
  appId: string;
  appSecret: string;
  /** Scopes granted to the app; omitted: every scope the relayed calls need. */
  scopes?: string[];
}

interface IssuedToken {
  token: string;
  appId: string;
  expiresAt: number;
}

export type TokenCheck =
  { ok: true; appId: string } | { ok: false; code: 99991661 | 99991671 | 99991663; msg: string };

export type TokenGrant =
  { ok: true; token: string; expire: number } | { ok: false; code: 10003 | 10014; msg: string };

export class TokenIssuer {
  private readonly tokens = new Map<string, IssuedToken>();
  private readonly current = new Map<string, IssuedToken>();
  private readonly lifetimeMs: number;
  private readonly reissueBelowMs: number;

  constructor(
    private readonly apps: AppCredential[],
    lifetimeSec: number,
    private readonly now: Clock,
  ) {
    this.lifetimeMs = lifetimeSec * 1000;
    this.reissueBelowMs = Math.min(30 * 60_000, this.lifetimeMs / 4);
  }

  /**
   * A wrong secret → 10014 "app secret invalid"; an unknown app_id → 10003 "invalid param", as
   * Feishu's `/internal` answers them (docs/feishu-api.md §11).
   */
  grant(appId: string, appSecret: string): TokenGrant {
    const app = this.apps.find((a) => a.appId === appId);
    if (!app) return { ok: false, code: 10003, msg: "invalid param: app_id not found" };
    if (app.appSecret !== appSecret) return { ok: false, code: 10014, msg: "app secret invalid" };
    const now = this.now();
    this.prune(now);
    const cur = this.current.get(appId);
    if (cur && cur.expiresAt - now >= this.reissueBelowMs) {
      return { ok: true, token: cur.token, expire: Math.floor((cur.expiresAt - now) / 1000) };
    }
    const fresh = this.issue(appId, now);
    return { ok: true, token: fresh.token, expire: Math.floor(this.lifetimeMs / 1000) };
  }

  /** Issues a new current token for the app at once; older ones stay valid until they expire. */
  issue(appId: string, now = this.now()): IssuedToken {
    const t: IssuedToken = {
      token: `t-${randomBytes(20).toString("hex")}`,
      appId,
      expiresAt: now + this.lifetimeMs,
    };
    this.tokens.set(t.token, t);
    this.current.set(appId, t);
    return t;
  }

  /** Makes every issued token expire now (for "token expired mid-run" tests). */
  expireAll(): void {
    this.tokens.clear();
    this.current.clear();
  }

  /** Checks `Authorization: Bearer t-…` (docs/feishu-api.md §4.2 codes). */
  /** The app's granted scopes, or null when it has them all. */
  scopesOf(appId: string): readonly string[] | null {
    return this.apps.find((a) => a.appId === appId)?.scopes ?? null;
  }

  check(authorization: string | undefined): TokenCheck {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
    if (!m)
      return {
        ok: false,
        code: 99991661,
        msg: "Need a token: missing access token for authorization, send Authorization: Bearer <tenant_access_token>",
      };
    const token = m[1];
    if (!token.startsWith("t-"))
      return { ok: false, code: 99991671, msg: "Invalid token: must start with t-/u-" };
    const t = this.tokens.get(token);
    if (!t || t.expiresAt <= this.now()) {
      return {
        ok: false,
        code: 99991663,
        msg: "Invalid access token for authorization. Please make a request with token attached.",
      };
    }
    return { ok: true, appId: t.appId };
  }

  private prune(now: number): void {
    for (const [k, t] of this.tokens) if (t.expiresAt <= now) this.tokens.delete(k);
  }
}
