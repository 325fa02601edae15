/**
 * Finding the journal (history-sheet.ts): by its table, whatever its sheet is called now; else
 * an older journal, a hidden sheet with its row count beside the header, read whole so the
 * first write can turn it into the table.
 */
import type { CellValue } from "../core/model";
import { HISTORY_HEADERS } from "../core/lifecycle/history-rows";
import { columnLetters } from "./a1";
import type { XlContext, XlTable, XlWorksheet } from "./office-subset";
import { rowBlocks, type AdapterSession } from "./session";

export type FoundJournal =
  | { table: XlTable; sheet: XlWorksheet; count: number; legacy: null }
  | { table: null; legacy: CellValue[][] | null };

export const HISTORY_SHEET = "FeishuHistory";
export const JOURNAL_TABLE = "FeishuJournal";

const WIDTH = HISTORY_HEADERS.length;

const countOf = (v: unknown): number => (typeof v === "number" && Number.isInteger(v) && v > 0 ? v : 0);

/** The journal's table and body row count in two syncs; an older journal's rows in two more. */
export async function findJournal(context: XlContext, session: AdapterSession): Promise<FoundJournal> {
  const table = context.workbook.tables.getItemOrNullObject(JOURNAL_TABLE);
  const sheet = context.workbook.worksheets.getItemOrNullObject(HISTORY_SHEET);
  await context.sync();
  if (!table.isNullObject) {
    const body = table.getDataBodyRange().load("rowCount");
    const home = table.worksheet;
    await context.sync();
    return { table, sheet: home, count: body.rowCount, legacy: null };
  }
  if (sheet.isNullObject) return { table: null, legacy: null };
  const cell = sheet.getRange(`${columnLetters(WIDTH)}1`).load("values");
  await context.sync();
  const count = countOf(cell.values[0]?.[0]);
  const last = columnLetters(WIDTH - 1);
  const blocks = rowBlocks(count, session.deps.chunkRows).map(([start, size]) =>
    sheet.getRange(`A${start + 2}:${last}${start + size + 1}`).load("values"),
  );
  if (blocks.length) await context.sync();
  return { table: null, legacy: blocks.flatMap((b) => b.values as CellValue[][]) };
}
