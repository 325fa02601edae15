/**
 * Binds the core's record lifecycle and the Excel adapter to the pane's PaneLifecycle port:
 * the revoke confirmation from the approval history (core lifecycle/choose.ts), and Verify in
 * Feishu as a read of what Feishu holds (engine read-records.ts, passed and revoked statuses,
 * docs/feishu-api.md §10.3) compared row by row (core records/verify.ts).
 */
import { readFeishuRecords } from "../core/engine/read-records";
import type { EmployeeType } from "../core/feishu/schemas";
import { replaceableRows, revokeConfirmation } from "../core/lifecycle/choose";
import {
  replaceRows,
  revokeRows,
  type LifecycleOptions,
  type LifecycleSummary as EngineSummary,
} from "../core/engine/lifecycle";
import { resumeLifecycle } from "../core/engine/lifecycle-resume";
import { formatTimestamp } from "../core/engine/results";
import type { FailedRow } from "../core/run-log";
import { noteWrites, recordSpan } from "../core/lifecycle/history";
import { historyFromRows, historyToRows } from "../core/lifecycle/history-rows";
import type { PreparedRecord, RowResult } from "../core/model";
import { dayIndex } from "../core/records/days";
import { planQueries, type DaySpan } from "../core/records/plan";
import { verifyRows, type SubmittedRow, type VerifyMark } from "../core/records/verify";
import type { RowVerdict } from "../core/row-state";
import type { WorkbookAdapter } from "../excel/types";
import type {
  LifecycleRunOptions,
  LifecycleSummary,
  PaneLifecycle,
  VerifyOptions,
  VerifyResult,
} from "./lifecycle-port";

/** A row's days as the query plans them. */
function spanOf(row: SubmittedRow): DaySpan {
  const { from, to } = recordSpan(row.record);
  return { userId: row.record.body.user_approval.user_id, first: dayIndex(+from), last: dayIndex(+to) };
}

const submitted = (rows: readonly RowVerdict[]): SubmittedRow[] =>
  rows.flatMap((v) =>
    v.record && v.stored.approvalId ? [{ record: v.record, approvalId: v.stored.approvalId }] : [],
  );

/** Reads back the rows' records (per employee ID type) and marks each row. */
export async function verifyInFeishu(o: VerifyOptions, nowMs: number): Promise<VerifyResult> {
  const rows = submitted(o.rows);
  const total = rows.length;
  o.onProgress({ total, sent: 0, ok: 0, failed: 0, retrying: 0, remaining: total, etaMs: null });
  const checks: VerifyMark[] = [];
  let unreachable = 0;
  const types = [...new Set(rows.map((r) => r.record.employeeType))];
  for (const employeeType of types as EmployeeType[]) {
    const ofType = rows.filter((r) => r.record.employeeType === employeeType);
    const plan = planQueries(ofType.map(spanOf), nowMs);
    const reachable = ofType.filter((r) => spanOf(r).first <= plan.reachableUntil);
    unreachable += ofType.length - reachable.length;
    const read = await readFeishuRecords(plan, {
      transport: o.client.transport,
      employeeType,
      statuses: [2, 3, 4],
      signal: o.signal,
    });
    if (read.cancelled) break;
    if (read.failure) throw new Error(read.failure.detail ?? read.failure.message.en);
    checks.push(...verifyRows(reachable, read.records));
    const done = checks.length;
    o.onProgress({
      total,
      sent: done,
      ok: done,
      failed: 0,
      retrying: 0,
      remaining: total - done,
      etaMs: null,
    });
  }
  return { checks, unreachable };
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
  await adapter.writeResults(results);
  const history = historyFromRows(await adapter.readHistory());
  if (
    noteWrites(
      history,
      rows.map((r) => r.record),
      results,
    ) > 0
  )
    await adapter.writeHistory(historyToRows(history));
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
  const history = historyFromRows(await adapter.readHistory());
  const failures: FailedRow[] = [];
  const options: LifecycleOptions = {
    transport: o.client.transport,
    history,
    onHistory: (h) => adapter.writeHistory(historyToRows(h)),
    onResults: (batch) => {
      for (const r of batch)
        if (r.status === "failed")
          failures.push({ kind: r.kind, row: r.row, message: r.message ?? "", detail: r.detail });
      return adapter.writeResults(batch);
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
  return { ...summary, failures };
}

export function createPaneLifecycle(adapter: WorkbookAdapter, now: () => number = Date.now): PaneLifecycle {
  return {
    revoke: {
      confirmation: (rows) => confirmationOf(adapter, rows),
      run: (o) => runLifecycle(adapter, "revoke", o),
    },
    replace: (o) => runLifecycle(adapter, "replace", o),
    verify: (o) => verifyInFeishu(o, now()),
    adopt: (rows) => adoptApprovals(adapter, rows, now()),
  };
}
