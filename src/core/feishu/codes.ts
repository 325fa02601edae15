/**
 * What every body code means, Feishu's (docs/feishu-api.md §1.9, §3, §4.2, §11, DOC-E) and the
 * proxy's own (proxy-codes.ts), in one table: its outcome kind (retried or not), whether the call
 * may have been carried out, whether it says the setup is broken (and what to fix), the person is
 * refused, the tenant token is stale, and the clerk's words (catalogue keys in
 * catalog/outcomes.*.ts). Every reader asks this table: the engine's outcome mapping
 * (outcomes.ts), the run's stop verdict, the people book, the proxy's token retry and rate-limit
 * answer, and the pane's connection verdicts.
 */
import type { OutcomeKey } from "../catalog";
import type { OutcomeKind } from "../outcome";
import { PROXY_CODES as P } from "./proxy-codes";

/**
 * The setup, not the row, is broken: every further row would fail the same way, so a run stops
 * and leaves the rest pending. What to fix: the caller's key or sign-in (`key`), the proxy's
 * allow-list (`allow-list`), the Feishu app's credentials or token (`token`), a missing scope,
 * the app's IP allow-list, or the month's quota.
 */
export type SetupFault = "key" | "allow-list" | "token" | "scope" | "ip-list" | "quota";

export interface CodeMeaning {
  /** `proxy`: the proxy's own answer (never overridden by Feishu's message patterns). */
  from: "feishu" | "proxy";
  kind: OutcomeKind;
  /** The clerk's words: `outcome.<words>` and the hint `outcome.<hint>`. */
  words: OutcomeKey;
  hint: OutcomeKey | null;
  /** The call may have been carried out (unset: decided by the HTTP status, 5xx uncertain). */
  uncertain?: boolean;
  setup?: SetupFault;
  /** The person, not the row, is refused (unknown, or outside the attendance data range). */
  person?: true;
  /** The tenant token is no longer good: the proxy fetches a new one and tries once more. */
  staleToken?: true;
}

const IT = "hintItCredentials";
const RETRY = "hintAutoRetry";
const FIX = "hintFixRow";
const ASK = "hintAskItQuoting";
const f = (kind: OutcomeKind, words: OutcomeKey, hint: OutcomeKey | null, more: Partial<CodeMeaning> = {}) =>
  ({ from: "feishu", kind, words, hint, ...more }) as const;
const p = (kind: OutcomeKind, words: OutcomeKey, hint: OutcomeKey | null, more: Partial<CodeMeaning> = {}) =>
  ({ from: "proxy", kind, words, hint, uncertain: false, ...more }) as const;

/** Feishu's "request trigger frequency limit" (docs/feishu-api.md §4.3); the proxy answers it too. */
export const RATE_LIMIT_CODE = 99991400;

export const CODES = {
  1220001: f("invalid", "code1220001", FIX),
  1220002: f("fatal", "code1220002", IT, { setup: "token" }),
  1220004: f("unknown_user", "code1220004", "hintUnknownUser", { person: true }),
  1220005: f("permission", "code1220005", "hintDataPermission", { person: true }),
  1225000: f("retryable", "code1225000", RETRY, { uncertain: true }),
  1225001: f("invalid", "code1225001", FIX),
  1227500: f("invalid", "code1227500", "hintRevokeRefused"),
  1226000: f("retryable", "code1226000", RETRY, { uncertain: true }),
  1226500: f("fatal", "code1226500", ASK),
  [RATE_LIMIT_CODE]: f("rate_limited", "code99991400", RETRY, { uncertain: false }),
  2200: f("rate_limited", "code2200", RETRY, { uncertain: false }),
  99991661: f("fatal", "code99991661", IT, { setup: "token", staleToken: true }),
  // Retried first; still refused after the retries, it is the token, not a passing blip.
  99991663: f("retryable", "code99991663", "hintTokenRetry", {
    uncertain: false,
    setup: "token",
    staleToken: true,
  }),
  99991665: f("retryable", "code99991665", "hintTenantTokenRetry", {
    uncertain: false,
    setup: "token",
    staleToken: true,
  }),
  99991664: f("fatal", "code99991664", IT, { setup: "token" }),
  99991668: f("fatal", "code99991668", IT, { setup: "token" }),
  99991671: f("fatal", "code99991671", IT, { setup: "token", staleToken: true }),
  99991672: f("permission", "code99991672", "hintScope", { setup: "scope" }),
  99991401: f("permission", "code99991401", "hintIpList", { setup: "ip-list" }),
  99991403: f("fatal", "code99991403", "hintQuota", { setup: "quota" }),
  // Also the token endpoint's answer for an unknown or missing app_id (docs/feishu-api.md §11).
  10003: f("invalid", "code10003", FIX, { setup: "token" }),
  10013: f("fatal", "code10013", IT),
  10014: f("fatal", "code10014", IT, { setup: "token" }),
  10015: f("fatal", "code10015", IT, { setup: "token" }),
  20002: f("fatal", "code20002", IT, { setup: "token" }),
  [P.unauthenticated]: p("permission", "proxyUnauthenticated", "hintCheckKey", { setup: "key" }),
  [P.forbidden]: p("permission", "proxyForbidden", "hintForbidden", { setup: "allow-list" }),
  [P.missingRole]: p("permission", "proxyMissingRole", "hintMissingRole"),
  // The ledger holds this key for another body: nothing was sent; the row must change, not be retried.
  [P.keyConflict]: p("invalid", "proxyKeyConflict", "hintKeyConflict"),
  [P.callerRateLimited]: p("rate_limited", "proxyCallerRateLimited", RETRY),
  [P.upstreamBusy]: p("rate_limited", "proxyUpstreamBusy", RETRY),
  [P.upstreamUnreachable]: p("retryable", "proxyUpstreamUnreachable", RETRY),
  [P.upstreamTimeout]: p("retryable", "proxyUpstreamTimeout", RETRY, { uncertain: true }),
  [P.bodyTooLarge]: p("invalid", "proxyBodyTooLarge", FIX),
  [P.badRequest]: p("invalid", "proxyBadRequest", FIX),
  [P.notFound]: p("fatal", "proxyNotFound", "hintProxyPath"),
  [P.internal]: p("fatal", "proxyInternal", ASK),
  [P.tokenUnavailable]: p("fatal", "proxyTokenUnavailable", IT, { setup: "token" }),
  // The proxy cannot fetch Entra's signing keys now: nothing was sent, a later try may pass.
  [P.signInUnavailable]: p("retryable", "proxySignInUnavailable", "hintSignInUnavailable"),
} as const satisfies Record<number, CodeMeaning>;

/** The codes the table marks `person` (1220004 unknown, 1220005 outside the data range); a test keeps them equal. */
export type PersonRefusal = 1220004 | 1220005;

/** The table's row for a code; undefined for a code it does not know. */
export const codeMeaning = (code: number | null | undefined): CodeMeaning | undefined =>
  code == null ? undefined : (CODES as Record<number, CodeMeaning>)[code];

/** What setup fault an answer's code names; null when the row, not the setup, is at fault. */
export const setupFaultOf = (code: number | null | undefined): SetupFault | null =>
  codeMeaning(code)?.setup ?? null;

export const isSetupFailure = (o: { code: number | null }): boolean => setupFaultOf(o.code) !== null;

export const isPersonRefusal = (code: number | null): code is PersonRefusal =>
  codeMeaning(code)?.person === true;

export const isStaleToken = (code: number | null): boolean => codeMeaning(code)?.staleToken === true;
