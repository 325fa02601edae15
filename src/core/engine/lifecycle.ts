/**
 * Revoke and replace runs, with the pool, progress, cancel and retry budget of sending.
 * 1. Journal: every row's approval ID goes `revoke-pending` in the history (a replace also
 *    records the new key), and replaced rows are marked `replacing`; both are awaited BEFORE
 *    anything is sent, so a run cut short leaves what the next run needs to finish it.
 * 2. Per row: revoke the old record exactly once in effect (revoke.ts); a replace then sends
 *    the row with the journaled key (deliver.ts: "already exists" is resolved by query).
 *    Revoke first, send second: a row never has two live records in Feishu.
 * 3. resumeLifecycle (lifecycle-resume.ts) finishes what the history says was cut short.
 */
import { isSetupFailure } from "../feishu/codes";
import type { Locale } from "../i18n";
import {
  entryForRow,
  liveEntry,
  recordSpan,
  type ApprovalEntry,
  type ApprovalHistory,
} from "../lifecycle/history";
import type { PreparedRecord } from "../model";
import type { Outcome } from "../outcome";
import { replacementKey, type RowState, type RowVerdict } from "../row-state";
import { deliver } from "./deliver";
import {
  CUT_SHORT,
  SEND_PENDING,
  replacedResult,
  replaceFailedResult,
  replacingResult,
  revokedResult,
  revokeFailedResult,
} from "./lifecycle-results";
import { runPool } from "./pool";
import { formatTimestamp } from "./results";
import { withKey } from "./resume";
import { RunSetup, type StopReason } from "./run-setup";
import { revokeApproval, type Revocation } from "./revoke";
import { DEFAULT_CONCURRENCY } from "./submit";
import type { LifecycleTransport, SubmitOptions } from "./types";

/** A row to revoke (its verdict) or to replace (its verdict and the record its cells make now). */
export type LifecycleJob = { verdict: RowVerdict; record?: PreparedRecord };

export interface LifecycleOptions extends Pick<
  SubmitOptions,
  | "clock"
  | "concurrency"
  | "maxAttempts"
  | "maxSends"
  | "baseDelayMs"
  | "maxDelayMs"
  | "maxRetryMs"
  | "pacePerSecond"
  | "signal"
  | "onProgress"
  | "onResults"
  | "batchSize"
  | "flushMs"
  | "random"
  | "proxyProbe"
> {
  transport: LifecycleTransport;
  /** The workbook's history; the run changes it in place. */
  history: ApprovalHistory;
  /** Saves the whole history (the hidden history sheet). The journal save is awaited before any send. */
  onHistory: (history: ApprovalHistory) => void | Promise<void>;
  locale?: Locale;
}

export interface LifecycleSummary {
  revoked: number;
  replaced: number;
  /** Feishu refused: not revoked, or the new record not written (the row says why). */
  failed: number;
  cancelled: number;
  /** Cut short or unconfirmed: the next run (resumeLifecycle) finishes them. */
  unresolved: number;
  retries: number;
  elapsedMs: number;
  stoppedBy: StopReason;
  setup?: Outcome;
}

type Step = { job: LifecycleJob; entry: ApprovalEntry; replace: boolean; before: RowState };

/** Revokes the rows' records: each row becomes Revoked, with the time. */
export const revokeRows = (rows: readonly RowVerdict[], o: LifecycleOptions) =>
  runLifecycle(
    rows.map((verdict) => ({ verdict })),
    false,
    o,
  );

/** Replaces each row's record in Feishu by what its cells hold now: revoke the old, then send the new. */
export const replaceRows = (jobs: readonly Required<LifecycleJob>[], o: LifecycleOptions) =>
  runLifecycle(jobs, true, o);

