/** What `GET /self-check` on the proxy answers. */
export interface SelfCheck {
  ok: boolean;
  /** Which upstream the proxy talks to. */
  upstream: "feishu" | "lark" | "emulator" | "custom";
  baseUrl: string;
  /** The Feishu app id (not a secret), so the clerk can read "connected as app cli_…". */
  appId: string;
  token: { ok: boolean; message: string };
  /** Which relayed calls answered a harmless probe. */
  calls: { create: boolean; query: boolean; process: boolean; batchGetId: boolean };
  /** Who the proxy thinks the caller is (key name or Entra user). */
  caller: string;
  /** What the caller may do beyond reading (absent from proxies before Entra ID roles). */
  may?: { write: boolean; revoke: boolean };
  /** Upstream pace the proxy holds to, requests per second. */
  pacePerSecond: number;
}
