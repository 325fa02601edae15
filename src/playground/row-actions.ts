/**
 * What the playground's row buttons do to the fake workbook, as a clerk would in Excel: insert
 * rows above the selected ones, delete the selected rows, sort the table holding the selected
 * cell by that cell's column, undo. Each answers with the words to show, or null when done.
 */
import { FakeOfficeError } from "../fake-excel";
import type { PlaygroundBook } from "./book-store";
import type { PlaygroundWords } from "./words";

export type RowAction = "insertAbove" | "deleteRows" | "sortAscending" | "sortDescending" | "undo";

export function runRowAction(book: PlaygroundBook, action: RowAction): keyof PlaygroundWords | null {
  if (action === "undo") return book.act((fake) => fake.userUndo()) ? null : "nothingToUndo";
  const sel = book.fake.book.selection;
  if (!sel) return "selectFirst";
  const { sheet, rect } = sel;
  if (action === "insertAbove") {
    book.act((fake) => fake.userInsertRows(sheet.name, rect.row, rect.rows));
    return null;
  }
  if (action === "deleteRows") {
    try {
      book.act((fake) => fake.userDeleteRows(sheet.name, rect.row, rect.rows));
      return null;
    } catch (e) {
      if (e instanceof FakeOfficeError) return "headerWouldGo";
      throw e;
    }
  }
  const table = book.fake.book.tables.find(
    (t) =>
      t.sheet === sheet &&
      rect.row >= t.row &&
      rect.row <= t.row + t.rows &&
      rect.col >= t.col &&
      rect.col < t.col + t.cols,
  );
  if (!table) return "selectInTable";
  book.act((fake) => fake.userSortTable(table.name, rect.col - table.col, action === "sortAscending"));
  return null;
}
