/**
 * showIssues(): renders the core's row verdicts: each row's Status (its state's label), its
 * Message (core row-message.ts) and highlights. Highlights are two conditional-format rules per table that read a hidden marks
 * column ("|3|5|" = error in sheet columns 3 and 5, "!7!" = warning in 7), so showing or
 * clearing them is a plain column write: the clerk's own fills and formats are never touched,
 * and the cost follows the rows written, not the number of bad cells.
 */
import type { RecordKind } from "../core/kinds";
import type { Issue } from "../core/model";
import type { LiveUpdate } from "../core/live";
import { rowView, type RowView } from "../core/row-message";
import type { RowVerdict } from "../core/row-state";
import { statusLabel } from "../core/status";
import { writeColumn } from "./cells";
import type { TableLayout } from "./layout";
import type { XlCell, XlConditionalFormats } from "./office-subset";
import { type AdapterSession, isItemNotFound } from "./session";
import { layHighlightRules } from "./template-format";
import { shownKey } from "./shown";
import { isOurRule } from "./template-plan";

/** False for the hidden marks column itself (it is never highlighted). */
const notMarksColumn = (layout: TableLayout, sheetCol: number): boolean =>
  layout.marks === null || sheetCol !== layout.firstCol + layout.marks + 1;

/** The marks one row gets from its issues and its state's own highlight (pure). */
export function rowMarks(layout: TableLayout, issues: readonly Issue[], view: RowView): string {
  const statusCol = layout.index.get("status");
  const sheetCol = (key: string | null) => {
    const at = key === null ? undefined : layout.index.get(key);
    return at === undefined ? null : layout.firstCol + at + 1;
  };
  const errors = new Set<number>();
  const warnings = new Set<number>();
  const statusAt = sheetCol("status");
  for (const i of issues) {
    const c = sheetCol(i.column) ?? statusAt;
    if (c !== null) (i.severity === "error" ? errors : warnings).add(c);
  }
  const hasError = issues.some((i) => i.severity === "error");
  if (statusCol !== undefined && issues.length > 0) (hasError ? errors : warnings).add(statusAt as number);
  if (view.stateMark === "error" || view.stateMark === "warning")
    for (const c of [statusAt, sheetCol("message")])
      if (c !== null) (view.stateMark === "error" ? errors : warnings).add(c);
  for (const c of errors) warnings.delete(c);
  // A revoked row is greyed across, but for the cells an issue marks.
  const muted =
    view.stateMark === "muted"
      ? layout.headers
          .map((_, i) => layout.firstCol + i + 1)
          .filter((c) => notMarksColumn(layout, c) && !errors.has(c) && !warnings.has(c))
      : [];
  return (
    (errors.size ? `|${[...errors].join("|")}|` : "") +
    (warnings.size ? `!${[...warnings].join("!")}!` : "") +
    (muted.length ? `~${muted.join("~")}~` : "")
  );
}

export async function showIssues(session: AdapterSession, update: LiveUpdate): Promise<void> {
  const kinds = [...new Set(update.scope.map((s) => s.kind))];
  if (kinds.length === 0) return;
  // Just after a read (a live edit), the tables are where that read found them: the write is the
  // only sync. Our highlight rules must already reach every row, or they are laid again.
  const recent = session.fresh(kinds);
  const trusted =
    recent?.every((l) => l.rowCount === 0 || session.ruleRows.get(l.kind) === l.rowCount) === true;
  try {
    await paint(session, update, kinds, trusted ? recent : null);
  } catch (e) {
    // A table renamed since that read: look for it, as any other write does.
    if (!trusted || !isItemNotFound(e)) throw e;
    await paint(session, update, kinds, null);
  }
}

async function paint(
  session: AdapterSession,
  update: LiveUpdate,
  kinds: RecordKind[],
  recent: TableLayout[] | null,
): Promise<void> {
  const { issues, scope } = update;
  await session.writeRun(async (context) => {
    const { layouts, extra: rules } = recent
      ? { layouts: recent, extra: new Map<RecordKind, XlConditionalFormats>() }
      : await session.locate(
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
      return { layout, rows };
    });
    const key = (kind: string, row: number) => `${kind}:${row}`;
    const byRow = new Map<string, Issue[]>();
    for (const i of issues) {
      const at = byRow.get(key(i.kind, i.row));
      if (at) at.push(i);
      else byRow.set(key(i.kind, i.row), [i]);
    }
    const verdicts = new Map<string, RowVerdict>(update.rows.map((v) => [key(v.kind, v.row), v]));
    const writes = session.planWrites();
    const written: { layout: TableLayout; rows: number[]; keys: string[] }[] = [];
    let laid = false;
    for (const { layout, rows: inScope } of plans) {
      const at = (key: string) => layout.index.get(key);
      const showing = session.shown.rowsOf(layout);
      const rows: number[] = [];
      const keys: string[] = [];
      const status: XlCell[] = [];
      const message: XlCell[] = [];
      const marks: XlCell[] = [];
      for (const r of inScope) {
        const rowIssues = byRow.get(key(layout.kind, r)) ?? [];
        const view = rowView(verdicts.get(key(layout.kind, r)), rowIssues, layout.locale);
        const s = statusLabel(view.state, layout.locale);
        const m = rowMarks(layout, rowIssues, view);
        const shows = shownKey(
          at("status") === undefined ? "" : s,
          at("message") === undefined ? "" : view.message,
          layout.marks === null ? "" : m,
        );
        // A row already showing exactly this is not written again.
        if (showing.get(r) === shows) continue;
        rows.push(r);
        keys.push(shows);
        status.push(s);
        message.push(view.message);
        marks.push(m);
      }
      written.push({ layout, rows, keys });
      const layRules = session.ruleRows.get(layout.kind) !== layout.rowCount && layout.rowCount > 0;
      if (rows.length === 0 && !layRules) continue;
      const table = context.workbook.tables.getItem(layout.tableName);
      if (at("status") !== undefined) writeColumn(writes, table, at("status") as number, rows, status);
      if (at("message") !== undefined) writeColumn(writes, table, at("message") as number, rows, message);
      if (layout.marks === null) continue;
      writeColumn(writes, table, layout.marks, rows, marks);
      const cfs: XlConditionalFormats | undefined = rules.get(layout.kind);
      if (cfs && layRules) {
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
        laid = true;
      }
    }
    if (writes.isEmpty() && !laid) return;
    try {
      await session.syncPlanned(context, writes);
    } catch (e) {
      // Some of it may have landed: those rows are unknown until read again.
      for (const w of written) session.shown.forget(w.layout.kind, w.rows);
      throw e;
    }
    for (const w of written) session.shown.noteWritten(w.layout, w.rows, w.keys);
  });
}
