/**
 * Codes the proxy uses for its own answers, in Feishu's envelope `{code, msg}`, so clients
 * (the add-in, or any Feishu SDK pointed at the proxy) read one format. Feishu's own codes
 * are never reused for the proxy's decisions: a wrong proxy key must not look like an
 * expired Feishu token.
 */
/**
 * The proxy's own headers, shared by the add-in's client and the proxy. One retry budget across
 * both: a caller may say how many times, at most, the proxy may write a request upstream
 * (`maxSends`, its own retries included), and every answer says how many times it was written
 * (`sends`), so the caller counts each upstream attempt once. `timeout`: how long the caller
 * waits (ms); the proxy answers within it, "not sent" when the call cannot leave its queue in
 * time, so a caller never gives up on a request the proxy might still send, and never counts as
 * a send one that stayed in the queue. `declaredName`: the name the clerk gave the add-in (its
 * "Your name" setting, or the signed-in account's name), percent-encoded (declared-name.ts), which
 * the audit keeps beside the authenticated caller; it proves nothing about who is calling.
 */
export const PROXY_HEADERS = {
  maxSends: "x-proxy-max-sends",
  sends: "x-proxy-upstream-sends",
  timeout: "x-proxy-timeout-ms",
  declaredName: "x-proxy-declared-name",
  /**
   * On a create the proxy answered from its ledger instead of sending (the same idempotent_id and
   * body were written before): the time of that first write (ISO 8601). Feishu was not called.
   */
  replayed: "x-proxy-replayed",
} as const;

export const PROXY_CODES = {
  /** 401: no `Authorization: Bearer`, or the key / Entra ID token is not valid. */
  unauthenticated: 1790001,
  /** 403: the caller is authenticated but not on the allow-list. */
  forbidden: 1790002,
  /** 429: this caller sent too many requests (older proxies; a wait past the timeout is now Feishu's 99991400). */
  callerRateLimited: 1790003,
  /** 502: Feishu (or the emulator) could not be reached; the request was not sent. */
  upstreamUnreachable: 1790004,
  /** 504 (no answer in time) or 502 (an answer that is not Feishu's, e.g. a 5xx page): sent, it may or may not have been written. */
  upstreamTimeout: 1790005,
  /** 413: the body is over the size limit. */
  bodyTooLarge: 1790006,
  /** 404: not one of the relayed Feishu paths (405 with `Allow`: a wrong method on one). */
  notFound: 1790007,
  /** 400: the body is not JSON or fails the schema for that path. */
  badRequest: 1790008,
  /** 500: the proxy itself failed (a bug): the request was not sent. */
  internal: 1790009,
  /** 503: the proxy cannot get a tenant token (wrong app id/secret, app disabled). */
  tokenUnavailable: 1790010,
  /** 503: the proxy is stopping (older proxies: its queue was too long); the request was not sent. */
  upstreamBusy: 1790011,
  /** 403: the caller may use the proxy but lacks the Entra ID role or group for this call (write or revoke). */
  missingRole: 1790012,
  /** 503: the proxy cannot check sign-ins now (the tenant's signing keys cannot be fetched); not sent. */
  signInUnavailable: 1790013,
  /**
   * 409: this idempotent_id was already used for a create with a different body; nothing was
   * sent. `data.first_write` names that write (approval_id, outcome, caller, time).
   */
  keyConflict: 1790014,
} as const;
export type ProxyCode = (typeof PROXY_CODES)[keyof typeof PROXY_CODES];

/**
 * Why the proxy refused a caller (401/403), machine-readable in the answer's `data.reason`,
 * so a client can say exactly what to do (sign in again, ask IT for a role) without parsing `msg`.
 */
export const REFUSAL_REASONS = [
  "no_credential",
  "bad_key",
  "token_expired",
  "token_not_yet_valid",
  "token_too_old",
  "not_an_access_token",
  "wrong_scope",
  "app_not_allowed",
  "wrong_audience",
  "wrong_issuer",
  "wrong_tenant",
  "bad_signature",
  "unknown_signing_key",
  "malformed_token",
  "signing_keys_unavailable",
  "invalid_token",
  "not_allowed",
  "missing_role",
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** What a refused call was for, in `data.needs` of a missingRole answer. */
export type Permission = "write" | "revoke";
