/**
 * The clerk sorting and filtering a table, as Excel's Sort and Filter buttons do. A sort moves
 * whole body rows (every cell of the table's columns, our hidden marks and result columns
 * included) and fires one change event over the body; on a filtered table only the visible
 * rows are sorted and the hidden ones stay where they are. A filter hides body rows (no change
 * event); reads and writes through the API still reach hidden rows.
 */
import type { CellModel, CellScalar, FakeBook, TableModel } from "./book";
import { FakeOfficeError } from "./context";

const ROW = 16_384;

/** A table column by header text (case-insensitive) or by 0-based position in the table. */
export function tableColumn(book: FakeBook, t: TableModel, column: string | number): number {
  if (typeof column === "number") {
    if (column < 0 || column >= t.cols) throw new FakeOfficeError("InvalidArgument", `No column ${column}.`);
    return column;
  }
  for (let j = 0; j < t.cols; j++)
    if (String(book.value(t.sheet, t.row, t.col + j)).toLowerCase() === column.toLowerCase()) return j;
  throw new FakeOfficeError("ItemNotFound", `Table ${t.name} has no column "${column}".`);
}

/** Excel's order: numbers, then text (case ignored), then FALSE and TRUE; blanks last whichever way. */
function rank(v: CellScalar): number {
  if (v === "") return 3;
  return typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;
}

function compare(a: CellScalar, b: CellScalar, ascending: boolean): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra === 3 || rb === 3) return ra - rb;
  const sign = ascending ? 1 : -1;
  if (ra !== rb) return sign * (ra - rb);
  if (typeof a === "string" && typeof b === "string")
    return sign * a.localeCompare(b, undefined, { sensitivity: "base" });
  return sign * (Number(a) - Number(b));
}

/** Sorts the table's visible body rows by one column; returns false when the order did not change. */
export function sortTable(
  book: FakeBook,
  t: TableModel,
  column: string | number,
  ascending: boolean,
): boolean {
  const j = tableColumn(book, t, column);
  const s = t.sheet;
  const rows: number[] = [];
  for (let r = t.row + 1; r <= t.row + t.rows; r++) if (!s.hiddenRows.has(r)) rows.push(r);
  const order = rows
    .map((r, i) => ({ r, i, v: book.value(s, r, t.col + j) }))
    .sort((a, b) => compare(a.v, b.v, ascending) || a.i - b.i);
  if (order.every((o, i) => o.r === rows[i])) return false;
  book.undo.noteSheet(s);
  const taken = rows.map((r) => {
    const cells: (CellModel | undefined)[] = [];
    for (let c = t.col; c < t.col + t.cols; c++) {
      cells.push(s.cells.get(r * ROW + c));
      s.cells.delete(r * ROW + c);
    }
    return cells;
  });
  const byRow = new Map(rows.map((r, i) => [r, taken[i]]));
  order.forEach((o, i) => {
    const cells = byRow.get(o.r) ?? [];
    cells.forEach((cell, k) => {
      if (cell) s.cells.set(rows[i] * ROW + t.col + k, cell);
    });
  });
  return true;
}

/** Applies every filter of the table: a body row is hidden when any column's test rejects its value. */
export function applyFilters(book: FakeBook, t: TableModel): void {
  const s = t.sheet;
  for (let r = t.row + 1; r <= t.row + t.rows; r++) {
    const kept = [...(t.filters ?? [])].every(([j, keep]) => keep(book.value(s, r, t.col + j)));
    if (kept) s.hiddenRows.delete(r);
    else s.hiddenRows.add(r);
  }
}
