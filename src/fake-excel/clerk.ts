/**
 * What a person does to the fake workbook, as Excel's own UI lets them: typing and pasting
 * (the table grows when they type right below it), inserting and deleting rows, sorting and
 * filtering a table, undo, and renaming, deleting or unhiding sheets; and a co-author's typing
 * elsewhere. Each of the clerk's edits is one undo step (undo.ts).
 */
import { parseAddress, type Rect } from "../excel/a1";
import type { CellScalar, ChangeSource, FakeBook, SheetModel, TableModel } from "./book";
import { FakeOfficeError } from "./context";
import { autoExpand, deleteSheetRows, insertSheetRows } from "./rows";
import { applyFilters, sortTable, tableColumn } from "./sort";

export interface ClerkActions {
  /** The clerk types (or pastes) values; fires onChanged with triggerSource "Unknown". */
  userEdit(sheet: string, address: string, values: CellScalar[][]): void;
  /** A co-author elsewhere changes values (their typing or their add-in): events say source "Remote". */
  remoteEdit(sheet: string, address: string, values: CellScalar[][]): void;
  /** The clerk inserts `count` whole sheet rows at 0-based sheet row `atRow` (Home ▸ Insert ▸ Insert Sheet Rows). */
  userInsertRows(sheet: string, atRow: number, count: number): void;
  /** The clerk deletes `count` whole sheet rows from 0-based sheet row `atRow`. */
  userDeleteRows(sheet: string, atRow: number, count: number): void;
  /** The clerk sorts a table's body by one column (header text, or 0-based position in the table). */
  userSortTable(table: string, column: string | number, ascending?: boolean): void;
  /** The clerk filters a table: body rows whose value in `column` fails `keep` are hidden. */
  userFilterTable(table: string, column: string | number, keep: (value: CellScalar) => boolean): void;
  userClearFilters(table: string): void;
  /** Ctrl+Z: undoes the last undo step; false when there was nothing to undo. */
  userUndo(): boolean;
  userRenameSheet(oldName: string, newName: string): void;
  /** Deletes a sheet and its tables; Excel cannot undo this, and it empties the undo stack. */
  userDeleteSheet(name: string): void;
  /** Unhide… in the sheet tabs' menu: lists Hidden sheets only, never VeryHidden ones. */
  userUnhideSheet(name: string): void;
}

/** Characters Excel refuses in a sheet name. */
const BAD_SHEET_NAME = /[:\\/?*[\]]/;

export function clerkActions(book: FakeBook, sheetOf: (name: string) => SheetModel): ClerkActions {
  const tableOf = (name: string): TableModel => {
    const t = book.table(name);
    if (!t) throw new FakeOfficeError("ItemNotFound", `No table "${name}".`);
    return t;
  };
  /** Runs one of the clerk's actions as one undo step. */
  const step = (fn: () => void): void => {
    book.revision += 1;
    const s = book.undo.open("user", true);
    try {
      fn();
    } finally {
      book.undo.close(s);
    }
  };
  const edit = (sheet: string, address: string, values: CellScalar[][], source: ChangeSource) => {
    book.revision += 1;
    const s = sheetOf(sheet);
    const { rect } = parseAddress(address);
    const sized: Rect = { ...rect, rows: values.length, cols: values[0]?.length ?? 0 };
    autoExpand(book, s, sized);
    values.forEach((row, i) => row.forEach((v, j) => book.enter(s, rect.row + i, rect.col + j, v)));
    book.record(s, sized, source);
  };
  return {
    userEdit: (sheet, address, values) => step(() => edit(sheet, address, values, "user")),
    remoteEdit: (sheet, address, values) => edit(sheet, address, values, "remote"),
    userInsertRows: (sheet, atRow, count) => step(() => insertSheetRows(book, sheetOf(sheet), atRow, count)),
    userDeleteRows: (sheet, atRow, count) => step(() => deleteSheetRows(book, sheetOf(sheet), atRow, count)),
    userSortTable(table, column, ascending = true) {
      const t = tableOf(table);
      step(() => {
        if (sortTable(book, t, column, ascending))
          book.record(t.sheet, { row: t.row + 1, col: t.col, rows: t.rows, cols: t.cols }, "user");
      });
    },
    userFilterTable(table, column, keep) {
      book.revision += 1;
      const t = tableOf(table);
      (t.filters ??= new Map()).set(tableColumn(book, t, column), keep);
      applyFilters(book, t);
    },
    userClearFilters(table) {
      book.revision += 1;
      const t = tableOf(table);
      delete t.filters;
      applyFilters(book, t);
    },
    userUndo() {
      book.revision += 1;
      const changes = book.undo.undo((tables) => (book.tables = tables));
      if (!changes) return false;
      for (const c of changes) book.record(c.sheet, c.rect, "user", c.changeType);
      return true;
    },
    userRenameSheet(oldName, newName) {
      book.revision += 1;
      const s = sheetOf(oldName);
      const taken = book.sheet(newName);
      if (taken && taken !== s) throw new Error(`A sheet named "${newName}" already exists.`);
      if (!newName.trim() || newName.length > 31 || BAD_SHEET_NAME.test(newName) || /^'|'$/.test(newName))
        throw new Error(`"${newName}" is not a sheet name Excel accepts.`);
      s.name = newName;
    },
    userDeleteSheet(name) {
      book.revision += 1;
      const s = sheetOf(name);
      if (book.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0)
        throw new Error("A workbook must contain at least one visible worksheet.");
      book.sheets = book.sheets.filter((x) => x !== s);
      book.tables = book.tables.filter((t) => t.sheet !== s);
      book.handlers = book.handlers.filter((h) => h.sheetId !== s.id);
      if (book.selection?.sheet === s) book.selection = null;
      if (book.activeSheet === s)
        book.activeSheet = book.sheets.find((x) => x.visibility === "Visible") ?? null;
      book.undo.steps = [];
    },
    userUnhideSheet(name) {
      book.revision += 1;
      const s = sheetOf(name);
      if (s.visibility === "VeryHidden")
        throw new Error(
          `"${name}" is very hidden: Excel's Unhide list does not show it; only code can unhide it.`,
        );
      s.visibility = "Visible";
    },
  };
}
