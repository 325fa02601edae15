/**
 * Binds the core's record lifecycle and the Excel adapter to the pane's PaneLifecycle port:
 * the revoke confirmation from the approval history (core lifecycle/choose.ts), and Verify in
 * Feishu as a read of what Feishu holds (engine read-records.ts, passed and revoked statuses,
 * docs/feishu-api.md §10.3) compared row by row (core records/verify.ts).
 */
import { readFeishuRecords } from "../core/engine/read-records";
import type { EmployeeType } from "../core/feishu/schemas";
import { revokeConfirmation } from "../core/lifecycle/choose";
import { formatTimestamp } from "../core/engine/results";
import { noteWrites, recordSpan } from "../core/lifecycle/history";
import { historyFromRows, historyToRows } from "../core/lifecycle/history-rows";
import type { PreparedRecord, RowResult } from "../core/model";
import { dayIndex } from "../core/records/days";
import { planQueries, type DaySpan } from "../core/records/plan";
import { verifyRows, type SubmittedRow, type VerifyMark } from "../core/records/verify";
import type { RowVerdict } from "../core/row-state";
import type { WorkbookAdapter } from "../excel/types";
import type { PaneLifecycle, VerifyOptions, VerifyResult } from "./lifecycle-port";

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

export function createPaneLifecycle(adapter: WorkbookAdapter, now: () => number = Date.now): PaneLifecycle {
  return {
    verify: (o) => verifyInFeishu(o, now()),
    adopt: (rows) => adoptApprovals(adapter, rows, now()),
  };
}
