/**
 * An access token for the proxy from Microsoft Entra ID with the OAuth 2.0 client-credentials
 * grant (docs/command-line.md §4): the app registration's id and secret are posted to
 * the tenant's token endpoint, and the token it answers is kept until a minute before it expires.
 * The secret is sent only there, never logged.
 */
import { CliProblem } from "./problem";

export interface EntraClient {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** `api://<proxy app id>/.default`: the app roles granted to this registration. */
  scope: string;
}

const EARLY_MS = 60_000;

/** A function answering a current token, as the proxy client asks before every call. */
export function entraTokenSource(
  client: EntraClient,
  deps: { fetch?: typeof fetch; now?: () => number } = {},
): () => Promise<string> {
  const doFetch = deps.fetch ?? fetch;
  const now = deps.now ?? Date.now;
  let cached: { token: string; until: number } | null = null;
  let pending: Promise<string> | null = null;

  async function fetchToken(): Promise<string> {
    const body = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: client.clientId,
      client_secret: client.clientSecret,
      scope: client.scope,
    });
    let res: Response;
    try {
      res = await doFetch(client.tokenUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
        body,
      });
    } catch (e) {
      throw new CliProblem("cli.entraRefused", { reason: e instanceof Error ? e.message : String(e) });
    }
    const answer = (await res.json().catch(() => ({}))) as {
      access_token?: unknown;
      expires_in?: unknown;
      error?: unknown;
      error_description?: unknown;
    };
    if (!res.ok || typeof answer.access_token !== "string") {
      // Entra's own words name the cause (AADSTS7000215: invalid secret, …); never the secret.
      const why = [answer.error, answer.error_description].filter((x) => typeof x === "string").join(": ");
      throw new CliProblem("cli.entraRefused", { reason: why || `HTTP ${res.status}` });
    }
    const seconds = Number(answer.expires_in) || 3600;
    cached = { token: answer.access_token, until: now() + seconds * 1000 - EARLY_MS };
    return answer.access_token;
  }

  return async () => {
    if (cached && now() < cached.until) return cached.token;
    pending ??= fetchToken().finally(() => (pending = null));
    return pending;
  };
}
