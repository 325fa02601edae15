/**
 * Binds the core's record lifecycle and the Excel adapter to the pane's PaneLifecycle port:
 * revoke (its confirmation from the approval history) and replace through the engine's runners,
 * a run cut short finished first; Verify in Feishu (engine verify-run.ts); the Feishu records
 * sheet (a read of passed and revoked records, docs/feishu-api.md §10.3, laid out by core
 * records/records-sheet.ts); adopting a held approval ID.
 */
import { spansOf } from "../core/engine/look-before-send";
import { readFeishuRecords, type ReadResult } from "../core/engine/read-records";
import { verifyInFeishu } from "../core/engine/verify-run";
import { replaceableRows, revokeConfirmation } from "../core/lifecycle/choose";
import {
  replaceRows,
  revokeRows,
  type LifecycleOptions,
  type LifecycleSummary as EngineSummary,
} from "../core/engine/lifecycle";
import { resumeLifecycle } from "../core/engine/lifecycle-resume";
import { formatTimestamp, goneRows } from "../core/engine/results";
import type { FailedRow } from "../core/run-log";
import { ApprovalHistory, noteWrites } from "../core/lifecycle/history";
import { entriesToRows, historyFromRows } from "../core/lifecycle/history-rows";
import type { PreparedRecord, RowResult, TableSnapshot } from "../core/model";
import { planQueries } from "../core/records/plan";
import { recordsSheet } from "../core/records/records-sheet";
import type { RowVerdict } from "../core/row-state";
import type { WorkbookAdapter } from "../excel/types";
import type {
  LifecycleRunOptions,
  LifecycleSummary,
  PaneLifecycle,
  RecordsSheetResult,
  VerifyOptions,
  VerifyResult,
} from "./lifecycle-port";
import { paneJournal } from "./journal";

const progress = (total: number, done: number) => ({
  total,
  sent: done,
  ok: done,
  failed: 0,
  retrying: 0,
  remaining: total - done,
  etaMs: null,
});

/** A read that could not finish is said, not shown as "not found". */
function readOrThrow<T extends { read: ReadResult }>(run: T): T {
  if (run.read.failure && !run.read.cancelled)
    throw new Error(run.read.failure.detail ?? run.read.failure.message.en);
  return run;
}

/** Re-reads the written rows' records and marks each (core engine/verify-run.ts). */
export async function verifyWritten(o: VerifyOptions, nowMs: number): Promise<VerifyResult> {
  const total = o.rows.filter((v) => v.stored.approvalId && v.record).length;
  o.onProgress(progress(total, 0));
  const run = readOrThrow(
    await verifyInFeishu({
      rows: o.rows,
      transport: o.client.transport,
      employeeType: o.employeeType,
      nowMs,
      signal: o.signal,
    }),
  );
  o.onProgress(progress(total, run.marks.length));
  return { checks: run.marks };
}

/** Reads what Feishu holds for the rows' people and days and lists it on the Feishu records sheet. */
export async function listFeishuRecords(
  adapter: WorkbookAdapter,
  o: VerifyOptions,
  nowMs: number,
): Promise<RecordsSheetResult> {
  const records = o.rows.flatMap((v) => (v.record ? [v.record] : []));
  o.onProgress(progress(1, 0));
  const { read } = readOrThrow({
    read: await readFeishuRecords(planQueries(spansOf(records), nowMs), {
      transport: o.client.transport,
      employeeType: o.employeeType,
      statuses: [2, 3, 4],
      signal: o.signal,
    }),
  });
  const history = historyFromRows(await adapter.readHistory());
  const own = new Set([
    ...history.entries().map((e) => e.approvalId),
    ...o.rows.flatMap((v) => (v.stored.approvalId ? [v.stored.approvalId] : [])),
  ]);
  const content = recordsSheet(read.records, own, o.locale);
  await adapter.writeFeishuRecords(content);
  o.onProgress(progress(1, 1));
  const ids = new Set(read.records.map((r) => r.approvalId));
  return { records: content.rows.length, foreign: [...ids].filter((id) => !own.has(id)).length };
}

/** The revoke confirmation, from the rows and the workbook's approval history. */
export async function confirmationOf(adapter: WorkbookAdapter, rows: RowVerdict[]) {
  return revokeConfirmation(rows, historyFromRows(await adapter.readHistory()));
}

/**
 * Adopting: each row takes the approval ID Feishu already holds for it, stamped as written with
 * the key and fingerprint its cells make now, and the ID joins the row's approval history.
 */
