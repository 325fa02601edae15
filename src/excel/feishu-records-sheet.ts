/**
 * The read-only "Feishu records" sheet (content from src/core/records/records-sheet.ts): a note
 * on row 1, the header on row 2, one record a row below, rewritten whole each time. The note
 * marks the sheet as the add-in's: a sheet of that name without it holds the clerk's data and is
 * left alone (the records go to "<name> 2"). The row count sits right of the header's last column,
 * in a hidden column (a bare number in the header row means nothing to the clerk), so old rows
 * are blanked without reading them. Every cell is text, so IDs keep their leading zeros. The
 * rows go in blocks under the adapter's byte budget (docs/office-addin.md §5.1).
 */
import { FEISHU_RECORDS_NOTE, type RecordsSheet } from "../core/records/records-sheet";
import { columnLetters } from "./a1";
import type { XlContext, XlWorksheet } from "./office-subset";
import { jsonBytes } from "./payload";
import type { AdapterSession } from "./session";

const FIRST_ROW = 3;
const isOurNote = (v: unknown) => v === FEISHU_RECORDS_NOTE.zh || v === FEISHU_RECORDS_NOTE.en;
const countOf = (v: unknown): number => (typeof v === "number" && Number.isInteger(v) && v > 0 ? v : 0);

/** Our sheet (or the place for a new one) and how many rows it held, in two syncs. */
async function locate(
  context: XlContext,
  name: string,
  width: number,
): Promise<{ sheet: XlWorksheet | null; name: string; count: number }> {
  const names = [name, `${name} 2`];
  const sheets = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
  await context.sync();
  const heads = sheets.map((s) =>
    s.isNullObject ? null : s.getRange(`A1:${columnLetters(width)}1`).load("values"),
  );
  await context.sync();
  for (let i = 0; i < sheets.length; i++) {
    const row = heads[i]?.values[0];
    if (row && isOurNote(row[0])) return { sheet: sheets[i], name: names[i], count: countOf(row[width]) };
  }
  const free = names.find((_, i) => sheets[i].isNullObject) ?? `${name} 3`;
  return { sheet: null, name: free, count: 0 };
}

export function writeFeishuRecordsSheet(session: AdapterSession, content: RecordsSheet): Promise<string> {
  const width = content.header.length;
  const last = columnLetters(width - 1);
  return session.deps.run(async (context) => {
    const found = await locate(context, content.name, width);
    const sheet = found.sheet ?? context.workbook.worksheets.add(found.name);
    const noteRow = [content.note, ...Array.from({ length: width - 1 }, () => ""), content.rows.length];
    sheet.getRange(`A1:${columnLetters(width)}1`).values = [noteRow];
    sheet.getRange(`${columnLetters(width)}1`).columnHidden = true;
    const header = sheet.getRange(`A2:${last}2`);
    header.values = [content.header];
    header.format.font.bold = true;
    if (!found.sheet) {
      header.format.columnWidth = 110;
      sheet.freezePanes.freezeRows(2);
    }
    sheet.activate();
    const blank = Array.from({ length: width }, () => "");
    const total = Math.max(content.rows.length, found.count);
    const rowOf = (i: number) => content.rows[i] ?? blank;
    const writes = session.planWrites();
    for (const [start, size] of writes.blocks(total, (i) => jsonBytes(rowOf(i)) * 2)) {
      const block = Array.from({ length: size }, (_, i) => rowOf(start + i));
      writes.add(jsonBytes(block) * 2, () => {
        const range = sheet.getRange(`A${FIRST_ROW + start}:${last}${FIRST_ROW + start + size - 1}`);
        range.numberFormat = block.map((r) => r.map(() => "@"));
        range.values = block;
      });
    }
    await session.syncPlanned(context, writes);
    return found.name;
  });
}
