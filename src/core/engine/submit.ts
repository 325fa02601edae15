/**
 * submitRecords: the records chosen for submission to Feishu, exactly once in effect.
 * 1. Skip records whose key already has an approval_id.
 * 2. Mark the rest `submitting` (with key) and wait for that batch to be written.
 * 3. Deliver through a bounded pool; results go out in batches, progress as it happens.
 * 4. On cancel, stop scheduling, let in-flight sends finish, leave the rest pending.
 * 5. A setup failure (feishu/codes.ts) stops the run the same way: the rows it hit
 *    and the rest stay pending, none is stamped failed. A person Feishu refuses
 *    (1220004/1220005) is reported once, and their later rows in the run are held, not sent.
 */
import { messageText } from "../catalog";
import { isSetupFailure } from "../feishu/codes";
import type { PreparedRecord } from "../model";
import type { Outcome } from "../outcome";
import { isPersonRefusal } from "../feishu/codes";
import { StopSignal, pause, systemClock } from "./clock";
import { deliver, type Delivery } from "./deliver";
import { createPacer, runPool } from "./pool";
import { ProgressTracker } from "./progress";
import { ResultBatcher, deliveryResult, submittingResult } from "./results";
import { isResumed } from "./resume";
import { DEFAULT_RETRY, type RetryPolicy } from "./retry-policy";
import type { SubmitOptions, SubmitSummary } from "./types";

export const DEFAULT_CONCURRENCY = 16;

const SETUP_STOP = messageText("run.setupStop");

export async function submitRecords(options: SubmitOptions): Promise<SubmitSummary> {
  const clock = options.clock ?? systemClock;
  const locale = options.locale ?? "zh-CN";
  const now = () => clock.now();
  const started = now();
  const policy: RetryPolicy = {
    maxAttempts: options.maxAttempts ?? DEFAULT_RETRY.maxAttempts,
    maxSends: options.maxSends ?? DEFAULT_RETRY.maxSends,
    baseDelayMs: options.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
    maxDelayMs: options.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
    maxRetryMs: options.maxRetryMs ?? DEFAULT_RETRY.maxRetryMs,
    random: options.random ?? DEFAULT_RETRY.random,
  };
  const toSend = options.records.filter((r) => !options.existing?.get(r.key));
  const summary = emptySummary({ skipped: options.records.length - toSend.length });
  const batcher = new ResultBatcher(options.onResults, now, options.batchSize ?? 50, options.flushMs ?? 250);
  const progress = new ProgressTracker(toSend.length, now, options.onProgress);

  // The marker batch: written before anything is sent, or nothing is sent at all.
  if (toSend.length && options.onResults)
    await options.onResults(toSend.map((r) => submittingResult(r, locale)));
  progress.report();

  const stopTicker = new StopSignal();
  const flushMs = options.flushMs ?? 250;
  const ticker = (async () => {
    while (!stopTicker.aborted) {
      await pause(clock, flushMs, stopTicker);
      batcher.tick();
    }
  })();

  const pacer = createPacer(now, options.pacePerSecond);
  const ctx = {
    transport: options.transport,
    clock,
    policy,
    progress,
    signal: options.signal,
    pace: () => pacer.reserve(),
  };
  let setup: Outcome | null = null;
  const refused = new Map<string, Outcome>();
  const stopped = () => !!options.signal?.aborted || batcher.failure !== null || setup !== null;

  const record = (r: PreparedRecord, given: Delivery) => {
    let d = given;
    if (d.status === "failed" && isSetupFailure(d.outcome)) {
      setup ??= d.outcome;
      d = { status: "cancelled", uncertain: false, sent: false, reason: SETUP_STOP };
    } else if (d.status === "failed" && isPersonRefusal(d.outcome.code)) {
      refused.set(r.body.user_approval.user_id, d.outcome);
      options.onPersonRefused?.(r, d.outcome.code);
    } else if (d.status === "cancelled" && setup) d = { ...d, reason: SETUP_STOP };
    tally(summary, d);
    if (d.status !== "cancelled") progress.finished(d.status === "submitted");
    const result = deliveryResult(r, d, locale, clock.now(), isResumed(r));
    if (result) batcher.add(result);
  };
  const reached = await runPool(
    toSend,
    options.concurrency ?? DEFAULT_CONCURRENCY,
    async (r) => {
      const held = refused.get(r.body.user_approval.user_id);
      record(r, held ? { status: "held", outcome: held } : await deliver(r, ctx));
    },
    stopped,
  );
  for (const r of toSend.slice(reached)) record(r, { status: "cancelled", uncertain: false, sent: false });

  stopTicker.stop();
  await ticker;
  await batcher.flush();
  summary.retries = progress.retries;
  summary.elapsedMs = clock.now() - started;
  // Results that could not be written leave their rows `submitting`: a resume confirms them.
  if (batcher.failure !== null) summary.stoppedBy = "results";
  else if (setup) Object.assign(summary, { stoppedBy: "setup", setup });
  else if (summary.cancelled > 0 && options.signal?.aborted) summary.stoppedBy = "cancel";
  return summary;
}

function tally(s: SubmitSummary, d: Delivery): void {
  switch (d.status) {
    case "submitted":
      s.written++;
      return;
    case "cancelled":
      s.cancelled++;
      return;
    case "held":
      s.held++;
      return;
    case "unknown":
      s.failed++;
      s.unresolved++;
      s.failedBy.unknown = (s.failedBy.unknown ?? 0) + 1;
      return;
    case "failed": {
      s.failed++;
      if (d.note) s.unresolved++; // retries ran out: not a verdict on the row itself
      const kind = d.outcome.kind;
      s.failedBy[kind] = (s.failedBy[kind] ?? 0) + 1;
    }
  }
}

/** A summary with nothing counted yet (`over` sets any field). */
export function emptySummary(over: Partial<SubmitSummary> = {}): SubmitSummary {
  return {
    written: 0,
    failed: 0,
    skipped: 0,
    cancelled: 0,
    held: 0,
    failedBy: {},
    unresolved: 0,
    retries: 0,
    elapsedMs: 0,
    stoppedBy: null,
    ...over,
  };
}
