/**
 * Rows moving in the fake's sheets, as Excel moves them: whole sheet rows inserted or deleted
 * by the clerk (cells, tables, conditional-format ranges, filtered rows and the selection
 * follow), a table growing when the clerk types right below it (AutoExpand), and rows made
 * inside a table's columns by `table.rows.add`. Data validation is kept per cell, so it moves
 * with its cells; new rows take their formats and validation from the row above, as Excel's
 * "Format same as above" does (from the row below when the row above is a table's header).
 */
import type { Rect } from "../excel/a1";
import {
  type CellModel,
  type FakeBook,
  type SheetModel,
  type TableModel,
  SHEET_COLUMNS,
  noteExtent,
} from "./book";
import { FakeOfficeError } from "./context";

const ROW = 16_384;

/** Moves every cell at or below `at` (within columns [col, col + cols)) by `by` rows; cells in rows that vanish are dropped. */
function shiftCells(sheet: SheetModel, at: number, by: number, col = 0, cols = SHEET_COLUMNS): void {
  const inCols = (k: number) => k % ROW >= col && k % ROW < col + cols;
  const moving = [...sheet.cells].filter(([k]) => Math.floor(k / ROW) >= at && inCols(k));
  for (const [k] of moving) sheet.cells.delete(k);
  if (by < 0) {
    // Rows at + by .. at - 1 are gone: drop them before moving the rest up.
    for (const [k] of [...sheet.cells]) {
      const r = Math.floor(k / ROW);
      if (r >= at + by && r < at && inCols(k)) sheet.cells.delete(k);
    }
  }
  for (const [k, cell] of moving) {
    sheet.cells.set(k + by * ROW, cell);
    noteExtent(sheet, k + by * ROW);
  }
}

/** Formats, fills and validation of new rows [at, at + count), each column's copied from row `pick(column)` (-1: none). */
function formatNewRows(
  book: FakeBook,
  sheet: SheetModel,
  at: number,
  count: number,
  pick: (c: number) => number,
): void {
  const sources = new Map<number, CellModel>();
  for (const [k, cell] of sheet.cells) {
    const c = k % ROW;
    if (Math.floor(k / ROW) === pick(c)) sources.set(c, cell);
  }
  for (const [c, from] of sources) {
    if (from.numberFormat === "General" && !from.dv && !from.fill) continue;
    for (let r = at; r < at + count; r++) {
      const cell = book.touch(sheet, r, c);
      cell.numberFormat = from.numberFormat;
      cell.fill = from.fill;
      if (from.dv) cell.dv = { ...from.dv };
    }
  }
}

/** A rect's rows after inserting `count` rows at `at`: moved down, or grown when they go inside it. */
function grownRows(rect: Rect, at: number, count: number): void {
  if (rect.row >= at) rect.row += count;
  else if (at < rect.row + rect.rows) rect.rows += count;
}

/** The clerk inserts `count` whole rows at sheet row `at` (0-based). */
export function insertSheetRows(book: FakeBook, sheet: SheetModel, at: number, count: number): void {
  book.undo.noteSheet(sheet);
  shiftCells(sheet, at, count);
  const headerAbove = new Map<number, boolean>();
  for (const t of book.tables) {
    if (t.sheet !== sheet) continue;
    // Above the header (or at it) the table moves down; inside its body it grows.
    if (at <= t.row) t.row += count;
    else if (at <= t.row + t.rows) t.rows += count;
    if (t.row === at - 1) for (let c = t.col; c < t.col + t.cols; c++) headerAbove.set(c, true);
  }
  for (const f of sheet.conditionalFormats) grownRows(f.rect, at, count);
  sheet.hiddenRows = new Set([...sheet.hiddenRows].map((r) => (r >= at ? r + count : r)));
  if (at > 0) formatNewRows(book, sheet, at, count, (c) => (headerAbove.get(c) ? at + count : at - 1));
  const sel = book.selection;
  // The clerk's selection stays on the rows they inserted at; one further down moves with its cells.
  if (sel && sel.sheet === sheet) {
    if (sel.rect.row > at) sel.rect = { ...sel.rect, row: sel.rect.row + count };
    else if (at > sel.rect.row && at < sel.rect.row + sel.rect.rows)
      sel.rect = { ...sel.rect, rows: sel.rect.rows + count };
  }
  book.record(sheet, { row: at, col: 0, rows: count, cols: SHEET_COLUMNS }, "user", "RowInserted");
}

/** How many of rows [at, at + count) fall in [from, from + n). */
const overlap = (at: number, count: number, from: number, n: number): number =>
  Math.max(0, Math.min(at + count, from + n) - Math.max(at, from));

