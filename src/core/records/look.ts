/**
 * Look before writing: each pending row against what Feishu already holds for its person
 * (docs/feishu-api.md §1.1: writing is insert-only, so a second record cannot be undone by sending).
 * - equal in kind, type, start and end to a passed record → probably written before, whatever the
 *   reason text: not sent; the record's approval ID can be adopted instead;
 * - overlapping a passed record of the same kind that this workbook did not write → error naming it;
 *   of another kind → warning;
 * Days after tomorrow are compared too: the plan reads them by when records were written
 * (records/plan.ts).
 */
import type { Issue, PreparedRecord } from "../model";
import { makeIssue } from "../validate/messages";
import { dayOfTime, monthDay } from "../feishu/calendar";
import { recordOfRow, type FeishuRecord } from "./feishu-record";

export interface Adoptable {
  kind: PreparedRecord["kind"];
  row: number;
  approvalId: string;
}

export interface LookResult {
  /** Row issues (errors keep the row from being sent). */
  issues: Issue[];
  /** Rows Feishu probably holds already, with the approval ID to adopt instead of sending. */
  adoptable: Adoptable[];
}

export interface LookOptions {
  /** Approval IDs this workbook wrote (any row, any history): their overlaps are the workbook's own. */
  ownApprovalIds: ReadonlySet<string>;
}

type Flat = Omit<FeishuRecord, "approvalId" | "status">;

/** `01-21 09:00–18:00`, or `01-21 09:00 – 01-23 18:00` across days. */
export function spanText(start: string, end: string): string {
  const d1 = dayOfTime(start),
    d2 = dayOfTime(end);
  if (d1 === null || d2 === null) return `${start} – ${end}`;
  const t1 = start.slice(11, 16),
    t2 = end.slice(11, 16);
  return d1 === d2 ? `${monthDay(d1)} ${t1}–${t2}` : `${monthDay(d1)} ${t1} – ${monthDay(d2)} ${t2}`;
}

/** Trips count whole days (docs/feishu-api.md §1.6): with one on either side, days are compared. */
export function overlaps(a: Flat, b: Flat): boolean {
  if (a.kind === "trip" || b.kind === "trip") {
    const [a1, a2, b1, b2] = [a.start, a.end, b.start, b.end].map(dayOfTime);
    return a1 !== null && a2 !== null && b1 !== null && b2 !== null && a1 <= b2 && b1 <= a2;
  }
  return a.start < b.end && b.start < a.end;
}

export const sameRecord = (a: Flat, b: Flat): boolean =>
  a.kind === b.kind && a.typeKey === b.typeKey && a.start === b.start && a.end === b.end;

export function lookBeforeWrite(
  records: readonly PreparedRecord[],
  held: readonly FeishuRecord[],
  options: LookOptions,
): LookResult {
  const byUser = new Map<string, FeishuRecord[]>();
  for (const h of held) {
    if (h.status !== 2) continue;
    const list = byUser.get(h.userId) ?? [];
    list.push(h);
    byUser.set(h.userId, list);
  }
  const issues: Issue[] = [];
  const adoptable: Adoptable[] = [];
  for (const record of records) {
    const row = recordOfRow(record);
    // A record under this row's own key is its own earlier send (an interrupted run): the engine
    // confirms it with that key, so it is neither a foreign overlap nor "written before".
    const theirs = (byUser.get(row.userId) ?? []).filter((h) => h.idempotentId !== record.key);
    const same = theirs.find((h) => sameRecord(row, h));
    if (same) {
      adoptable.push({ kind: record.kind, row: record.row, approvalId: same.approvalId });
      issues.push(issueAbout(record, same, "feishu_written_before", "error"));
      continue;
    }
    for (const h of theirs) {
      if (options.ownApprovalIds.has(h.approvalId) || !overlaps(row, h)) continue;
      const sameKind = h.kind === record.kind;
      issues.push(
        issueAbout(
          record,
          h,
          sameKind ? "feishu_overlap" : "feishu_overlap_other_kind",
          sameKind ? "error" : "warning",
        ),
      );
    }
  }
  return { issues, adoptable };
}

function issueAbout(
  record: PreparedRecord,
  h: FeishuRecord,
  code: "feishu_written_before" | "feishu_overlap" | "feishu_overlap_other_kind",
  severity: Issue["severity"],
): Issue {
  return makeIssue(record.kind, record.row, null, code, severity, {
    value: h.approvalId,
    other: h.userId,
    what: h.typeName,
    span: { zh: spanText(h.start, h.end), en: spanText(h.start, h.end) },
  });
}
