/**
 * showIssues(): each row's reasons in its Message column, its Status (invalid / ready) and
 * highlights. Highlights are two conditional-format rules per table that read a hidden marks
 * column ("|3|5|" = error in sheet columns 3 and 5, "!7!" = warning in 7), so showing or
 * clearing them is a plain column write: the clerk's own fills and formats are never touched,
 * and the cost follows the rows written, not the number of bad cells.
 */
import type { Locale } from "../core/i18n";
import type { RecordKind } from "../core/kinds";
import type { Issue, RowStatus } from "../core/model";
import { issueText, joinMessages } from "../core/validate/issue-text";
import { writeColumn } from "./cells";
import type { TableLayout } from "./layout";
import type { XlCell, XlConditionalFormats, XlContext, XlRange } from "./office-subset";
import type { AdapterSession } from "./session";
import { VALIDATION_STATUSES, statusFromLabel, statusLabel } from "./status-labels";
import { layHighlightRules } from "./template-format";
import { isOurRule } from "./template-plan";

export interface RowMarks {
  status: RowStatus;
  message: string;
  marks: string;
}

const MAX_MESSAGE = 2000;

/** The marks, status and message one row gets from its issues (pure). */
export function rowMarks(layout: TableLayout, issues: readonly Issue[], blank: boolean): RowMarks {
  if (blank) return { status: "", message: "", marks: "" };
  const statusCol = layout.index.get("status");
  const sheetCol = (key: string | null) => {
    const at = key === null ? undefined : layout.index.get(key);
    return at === undefined ? null : layout.firstCol + at + 1;
  };
  const errors = new Set<number>();
  const warnings = new Set<number>();
  for (const i of issues) {
    const c = sheetCol(i.column) ?? (statusCol === undefined ? null : layout.firstCol + statusCol + 1);
    if (c !== null) (i.severity === "error" ? errors : warnings).add(c);
  }
  const hasError = issues.some((i) => i.severity === "error");
  if (statusCol !== undefined && issues.length > 0)
    (hasError ? errors : warnings).add(layout.firstCol + statusCol + 1);
  for (const c of errors) warnings.delete(c);
  const marks =
    (errors.size ? `|${[...errors].join("|")}|` : "") + (warnings.size ? `!${[...warnings].join("!")}!` : "");
  return {
    status: hasError ? "invalid" : "ready",
    message: messageOf(issues, layout.locale),
    marks,
  };
}

function messageOf(issues: readonly Issue[], locale: Locale): string {
  const sorted = [...issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1,
  );
  const parts = sorted.map((i) => issueText(i, locale));
  const joined = joinMessages(parts, locale);
  return joined.length > MAX_MESSAGE ? `${joined.slice(0, MAX_MESSAGE - 1)}…` : joined;
}

type Scope = { kind: RecordKind; rows?: number[] }[];

export async function showIssues(session: AdapterSession, issues: Issue[], scope: Scope): Promise<void> {
  const kinds = [...new Set(scope.map((s) => s.kind))];
  if (kinds.length === 0) return;
  const { chunkRows } = session.deps;
  await session.deps.run(async (context) => {
    const { layouts, extra: rules } = await session.locate(
      context,
      kinds,
      (names) =>
        new Map(
          kinds
            .filter((k) => names.has(k))
            .map((k) => [
              k,
              context.workbook.tables
                .getItem(names.get(k) as string)
                .getDataBodyRange()
                .conditionalFormats.load("items/type, items/customOrNullObject/rule/formula"),
            ]),
        ),
    );
    const plans = layouts.map((layout) => {
      const entry = scope.find((s) => s.kind === layout.kind);
      const rows = entry?.rows
        ? [...new Set(entry.rows)].filter((r) => r >= 0 && r < layout.rowCount)
        : Array.from({ length: layout.rowCount }, (_, r) => r);
      return { layout, rows, unknownStatus: unknownStatusRows(session, layout, rows) };
    });
    const statusLoads = queueStatusLoads(context, plans);
    if (statusLoads.length > 0) await context.sync();
    for (const { layout, row, range } of statusLoads) rememberStatus(session, layout.kind, row, range);

    const byRow = new Map<string, Issue[]>();
    for (const i of issues) byRow.set(`${i.kind}:${i.row}`, [...(byRow.get(`${i.kind}:${i.row}`) ?? []), i]);
    for (const { layout, rows } of plans) {
      const table = context.workbook.tables.getItem(layout.tableName);
      const blank = session.blankRows.get(layout.kind);
      const known = session.statuses.get(layout.kind) ?? [];
      const status: XlCell[] = [];
      const message: XlCell[] = [];
      const marks: XlCell[] = [];
      for (const r of rows) {
        const m = rowMarks(layout, byRow.get(`${layout.kind}:${r}`) ?? [], blank?.has(r) ?? false);
        const owned = VALIDATION_STATUSES.has(known[r]);
        status.push(owned ? statusLabel(m.status, layout.locale) : null);
        message.push(owned || m.message ? m.message : null);
        marks.push(m.marks);
        if (owned) known[r] = m.status;
      }
      session.statuses.set(layout.kind, known);
      const at = (key: string) => layout.index.get(key);
      if (at("status") !== undefined) writeColumn(table, at("status") as number, rows, status, chunkRows);
      if (at("message") !== undefined) writeColumn(table, at("message") as number, rows, message, chunkRows);
      if (layout.marks === null) continue;
      writeColumn(table, layout.marks, rows, marks, chunkRows);
      const cfs: XlConditionalFormats | undefined = rules.get(layout.kind);
      if (cfs && session.ruleRows.get(layout.kind) !== layout.rowCount && layout.rowCount > 0) {
        const ours = cfs.items.filter(
          (cf) => !cf.customOrNullObject.isNullObject && isOurRule(cf.customOrNullObject.rule.formula),
        );
        layHighlightRules(
          table,
          ours,
          layout.marks,
          layout.firstCol,
          layout.headerRow,
          layout.rowCount,
          layout.headers.length,
        );
        session.ruleRows.set(layout.kind, layout.rowCount);
      }
    }
    await session.syncWrites(context);
  });
}

function unknownStatusRows(session: AdapterSession, layout: TableLayout, rows: number[]): number[] {
  const known = session.statuses.get(layout.kind);
  if (layout.index.get("status") === undefined) return [];
  return known ? rows.filter((r) => r >= known.length) : rows;
}

/** Status cells not remembered from the last read are loaded first, one block per run of rows. */
function queueStatusLoads(
  context: XlContext,
  plans: { layout: TableLayout; unknownStatus: number[] }[],
): { layout: TableLayout; row: number; range: XlRange }[] {
  const loads: { layout: TableLayout; row: number; range: XlRange }[] = [];
  for (const { layout, unknownStatus } of plans) {
    if (unknownStatus.length === 0) continue;
    const first = Math.min(...unknownStatus);
    const last = Math.max(...unknownStatus);
    const table = context.workbook.tables.getItem(layout.tableName);
    const range = table
      .getDataBodyRange()
      .getCell(first, layout.index.get("status") as number)
      .getResizedRange(last - first, 0);
    range.load("values");
    loads.push({ layout, row: first, range });
  }
  return loads;
}

function rememberStatus(session: AdapterSession, kind: RecordKind, first: number, range: XlRange): void {
  const known = session.statuses.get(kind) ?? [];
  range.values.forEach((row, i) => (known[first + i] = statusFromLabel(row[0])));
  session.statuses.set(kind, known);
}
