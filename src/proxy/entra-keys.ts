/**
 * The tenant's signing keys (JWKS), fetched so that a key endpoint that misbehaves cannot hang
 * sign-in. One deadline covers the whole response (headers and body): a fetch that passes it
 * is abandoned, so later requests never queue behind a stalled one. While the endpoint fails,
 * fetches back off (1 s, 2 s, 4 s … at most a minute) instead of one per request. Keys already
 * fetched keep working meanwhile; a token whose key cannot be had is answered 503 (the proxy
 * cannot check sign-ins now), never "invalid token". docs/entra-tokens.md.
 */
import {
  createLocalJWKSet,
  errors as joseErrors,
  type FlattenedJWSInput,
  type JSONWebKeySet,
  type JWTHeaderParameters,
  type JWTVerifyGetKey,
} from "jose";
import type { ProxyClock } from "./clock";

export class SigningKeysUnavailable extends Error {}

export interface KeySourceOptions {
  url: string;
  /** The whole fetch, headers and body, must finish within this. */
  timeoutMs: number;
  clock: ProxyClock;
  /** Keys older than this are fetched again (default 6 h). */
  maxAgeMs?: number;
  /** A token naming an unknown key fetches again at most this often (default 30 s). */
  cooldownMs?: number;
  /** Told why a fetch failed (for the log). */
  onFetchFailed?: (why: string) => void;
}

const MAX_BYTES = 512 * 1024;
const MAX_BACKOFF_MS = 60_000;

type LocalKeys = ReturnType<typeof createLocalJWKSet>;

export function createKeySource(o: KeySourceOptions): JWTVerifyGetKey {
  const maxAgeMs = o.maxAgeMs ?? 6 * 3600_000;
  const cooldownMs = o.cooldownMs ?? 30_000;
  let keys: LocalKeys | null = null;
  let fetchedAt = -Infinity;
  let triedAt = -Infinity;
  let failures = 0;
  let retryAt = -Infinity;
  let inFlight: Promise<void> | null = null;

  const refresh = (): Promise<void> => {
    inFlight ??= fetchKeys(o.url, o.timeoutMs, o.clock)
      .then(
        (jwks) => {
          keys = createLocalJWKSet(jwks);
          fetchedAt = o.clock.now();
          failures = 0;
          retryAt = -Infinity;
        },
        (e: unknown) => {
          failures++;
          retryAt = o.clock.now() + Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (failures - 1));
          const why = e instanceof Error ? e.message : String(e);
          o.onFetchFailed?.(why);
          throw new SigningKeysUnavailable(why);
        },
      )
      .finally(() => (inFlight = null));
    triedAt = o.clock.now();
    return inFlight;
  };

  /** The key from what is known; an unknown key while the endpoint cannot be asked is "unavailable". */
  const known = async (h: JWTHeaderParameters, t: FlattenedJWSInput, why: string) => {
    if (!keys) throw new SigningKeysUnavailable(why);
    try {
      return await keys(h, t);
    } catch (e) {
      if (e instanceof joseErrors.JWKSNoMatchingKey) throw new SigningKeysUnavailable(why);
      throw e;
    }
  };

  return async (header, token) => {
    const now = o.clock.now();
    if (keys && now - fetchedAt < maxAgeMs) {
      try {
        return await keys(header, token);
      } catch (e) {
        // An unknown key may be a new one (keys rotate): ask again, but not for every token.
        if (!(e instanceof joseErrors.JWKSNoMatchingKey) || now - triedAt < cooldownMs || now < retryAt)
          throw e;
      }
    }
    if (now < retryAt)
      return known(header, token, "the key endpoint failed recently; waiting before asking again");
    try {
      await refresh();
    } catch (e) {
      return known(header, token, e instanceof Error ? e.message : String(e));
    }
    return (keys as LocalKeys | null)?.(header, token) ?? known(header, token, "no keys");
  };
}

/** GET the key set; rejects when the whole answer is not in within `timeoutMs`. */
async function fetchKeys(url: string, timeoutMs: number, clock: ProxyClock): Promise<JSONWebKeySet> {
  const ac = new AbortController();
  let cancel = () => undefined as void;
  const deadline = new Promise<never>((_, reject) => {
    cancel = clock.setTimer(() => {
      ac.abort();
      reject(new Error(`the key endpoint did not answer in full within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  const read = async () => {
    const res = await fetch(url, { signal: ac.signal, redirect: "error" });
    const text = await res.text();
    if (!res.ok) throw new Error(`the key endpoint answered HTTP ${res.status}`);
    if (text.length > MAX_BYTES) throw new Error("the key endpoint's answer is too large");
    const body = JSON.parse(text) as Partial<JSONWebKeySet>;
    if (!Array.isArray(body.keys)) throw new Error("the key endpoint's answer has no keys");
    return body as JSONWebKeySet;
  };
  try {
    return await Promise.race([read(), deadline]);
  } finally {
    cancel();
  }
}
