/**
 * Before a send: read what Feishu holds for the run's people and days (records/plan.ts,
 * read-records.ts) and compare the rows with it (records/look.ts). People Feishu refuses by id
 * come back too, so the caller remembers them (people/book.ts) and their rows are flagged
 * before anything is sent.
 */
import type { EmployeeType } from "../feishu/schemas";
import type { Issue, PreparedRecord } from "../model";
import type { Outcome } from "../outcome";
import { isPending, rowState, type RowVerdict } from "../row-state";
import { dayOfTime } from "../feishu/calendar";
import { recordOfRow, type FeishuRecord } from "../records/feishu-record";
import { lookBeforeWrite, type LookResult } from "../records/look";
import { planQueries, type DaySpan } from "../records/plan";
import { readFeishuRecords, type ReadOptions, type RefusedPerson } from "./read-records";

export interface LookBeforeSendOptions extends Pick<
  ReadOptions,
  "transport" | "clock" | "policy" | "signal"
> {
  records: readonly PreparedRecord[];
  /** Every row's verdict: the approval IDs they hold are this workbook's own records. */
  rows: readonly RowVerdict[];
  employeeType: EmployeeType;
  nowMs: number;
}

export interface LookBeforeSend extends LookResult {
  refused: RefusedPerson[];
  /** What Feishu holds for the run's people and days (passed records). */
  held: FeishuRecord[];
  calls: number;
  /** The read could not finish: nothing should be sent on a partial look. */
  failure: Outcome | null;
  cancelled: boolean;
}

/** Each record's person and days. */
export function spansOf(records: readonly PreparedRecord[]): DaySpan[] {
  const spans: DaySpan[] = [];
  for (const r of records) {
    const row = recordOfRow(r);
    const first = dayOfTime(row.start),
      last = dayOfTime(row.end);
    if (first !== null && last !== null) spans.push({ userId: row.userId, first, last });
  }
  return spans;
}

export async function lookBeforeSend(o: LookBeforeSendOptions): Promise<LookBeforeSend> {
  const plan = planQueries(spansOf(o.records), o.nowMs);
  const read = await readFeishuRecords(plan, {
    transport: o.transport,
    employeeType: o.employeeType,
    clock: o.clock,
    policy: o.policy,
    signal: o.signal,
  });
  const ownApprovalIds = new Set(o.rows.flatMap((v) => (v.stored.approvalId ? [v.stored.approvalId] : [])));
  const refusedIds = new Set(read.refused.map((p) => p.userId));
  const looked = lookBeforeWrite(
    o.records.filter((r) => !refusedIds.has(r.body.user_approval.user_id)),
    read.records,
    { ownApprovalIds },
  );
  return {
    ...looked,
    refused: read.refused,
    held: read.records,
    calls: read.calls,
    failure: read.failure,
    cancelled: read.cancelled,
  };
}

/** A checked workbook as the pane holds it (its Prepared). */
export interface Checked {
  issues: Issue[];
  /** Absent for a live repaint, which carries only its rows' verdicts. */
  records?: PreparedRecord[];
  rows: RowVerdict[];
}

/**
 * The check with the look's issues added to rows still to send: a row with an error from it
 * is invalid (row-state.ts) and leaves the records to send, its verdict keeping the record its
 * cells make (to adopt an approval ID for it). Rows written meanwhile keep theirs.
 */
export function withFeishuIssues<T extends Checked>(checked: T, issues: readonly Issue[]): T {
  const key = (kind: string, row: number) => `${kind}:${row}`;
  const open = new Map(checked.rows.filter((v) => isPending(v.state)).map((v) => [key(v.kind, v.row), v]));
  const added = issues.filter((i) => open.has(key(i.kind, i.row)));
  if (added.length === 0) return checked;
  const blocked = new Set(added.filter((i) => i.severity === "error").map((i) => key(i.kind, i.row)));
  return {
    ...checked,
    issues: [...checked.issues, ...added],
    ...(checked.records ? { records: checked.records.filter((r) => !blocked.has(key(r.kind, r.row))) } : {}),
    rows: checked.rows.map((v) =>
      blocked.has(key(v.kind, v.row))
        ? { ...v, state: rowState({ blank: false, hasErrors: true, stored: v.stored }) }
        : v,
    ),
  };
}
