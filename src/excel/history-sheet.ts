/**
 * The journal: the approval history sheet (rows as src/core/lifecycle/history-rows.ts writes
 * them), every approval ID each row ever had, with its state and times, and the intent of
 * revoke and replace runs, so a fresh pane finishes what was cut short.
 *
 * It is a table (`FeishuJournal`) on a `VeryHidden` sheet: the clerk cannot unhide, rename or
 * delete it from Excel's menus, and a sheet renamed by other means is still found by its table.
 * A write never rewrites the journal from a copy read earlier: one Excel.run reads the IDs,
 * updates the rows of IDs it holds in place and appends the others with `table.rows.add`, which
 * Excel applies as one insert, so two panes or a co-author appending at once keep every row.
 * Appended rows take the Text format of the row above them (a table's new rows take their
 * formats from it), so IDs stay text: the journal is made with every cell Text.
 * Reads and writes are weighed in bytes and split under the payload limits.
 */
import type { CellValue } from "../core/model";
import { HISTORY_HEADERS } from "../core/lifecycle/history-rows";
import { columnLetters } from "./a1";
import { blocksOf, readBodyBlocks } from "./block-read";
import type { XlContext, XlTable } from "./office-subset";
import { jsonBytes } from "./payload";
import type { AdapterSession } from "./session";
import { findJournal, HISTORY_SHEET, JOURNAL_TABLE, type FoundJournal } from "./history-find";

export { HISTORY_SHEET, JOURNAL_TABLE };

const WIDTH = HISTORY_HEADERS.length;
const LAST = columnLetters(WIDTH - 1);
/** A generous size of one journal row in a response (15 cells, 19-digit IDs, 64-character keys). */
const ROW_BYTES = 500;
/** A generous size of one approval ID cell in a response. */
const ID_BYTES = 40;

const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/** Every row of the journal (none when it is absent). */
export function readHistoryRows(session: AdapterSession): Promise<CellValue[][]> {
  return session.deps.run(async (context) => {
    const found = await findJournal(context, session);
    if (found.legacy) return found.legacy;
    if (!found.table) return [];
    const blocks = blocksOf({ tableName: JOURNAL_TABLE, column: 0, cols: WIDTH }, found.count, ROW_BYTES);
    const read = await readBodyBlocks(context, blocks, ROW_BYTES);
    return read.flat().filter((r) => text(r[0]) !== "") as CellValue[][];
  });
}

/** Whether the workbook has a journal (under any sheet name). */
export function hasHistory(session: AdapterSession): Promise<boolean> {
  return session.deps.run(async (context) => {
    const found = await findJournal(context, session);
    return found.table !== null || found.legacy !== null;
  });
}

/** A new journal holding `rows`: the sheet, its header and rows as text, then the table over them. */
function createJournal(context: XlContext, rows: readonly string[][], legacy: boolean): void {
  const sheet = legacy
    ? context.workbook.worksheets.getItemOrNullObject(HISTORY_SHEET)
    : context.workbook.worksheets.add(HISTORY_SHEET);
  const all = [[...HISTORY_HEADERS], ...rows];
  const range = sheet.getRange(`A1:${LAST}${all.length}`);
  // Text format first: Excel would turn a 19-digit approval ID into a rounded number.
  range.numberFormat = all.map((r) => r.map(() => "@"));
  range.values = all;
  // The row count an older journal kept beside its header is not part of the table.
  if (legacy) sheet.getRange(`${columnLetters(WIDTH)}1`).values = [[""]];
  const table = sheet.tables.add(`A1:${LAST}${all.length}`, true);
  table.name = JOURNAL_TABLE;
  sheet.visibility = "VeryHidden";
}

/** Updates the rows of IDs the journal holds, appends the others; all queued for the planned syncs. */
function mergeInto(
  session: AdapterSession,
  table: XlTable,
  ids: readonly string[],
  rows: readonly string[][],
) {
  const writes = session.planWrites();
  const at = new Map(ids.map((id, i) => [id, i] as const));
  const added: string[][] = [];
  for (const row of rows) {
    const i = at.get(row[0]);
    if (i === undefined) {
      at.set(row[0], -1);
      added.push(row);
      continue;
    }
    writes.add(jsonBytes(row), () => {
      const range = table
        .getDataBodyRange()
        .getCell(i, 0)
        .getResizedRange(0, WIDTH - 1);
      range.numberFormat = [row.map(() => "@")];
      range.values = [[...row]];
    });
  }
  for (const [start, count] of writes.blocks(added.length, (i) => jsonBytes(added[i])))
    writes.add(
      added.slice(start, start + count).reduce((n, r) => n + jsonBytes(r), 0),
      () =>
        void table.rows.add(
          undefined,
          added.slice(start, start + count).map((r) => [...r]),
        ),
    );
  return writes;
}

/**
 * Merges `rows` into the journal by approval ID (their first cell) in one Excel.run: read the
 * IDs, update or append, keep the sheet VeryHidden. Creates the journal when absent (answers
 * true then), and turns an older count-beside-the-header journal into the table first.
 */
export function mergeHistoryRows(session: AdapterSession, rows: readonly string[][]): Promise<boolean> {
  return session.writeRun(async (context) => {
    const found: FoundJournal = await findJournal(context, session);
    if (!found.table) {
      const byId = new Map((found.legacy ?? []).map((r) => [text(r[0]), r.map(text)] as const));
      for (const r of rows) byId.set(r[0], [...r]);
      createJournal(context, [...byId.values()], found.legacy !== null);
      await session.syncWrites(context);
      return found.legacy === null;
    }
    const blocks = blocksOf({ tableName: JOURNAL_TABLE, column: 0, cols: 1 }, found.count, ID_BYTES);
    const ids = (await readBodyBlocks(context, blocks, ID_BYTES)).flat().map((r) => text(r[0]));
    const writes = mergeInto(session, found.table, ids, rows);
    found.sheet.visibility = "VeryHidden";
    await session.syncPlanned(context, writes);
    return false;
  });
}
