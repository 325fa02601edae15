/** What `GET /self-check` on the proxy answers. */
export interface SelfCheck {
  ok: boolean;
  /** Which upstream the proxy talks to. */
  upstream: "feishu" | "lark" | "emulator" | "custom";
  baseUrl: string;
  /** The Feishu app id (not a secret), so the clerk can read "connected as app cli_…". */
  appId: string;
  /**
   * `code`: machine-readable, null when the token came; else the proxy's code (1790010 the
   * token was refused, 1790004 Feishu could not be reached). `message` is for SDK users and
   * logs, in English and Chinese; the pane says it in its own words from the code.
   */
  token: { ok: boolean; code?: number | null; message: string };
  /** Which relayed calls answered a harmless probe. */
  calls: { create: boolean; query: boolean; process: boolean; batchGetId: boolean };
  /** Per call, the body code its probe last answered (null when none): 99991672 = a scope is missing. */
  callCodes?: {
    create: number | null;
    query: number | null;
    process: number | null;
    batchGetId: number | null;
  };
  /** Who the proxy thinks the caller is (key name or Entra user). */
  caller: string;
  /** What the caller may do beyond reading (absent from proxies before Entra ID roles). */
  may?: { write: boolean; revoke: boolean };
  /** Upstream pace the proxy holds to, requests per second. */
  pacePerSecond: number;
}
