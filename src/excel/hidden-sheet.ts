/**
 * A hidden sheet of text rows under a header (the people cache, the approval history). The row
 * count sits beside the header, so a read is three syncs whatever the sheet holds (is it there,
 * how many rows, the rows); a write replaces every row in blocks of `chunkRows` in one sync
 * after the same first two. Every cell is written as text (IDs are long digit strings).
 */
import type { CellValue } from "../core/model";
import { columnLetters } from "./a1";
import type { XlContext, XlWorksheet } from "./office-subset";
import { rowBlocks, type AdapterSession } from "./session";

export interface HiddenSheet {
  name: string;
  headers: readonly string[];
}

const countOf = (v: unknown): number => (typeof v === "number" && Number.isInteger(v) && v > 0 ? v : 0);
const shape = (s: HiddenSheet) => {
  const width = s.headers.length;
  return { width, last: columnLetters(width - 1), countCell: `${columnLetters(width)}1` };
};

/** The sheet (null when absent) and its row count, in two syncs. */
async function locate(
  context: XlContext,
  s: HiddenSheet,
): Promise<{ sheet: XlWorksheet | null; count: number }> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(s.name);
  await context.sync();
  if (sheet.isNullObject) return { sheet: null, count: 0 };
  const cell = sheet.getRange(shape(s).countCell).load("values");
  await context.sync();
  return { sheet, count: countOf(cell.values[0]?.[0]) };
}

export function readHiddenRows(session: AdapterSession, s: HiddenSheet): Promise<CellValue[][]> {
  const { last } = shape(s);
  return session.deps.run(async (context) => {
    const { sheet, count } = await locate(context, s);
    if (!sheet || count === 0) return [];
    const blocks = rowBlocks(count, session.deps.chunkRows).map(([start, size]) =>
      sheet.getRange(`A${start + 2}:${last}${start + size + 1}`).load("values"),
    );
    await context.sync();
    return blocks.flatMap((b) => b.values as CellValue[][]);
  });
}

export function writeHiddenRows(
  session: AdapterSession,
  s: HiddenSheet,
  rows: readonly string[][],
): Promise<void> {
  const { width, last, countCell } = shape(s);
  return session.deps.run(async (context) => {
    const found = await locate(context, s);
    const sheet = found.sheet ?? context.workbook.worksheets.add(s.name);
    if (!found.sheet) sheet.visibility = "Hidden";
    sheet.getRange(`A1:${countCell}`).values = [[...s.headers, rows.length]];
    const blank = Array.from({ length: width }, () => "");
    for (const [start, size] of rowBlocks(Math.max(rows.length, found.count), session.deps.chunkRows)) {
      const block = Array.from({ length: size }, (_, i) => rows[start + i] ?? blank);
      const range = sheet.getRange(`A${start + 2}:${last}${start + size + 1}`);
      // Text format first: Excel would turn a 19-digit approval ID into a rounded number.
      range.numberFormat = block.map((r) => r.map(() => "@"));
      range.values = block;
    }
    await session.syncWrites(context);
  });
}