export async function adoptApprovals(
  adapter: WorkbookAdapter,
  rows: readonly { record: PreparedRecord; approvalId: string }[],
  nowMs: number,
  contentKeys?: ContentKeys,
): Promise<void> {
  const results: RowResult[] = rows.map(({ record, approvalId }) => ({
    kind: record.kind,
    row: record.row,
    status: "submitted",
    approval_id: approvalId,
    key: record.key,
    fingerprint: record.fingerprint,
    submitted_at: formatTimestamp(nowMs),
  }));
  // The journal first, then the rows.
  const noted = new ApprovalHistory();
  if (
    noteWrites(
      noted,
      rows.map((r) => r.record),
      results,
    ) > 0
  )
    await adapter.mergeHistory(entriesToRows(noted.takeChanged()));
  await adapter.writeResults(results, contentKeys);
}

const NO_SUMMARY: LifecycleSummary = {
  done: 0,
  failed: 0,
  skipped: 0,
  cancelled: 0,
  unresolved: 0,
  failures: [],
};

/** Adds the engine's summary of one part of a run to the pane's. */
function add(to: LifecycleSummary, s: EngineSummary): LifecycleSummary {
  return {
    ...to,
    done: to.done + s.revoked + s.replaced,
    failed: to.failed + s.failed,
    cancelled: to.cancelled + s.cancelled,
    unresolved: to.unresolved + s.unresolved,
  };
}

/**
 * A revoke or replace run: the history read back, anything an earlier run left half done
 * finished first (resumeLifecycle), then the chosen rows; rows and history written as it goes.
 */
export async function runLifecycle(
  adapter: WorkbookAdapter,
  run: "revoke" | "replace",
  o: LifecycleRunOptions,
): Promise<LifecycleSummary> {
  const journal = paneJournal(adapter, () => o.all);
  const rebuilt = await journal.check();
  const history = historyFromRows(await adapter.readHistory());
  const failures: FailedRow[] = [];
  const options: LifecycleOptions = {
    transport: o.client.transport,
    history,
    // Only what changed is merged: entries a co-author or another run wrote meanwhile stay.
    onHistory: async (h) => void (await journal.merge(h.takeChanged())),
    onResults: async (batch) => {
      // Each result lands on the row holding its Approval ID, found as it is written.
      const lost = await adapter.writeResults(batch);
      const gone = new Set(lost);
      for (const r of batch)
        if (r.status === "failed" && !gone.has(r))
          failures.push({ kind: r.kind, row: r.row, message: r.message ?? "", detail: r.detail });
      failures.push(...goneRows(lost, o.locale));
    },
    signal: o.signal,
    onProgress: o.onProgress,
    locale: o.locale,
  };
  const records = (rows: readonly RowVerdict[]) => rows.flatMap((v) => (v.record ? [v.record] : []));
  let summary = NO_SUMMARY;
  const unfinished = new Set(history.unfinished().map((e) => e.approvalId));
  if (unfinished.size) summary = add(summary, await resumeLifecycle(o.all, records(o.all), options));
  // Rows the resume took are done with; the others go now.
  const left = o.rows.filter((v) => !unfinished.has(v.stored.approvalId ?? ""));
  if (!o.signal.aborted && left.length) {
    const s =
      run === "revoke"
        ? await revokeRows(left, options)
        : await replaceRows(replaceableRows(left, records(left)), options);
    summary = add(summary, s);
  }
  return { ...summary, failures, ...(rebuilt > 0 ? { journalRebuilt: rebuilt } : {}) };
}

/** The key each row's cells make (PaneCore.contentKeys): how adopt finds rows that hold no key yet. */
type ContentKeys = (table: TableSnapshot) => readonly (string | undefined)[];

export function createPaneLifecycle(
  adapter: WorkbookAdapter,
  now: () => number = Date.now,
  contentKeys?: ContentKeys,
): PaneLifecycle {
  return {
    revoke: {
      confirmation: (rows) => confirmationOf(adapter, rows),
      run: (o) => runLifecycle(adapter, "revoke", o),
    },
    replace: (o) => runLifecycle(adapter, "replace", o),
    verify: (o) => verifyWritten(o, now()),
    fillRecordsSheet: (o) => listFeishuRecords(adapter, o, now()),
    adopt: (rows) => adoptApprovals(adapter, rows, now(), contentKeys),
  };
}
