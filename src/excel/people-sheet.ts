/**
 * The hidden people sheet: looked-up emails and mobiles with their lookup time, and people a
 * write was refused for (rows as src/core/people/cache-rows.ts writes them), so lookups are
 * reused across runs. The row count sits beside the header, so a read is three syncs whatever
 * the sheet holds (is it there, how many rows, the rows); a write replaces every row in blocks
 * of `chunkRows` in one sync after the same first two.
 */
import type { CellValue } from "../core/model";
import { PEOPLE_CACHE_HEADERS } from "../core/people/cache-rows";
import { columnLetters } from "./a1";
import type { XlContext, XlWorksheet } from "./office-subset";
import { rowBlocks, type AdapterSession } from "./session";

export const PEOPLE_SHEET = "FeishuPeople";
const WIDTH = PEOPLE_CACHE_HEADERS.length;
const LAST = columnLetters(WIDTH - 1);
/** The cell holding the number of rows, just right of the header. */
const COUNT_CELL = `${columnLetters(WIDTH)}1`;

const countOf = (v: unknown): number => (typeof v === "number" && Number.isInteger(v) && v > 0 ? v : 0);

/** The sheet (null when absent) and its row count, in two syncs. */
async function locate(context: XlContext): Promise<{ sheet: XlWorksheet | null; count: number }> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(PEOPLE_SHEET);
  await context.sync();
  if (sheet.isNullObject) return { sheet: null, count: 0 };
  const cell = sheet.getRange(COUNT_CELL).load("values");
  await context.sync();
  return { sheet, count: countOf(cell.values[0]?.[0]) };
}

export function readPeopleRows(session: AdapterSession): Promise<CellValue[][]> {
  return session.deps.run(async (context) => {
    const { sheet, count } = await locate(context);
    if (!sheet || count === 0) return [];
    const blocks = rowBlocks(count, session.deps.chunkRows).map(([start, size]) =>
      sheet.getRange(`A${start + 2}:${LAST}${start + size + 1}`).load("values"),
    );
    await context.sync();
    return blocks.flatMap((b) => b.values as CellValue[][]);
  });
}

export function writePeopleRows(session: AdapterSession, rows: readonly string[][]): Promise<void> {
  return session.deps.run(async (context) => {
    const found = await locate(context);
    const sheet = found.sheet ?? context.workbook.worksheets.add(PEOPLE_SHEET);
    if (!found.sheet) sheet.visibility = "Hidden";
    sheet.getRange(`A1:${COUNT_CELL}`).values = [[...PEOPLE_CACHE_HEADERS, rows.length]];
    const blank = Array.from({ length: WIDTH }, () => "");
    for (const [start, size] of rowBlocks(Math.max(rows.length, found.count), session.deps.chunkRows)) {
      const block = Array.from({ length: size }, (_, i) => rows[start + i] ?? blank);
      sheet.getRange(`A${start + 2}:${LAST}${start + size + 1}`).values = block;
    }
    await session.syncWrites(context);
  });
}
