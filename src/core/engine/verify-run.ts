/**
 * Verify in Feishu: re-read the records of the rows that hold an approval ID and mark each
 * (records/verify.ts). Records are read as passed and as revoked (3 and 4,
 * docs/feishu-api.md §10.3), by their days; rows whose days lie after tomorrow are looked for by when they were
 * written (records/plan.ts: the last 93 days). A row beyond tomorrow still not found is marked
 * "not yet checkable" (it may have been written earlier), not "not found".
 */
import { messageFor } from "../validate/messages";
import type { RowVerdict } from "../row-state";
import { dayOfTime } from "../feishu/calendar";
import { recordOfRow } from "../records/feishu-record";
import { planQueries } from "../records/plan";
import { verifyRows, type SubmittedRow, type VerifyMark } from "../records/verify";
import { spansOf } from "./look-before-send";
import { readFeishuRecords, type ReadOptions, type ReadResult } from "./read-records";

export interface VerifyRunOptions extends Pick<
  ReadOptions,
  "transport" | "employeeType" | "clock" | "policy" | "signal"
> {
  /** The rows' verdicts; those with an approval ID and a record (their current cells) are verified. */
  rows: readonly RowVerdict[];
  nowMs: number;
}

export interface VerifyRun {
  marks: VerifyMark[];
  /** Every record read (for the Feishu records sheet). */
  read: ReadResult;
}

const STATUSES = [2, 3, 4] as const;

export async function verifyInFeishu(o: VerifyRunOptions): Promise<VerifyRun> {
  const submitted: SubmittedRow[] = o.rows.flatMap((v) =>
    v.stored.approvalId && v.record ? [{ record: v.record, approvalId: v.stored.approvalId }] : [],
  );
  const records = submitted.map((s) => s.record);
  const plan = planQueries(spansOf(records), o.nowMs);
  const beyond = (r: (typeof records)[number]) =>
    (dayOfTime(recordOfRow(r).start) ?? 0) > plan.reachableUntil;
  const read = await readFeishuRecords(plan, { ...o, statuses: STATUSES });
  const marks = verifyRows(submitted, read.records).map((m, i): VerifyMark => {
    if (m.state !== "not_found" || !beyond(submitted[i].record)) return m;
    return {
      ...m,
      state: "not_checkable",
      message: messageFor("verify_not_checkable", { value: m.approvalId }),
    };
  });
  return { marks, read };
}