/** The clerk deletes `count` whole rows from sheet row `at`. A table keeps at least one body row (left blank); a table whose header goes loses all its rows. */
export function deleteSheetRows(book: FakeBook, sheet: SheetModel, at: number, count: number): void {
  const tables = book.tables.filter((t) => t.sheet === sheet);
  for (const t of tables)
    if (at <= t.row && t.row < at + count && at + count < t.row + 1 + t.rows)
      throw new FakeOfficeError(
        "InvalidOperation",
        "This operation is not allowed: it would delete a table's header row but not its body.",
      );
  book.undo.noteSheet(sheet);
  // A table whose every body row goes keeps its first one, emptied: that sheet row stays.
  const keep = tables.find((t) => t.row + 1 === at && t.row + t.rows < at + count);
  if (keep) {
    for (let c = keep.col; c < keep.col + keep.cols; c++) {
      const cell = book.touch(sheet, at, c);
      cell.value = "";
      delete cell.formula;
    }
    removeRows(book, sheet, at + 1, count - 1);
  } else removeRows(book, sheet, at, count);
  book.record(sheet, { row: at, col: 0, rows: count, cols: SHEET_COLUMNS }, "user", "RowDeleted");
}

function removeRows(book: FakeBook, sheet: SheetModel, at: number, count: number): void {
  if (count <= 0) return;
  shiftCells(sheet, at + count, -count);
  book.tables = book.tables.filter((t) => t.sheet !== sheet || !(at <= t.row && t.row + t.rows < at + count));
  for (const t of book.tables) {
    if (t.sheet !== sheet) continue;
    const lost = overlap(at, count, t.row + 1, t.rows);
    t.rows -= lost;
    if (at < t.row) t.row -= overlap(at, count, 0, t.row);
  }
  sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => {
    const lost = overlap(at, count, f.rect.row, f.rect.rows);
    const above = overlap(at, count, 0, f.rect.row);
    f.rect = { ...f.rect, row: f.rect.row - above, rows: f.rect.rows - lost };
    return f.rect.rows > 0;
  });
  const hidden = [...sheet.hiddenRows].filter((r) => r < at || r >= at + count);
  sheet.hiddenRows = new Set(hidden.map((r) => (r >= at + count ? r - count : r)));
  const sel = book.selection;
  if (sel && sel.sheet === sheet) {
    const lost = overlap(at, count, sel.rect.row, sel.rect.rows);
    const above = overlap(at, count, 0, sel.rect.row);
    sel.rect = { ...sel.rect, row: sel.rect.row - above, rows: Math.max(1, sel.rect.rows - lost) };
  }
}

/** Rows added to a table by `table.rows.add` at body row `index` (null, undefined or -1: appended; no values: one blank row); cells of the table's columns below shift down. Returns the new rows. */
export function addTableRows(
  book: FakeBook,
  t: TableModel,
  index: number | null | undefined,
  values: (string | number | boolean)[][] | undefined,
): Rect {
  const rows = values ?? [Array.from({ length: t.cols }, () => "")];
  if (rows.length === 0 || rows.some((row) => row.length !== t.cols))
    throw new FakeOfficeError("InvalidArgument", "Row values must have one value per table column.");
  const at = t.row + 1 + (index === null || index === undefined || index === -1 ? t.rows : index);
  if (at < t.row + 1 || at > t.row + 1 + t.rows)
    throw new FakeOfficeError("InvalidArgument", `Row index ${String(index)} is outside the table.`);
  const n = rows.length;
  const s = t.sheet;
  book.undo.noteSheet(s);
  shiftCells(s, at, n, t.col, t.cols);
  t.rows += n;
  const inTable = (c: number) => c >= t.col && c < t.col + t.cols;
  formatNewRows(book, s, at, n, (c) => (!inTable(c) ? -1 : at > t.row + 1 ? at - 1 : at + n));
  rows.forEach((row, i) => row.forEach((v, j) => book.enter(s, at + i, t.col + j, v)));
  return { row: at, col: t.col, rows: n, cols: t.cols };
}

/** AutoExpand: the clerk typing or pasting into the row right below a table extends it, with the last row's formats and validation. Call before entering. */
export function autoExpand(book: FakeBook, sheet: SheetModel, rect: Rect): void {
  for (const t of book.tables) {
    const below = t.row + 1 + t.rows;
    const end = rect.row + rect.rows;
    if (t.sheet !== sheet || rect.row <= t.row || rect.row > below || end <= below) continue;
    if (rect.col >= t.col + t.cols || rect.col + rect.cols <= t.col) continue;
    for (let r = below; r < end; r++) {
      for (let c = t.col; c < t.col + t.cols; c++) {
        const last = book.cell(sheet, below - 1, c);
        if (!last) continue;
        const cell = book.touch(sheet, r, c);
        if (cell.numberFormat === "General") cell.numberFormat = last.numberFormat;
        if (last.dv) cell.dv = { ...last.dv };
      }
    }
    t.rows += end - below;
  }
}
