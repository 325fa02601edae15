/**
 * Answers that say the setup, not the row, is broken: the proxy cannot get a token, the
 * proxy key or the Feishu app is refused, the app lacks a scope or is blocked by its IP
 * allow-list or quota (docs/feishu-api.md §4.2). Every further row would fail the same way,
 * so a run stops at the first one and leaves the rest pending for IT to fix.
 */
import { PROXY_CODES } from "./proxy-codes";
import type { Outcome } from "../outcome";

const SETUP_CODES: ReadonlySet<number> = new Set([
  PROXY_CODES.unauthenticated,
  PROXY_CODES.forbidden,
  PROXY_CODES.tokenUnavailable,
  1220002, // the token carries no tenant
  10003, // the token endpoint: unknown app id
  10014, // the token endpoint: app secret invalid
  10015,
  20002,
  99991661,
  99991663, // still refused after the retries: the token, not a passing blip
  99991664,
  99991665,
  99991668,
  99991671,
  99991672, // a scope is missing
  99991401, // the app's IP allow-list
  99991403, // the month's quota
]);

export const isSetupFailure = (o: Pick<Outcome, "code">): boolean =>
  o.code !== null && SETUP_CODES.has(o.code);
