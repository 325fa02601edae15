/**
 * The small, stable vocabulary every Feishu or transport answer maps to (docs/architecture.md §8).
 * Only `retryable` and `rate_limited` are retried, always with the same idempotent_id.
 * The mapping itself lives in feishu/outcomes.ts.
 */
import type { Text } from "./i18n";

export const OUTCOME_KINDS = [
  "ok",
  "invalid", // the record itself is wrong: fix the row
  "unknown_user", // the employee ID does not exist or is outside the app's scope
  "permission", // the app, the proxy credential or the attendance data scope forbids it: IT fixes it
  "period_closed", // the attendance period is sealed (封账)
  "duplicate", // Feishu already holds a record with this idempotent_id
  "rate_limited", // too many calls: wait and retry
  "retryable", // a passing fault: retry with the same key
  "fatal", // cannot be fixed by retrying or by editing the row (configuration, quota)
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export type TransportFailureType = "timeout" | "reset" | "refused" | "aborted" | "network";

/** What came back from one HTTP call: status, lower-case headers, parsed JSON body (or text). */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string | undefined>;
  body: unknown;
}

/** Either an answer or a transport failure; `sent` says whether the request may have reached Feishu. */
export type CallResult =
  { answer: HttpAnswer } | { failure: { type: TransportFailureType; sent: boolean; message?: string } };

export interface Outcome {
  kind: OutcomeKind;
  /** The body `code` (Feishu's or the proxy's), null for transport failures. */
  code: number | null;
  httpStatus: number | null;
  /** The record may have been written although we did not hear so (timeout or reset after sending). */
  uncertain: boolean;
  /** How long to wait before retrying, from x-ogw-ratelimit-reset or Retry-After. */
  retryAfterMs: number | null;
  /** Clerk-facing: what happened. */
  message: Text;
  /** Clerk-facing: what to do, and who (the clerk or IT). */
  hint: Text;
  /** Upstream text kept for the audit trail and the Message column (msg, 1225001 error records). */
  detail: string | null;
  /** approval_ids from a success, in the order of the records in the request. */
  approvalIds: string[];
}

export const isRetryable = (o: Outcome): boolean => o.kind === "retryable" || o.kind === "rate_limited";