/** One revoke (`replace` false) or replace run; entries a run cut short pick up where they stopped. */
export async function runLifecycle(
  jobs: readonly LifecycleJob[],
  replace: boolean,
  o: LifecycleOptions,
): Promise<LifecycleSummary> {
  const { history } = o;
  let saving: Promise<void> = Promise.resolve();
  let saveQueued = false;
  let saveFailed = false;
  const save = () => {
    if (saveQueued) return;
    saveQueued = true;
    saving = saving.then(async () => {
      saveQueued = false;
      try {
        await o.onHistory(history);
      } catch {
        saveFailed = true;
      }
    });
  };
  // The journal first: what a batch of results reports is in the history before it reaches the rows.
  const run = new RunSetup({
    ...o,
    onResults: async (batch) => {
      save();
      await saving;
      if (saveFailed) throw new Error("The history sheet could not be written");
      await o.onResults?.(batch);
    },
  });
  const locale = o.locale ?? "zh-CN";
  const { now, started, batcher } = run;
  const summary: LifecycleSummary = {
    revoked: 0,
    replaced: 0,
    failed: 0,
    cancelled: 0,
    unresolved: 0,
    retries: 0,
    elapsedMs: 0,
    stoppedBy: null,
  };
  const stamp = () => formatTimestamp(now());

  // 1. The journal, before anything is sent.
  const steps: Step[] = [];
  for (const job of jobs) {
    if (!job.verdict.stored.approvalId || (replace && !job.record)) continue;
    let entry = entryForRow(history, job.verdict, job.record);
    if (entry.state === "live") {
      const nextKey =
        replace && job.record ? replacementKey(job.record.key, history.keysOf(entry.approvalId)) : undefined;
      entry = history.update(entry.approvalId, {
        state: "revoke-pending",
        intent: replace ? "replace" : "revoke",
        nextKey,
        row: job.verdict.row,
        changedAt: stamp(),
      }) as ApprovalEntry;
    } else if (!history.unfinished().some((e) => e.approvalId === entry.approvalId)) continue;
    const before: RowState =
      job.verdict.state === "replacing" || job.verdict.state === "revoked" ? "edited" : job.verdict.state;
    steps.push({ job, entry, replace, before });
  }
  try {
    if (steps.length) await o.onHistory(history);
    if (replace && steps.length && o.onResults)
      await o.onResults(steps.map((s) => replacingResult(s.job.verdict, locale)));
  } catch {
    return { ...summary, stoppedBy: "results", elapsedMs: now() - started };
  }

  const progress = run.progress(steps.length);
  progress.report();
  const quiet = run.progress(steps.length, true);
  const ctx = { ...run.context(progress), transport: o.transport };
  const stopped = () => run.stopped() || saveFailed;

  const revokeStep = async (s: Step): Promise<boolean> => {
    const id = s.entry.approvalId;
    const r: Revocation = await revokeApproval(s.entry, ctx);
    const at = s.job.verdict;
    switch (r.status) {
      case "revoked":
        history.update(id, {
          state: "revoked",
          intent: s.replace ? "replace" : undefined,
          changedAt: stamp(),
        });
        if (!s.replace) {
          summary.revoked++;
          batcher.add(revokedResult(at, now(), r.already, locale));
        }
        return true;
      case "failed":
        history.update(id, { state: "live", intent: undefined, nextKey: undefined, changedAt: stamp() });
        summary.failed++;
        if (r.unresolved) summary.unresolved++;
        batcher.add(revokeFailedResult(at, s.before, r.note, r.outcome, locale));
        return false;
      case "unknown":
        summary.unresolved++;
        batcher.add(
          s.replace
            ? replacingResult(at, locale, r.note, r.outcome)
            : revokeFailedResult(at, s.before, r.note, r.outcome, locale),
        );
        return false;
      case "setup":
      case "cancelled":
        if (r.status === "setup") run.setupFailed(r.outcome);
        summary.cancelled++;
        if (r.uncertain) return false; // stays revoke-pending: the next run confirms it
        history.update(id, { state: "live", intent: undefined, nextKey: undefined });
        if (s.replace) batcher.add(revokeFailedResult(at, s.before, CUT_SHORT, null, locale));
        return false;
    }
  };

  const sendStep = async (s: Step): Promise<void> => {
    const old = s.entry.approvalId;
    const record = withKey(
      s.job.record as PreparedRecord,
      history.get(old)?.nextKey ?? (s.job.record as PreparedRecord).key,
    );
    const d = await deliver(record, { ...ctx, progress: quiet });
    const at = s.job.verdict;
    if (d.status === "submitted") {
      const written = stamp();
      history.put({ ...liveEntry(record, d.approvalId, written), ...recordSpan(record) });
      history.update(old, {
        state: "replaced",
        replacedBy: d.approvalId,
        intent: undefined,
        nextKey: undefined,
        changedAt: written,
      });
      summary.replaced++;
      batcher.add(replacedResult(record, d.approvalId, old, now(), locale));
    } else if (d.status === "failed" && !d.note && !isSetupFailure(d.outcome)) {
      history.update(old, { intent: undefined, changedAt: stamp() });
      summary.failed++;
      batcher.add(replaceFailedResult(record, old, d.outcome, locale));
    } else if (d.status === "failed" && run.setupFailed(d.outcome)) {
      summary.cancelled++;
    } else {
      // Unconfirmed, out of tries or cancelled: the journal keeps the key, a resume finishes it.
      if (d.status === "cancelled") summary.cancelled++;
      else summary.unresolved++;
      batcher.add(replacingResult(at, locale, SEND_PENDING, d.status === "cancelled" ? null : d.outcome));
    }
  };

  const reached = await runPool(
    steps,
    o.concurrency ?? DEFAULT_CONCURRENCY,
    async (s) => {
      const needsRevoke = history.get(s.entry.approvalId)?.state === "revoke-pending";
      const revoked = needsRevoke ? await revokeStep(s) : true;
      if (revoked && s.replace && !stopped()) await sendStep(s);
      else if (revoked && s.replace) {
        summary.cancelled++;
        batcher.add(replacingResult(s.job.verdict, locale, SEND_PENDING, null));
      }
      progress.finished(revoked);
      save();
    },
    stopped,
  );
  for (const s of steps.slice(reached)) {
    summary.cancelled++;
    if (history.get(s.entry.approvalId)?.state !== "revoke-pending") continue;
    history.update(s.entry.approvalId, { state: "live", intent: undefined, nextKey: undefined });
    if (s.replace) batcher.add(revokeFailedResult(s.job.verdict, s.before, CUT_SHORT, null, locale));
  }
  save();
  await saving;
  await batcher.flush();
  summary.retries = progress.retries + quiet.retries;
  summary.elapsedMs = now() - started;
  return Object.assign(summary, run.verdict(summary.cancelled, saveFailed));
}
