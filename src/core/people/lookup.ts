/**
 * Asks batch_get_id (through the proxy) about every email and mobile the book has no fresh
 * answer for, one call after another at a pace under both of Feishu's caps for it (50/s and
 * 1000/min, docs/feishu-api.md §5), each call through the attempt loop (engine/attempt.ts). Never throws.
 */
import { attempt, type AttemptContext } from "../engine/attempt";
import { systemClock } from "../engine/clock";
import { createPacer } from "../engine/pool";
import { DEFAULT_RETRY, type RetryPolicy } from "../engine/retry-policy";
import type { AbortSignalLike, Clock } from "../engine/types";
import type { EmployeeType } from "../feishu/schemas";
import type { CallResult, Outcome } from "../outcome";
import type { PeopleBook } from "./book";
import { lookupIdType, type LookupIdType } from "./identify";
import { planLookups, readLookupAnswer, type ContactRef, type LookupBatch } from "./plan";

/** batch_get_id through the proxy: `POST …/batch_get_id?user_id_type=…` with the batch as body. */
export type LookupTransport = (
  idType: LookupIdType,
  body: LookupBatch,
  signal?: AbortSignalLike,
) => Promise<CallResult>;

/** 1000 a minute is one call every 60 ms; 15 a second stays under it with room for other clients. */
export const LOOKUP_PACE_PER_SECOND = 15;

/** How long a looked-up ID is trusted before it is asked again (a setting in the pane). */
export const DEFAULT_LOOKUP_MAX_AGE_MS = 7 * 24 * 3600 * 1000;

export interface LookupOptions {
  refs: Iterable<ContactRef>;
  book: PeopleBook;
  employeeType: EmployeeType;
  transport: LookupTransport;
  clock?: Clock;
  signal?: AbortSignalLike;
  maxAgeMs?: number;
  /** Ask again about everyone (the clerk's "refresh"). */
  refresh?: boolean;
  pacePerSecond?: number;
  policy?: Partial<RetryPolicy>;
}

export interface LookupSummary {
  /** Calls sent, retries included. */
  calls: number;
  /** Emails and mobiles answered. */
  learned: number;
  /** Why the lookups stopped short; null when every batch was answered. */
  failure: Outcome | null;
}

export async function lookupPeople(o: LookupOptions): Promise<LookupSummary> {
  const clock = o.clock ?? systemClock;
  const idType = lookupIdType(o.employeeType);
  const summary: LookupSummary = { calls: 0, learned: 0, failure: null };
  if (!idType) return summary;
  const policy: RetryPolicy = { ...DEFAULT_RETRY, maxAttempts: 5, maxRetryMs: 30_000, ...o.policy };
  const batches = planLookups(o.refs, o.book, idType, {
    now: clock.now(),
    maxAgeMs: o.maxAgeMs ?? DEFAULT_LOOKUP_MAX_AGE_MS,
    refresh: o.refresh,
  });
  const pacer = createPacer(() => clock.now(), o.pacePerSecond ?? LOOKUP_PACE_PER_SECOND);
  const ctx: AttemptContext = { clock, policy, signal: o.signal, pace: () => pacer.reserve() };
  for (const batch of batches) {
    const end = await attempt(
      () => {
        summary.calls++;
        return o.transport(idType, batch, o.signal);
      },
      ctx,
      { read: true },
    );
    if (end.end === "stopped") return summary;
    if (end.end === "answer" && end.outcome.kind === "ok" && "answer" in end.result) {
      for (const e of readLookupAnswer(batch, end.result.answer.body, idType, clock.now())) o.book.learn(e);
      summary.learned += batch.emails.length + batch.mobiles.length;
      continue;
    }
    summary.failure = end.outcome;
    return summary;
  }
  return summary;
}
