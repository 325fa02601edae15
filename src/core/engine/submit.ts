/**
 * submitRecords: the records chosen for submission to Feishu, exactly once in effect.
 * 1. Skip records whose key already has an approval_id.
 * 2. Mark the rest `submitting` (with key) and wait for that batch to be written.
 * 3. Deliver through a bounded pool; results go out in batches, progress as it happens.
 * 4. On cancel, stop scheduling, let in-flight sends finish, leave the rest pending.
 * 5. A setup failure (feishu/codes.ts) or a lost proxy (proxy-watch.ts) stops the run the same
 *    way: the rows it hit and the rest stay pending, none is stamped failed. The run's setup
 *    (policy, batcher, pacer, stop verdict) is run-setup.ts, shared with revoke and replace. A person Feishu refuses
 *    (1220004/1220005) is reported once, and their later rows in the run are held, not sent.
 */
import { messageText } from "../catalog";
import { isPersonRefusal } from "../feishu/codes";
import type { PreparedRecord } from "../model";
import type { Outcome } from "../outcome";
import { deliver, PROXY_LOST, type Delivery } from "./deliver";
import { runPool } from "./pool";
import { deliveryResult, submittingResult } from "./results";
import { journaledResults } from "./journal";
import { isResumed } from "./resume";
import { RunSetup } from "./run-setup";
import type { SubmitOptions, SubmitSummary } from "./types";

export const DEFAULT_CONCURRENCY = 16;

const SETUP_STOP = messageText("run.setupStop");

export async function submitRecords(options: SubmitOptions): Promise<SubmitSummary> {
  const toSend = options.records.filter((r) => !options.existing?.get(r.key));
  // Every result is journaled before it reaches the row (journal.ts).
  const onResults = journaledResults(toSend, options.onResults, options.onJournal);
  const run = new RunSetup({ ...options, onResults });
  const locale = options.locale ?? "zh-CN";
  const summary = emptySummary({ skipped: options.records.length - toSend.length });
  const { batcher } = run;
  const progress = run.progress(toSend.length);

  // The marker batch: written before anything is sent, or nothing is sent at all.
  if (toSend.length && onResults) await onResults(toSend.map((r) => submittingResult(r, locale)));
  progress.report();
  const stopTicker = run.startTicker();
  const ctx = { ...run.context(progress), transport: options.transport };
  const refused = new Map<string, Outcome>();

  const record = (r: PreparedRecord, given: Delivery) => {
    let d = given;
    if (d.status === "failed" && run.setupFailed(d.outcome))
      d = { status: "cancelled", uncertain: false, sent: false, reason: SETUP_STOP };
    else if (d.status === "failed" && isPersonRefusal(d.outcome.code)) {
      refused.set(r.body.user_approval.user_id, d.outcome);
      options.onPersonRefused?.(r, d.outcome.code);
    } else if (d.status === "cancelled" && !d.reason && !d.uncertain)
      d = { ...d, reason: run.setup ? SETUP_STOP : run.watch.lost ? PROXY_LOST : undefined };
    tally(summary, d);
    if (d.status !== "cancelled") progress.finished(d.status === "submitted");
    const result = deliveryResult(r, d, locale, run.now(), isResumed(r));
    if (result) batcher.add(result);
  };
  const reached = await runPool(
    toSend,
    options.concurrency ?? DEFAULT_CONCURRENCY,
    async (r) => {
      const held = refused.get(r.body.user_approval.user_id);
      record(r, held ? { status: "held", outcome: held } : await deliver(r, ctx));
    },
    () => run.stopped(),
  );
  for (const r of toSend.slice(reached)) record(r, { status: "cancelled", uncertain: false, sent: false });

  await stopTicker();
  await batcher.flush();
  summary.retries = progress.retries;
  summary.elapsedMs = run.now() - run.started;
  // Results that could not be written leave their rows `submitting`: a resume confirms them.
  return Object.assign(summary, run.verdict(summary.cancelled));
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
      // Maybe written: not confirmed, which is not failed. Each row is counted once.
      s.unresolved++;
      return;
    case "failed": {
      s.failed++;
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
