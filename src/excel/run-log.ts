/**
 * appendRunLog: one row per run on the Run log sheet (a table named FeishuRunLog), created on
 * first use in the pane's language. Rows are only ever added, never rewritten, with
 * `table.rows.add`: Excel grows a table by itself only when the clerk types below it, and an
 * add is one insert, so two panes appending at once keep both rows.
 */
import type { Locale } from "../core/i18n";
import { pick } from "../core/i18n";
import { RUN_LOG_COLUMNS, RUN_LOG_SHEET, RUN_LOG_TABLE, runLogRow, type RunLogEntry } from "../core/run-log";
import { columnLetters } from "./a1";
import type { XlRange } from "./office-subset";
import type { AdapterSession } from "./session";

/** Text cells get the Text format first, so a name like "=x" stays text; numbers stay numbers. */
function writeRow(range: XlRange, row: (string | number)[]): void {
  range.numberFormat = [row.map((v) => (typeof v === "string" ? "@" : null))];
  range.values = [row];
}

export async function appendRunLog(
  session: AdapterSession,
  entry: RunLogEntry,
  locale: Locale,
): Promise<void> {
  const last = columnLetters(RUN_LOG_COLUMNS.length - 1);
  await session.writeRun(async (context) => {
    // Null-ness is known after the sync; no load is needed for it.
    const table = context.workbook.tables.getItemOrNullObject(RUN_LOG_TABLE);
    const sheets = [RUN_LOG_SHEET.zh, RUN_LOG_SHEET.en].map((n) =>
      context.workbook.worksheets.getItemOrNullObject(n),
    );
    await context.sync();
    if (table.isNullObject) {
      // A sheet of that name without our table holds the clerk's data: never write over it.
      const name = pick(RUN_LOG_SHEET, locale);
      const target = context.workbook.worksheets.add(
        sheets.some((s) => !s.isNullObject) ? `${name} 2` : name,
      );
      target.getRange(`A1:${last}1`).values = [RUN_LOG_COLUMNS.map((c) => pick(c, locale))];
      writeRow(target.getRange(`A2:${last}2`), runLogRow(entry, locale));
      const created = target.tables.add(`A1:${last}2`, true);
      created.name = RUN_LOG_TABLE;
      target.getRange(`A1:${last}1`).format.columnWidth = 90;
      target.freezePanes.freezeRows(1);
      await session.syncWrites(context);
      return;
    }
    // One insert at the table's end: two panes appending at once keep both rows.
    // New table rows take the formats of the row above: text columns stay Text.
    table.rows.add(undefined, [runLogRow(entry, locale)]);
    await session.syncWrites(context);
  });
}
