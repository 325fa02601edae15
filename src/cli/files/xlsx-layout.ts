/**
 * Where the kind tables are in an exceljs workbook, found as the pane finds them
 * (src/excel/layout.ts): an Excel table by its name, else the first table on a sheet named for
 * the kind in either language; a sheet so named without a table is read from its first row.
 */
import type ExcelJS from "exceljs";
import { KINDS, RECORD_KINDS, type RecordKind } from "../../core/kinds";

export interface XlsxPlace {
  kind: RecordKind;
  sheet: ExcelJS.Worksheet;
  table: ExcelJS.Table | null;
  /** 1-based sheet row of the header, first and last column, last body row. */
  headerRow: number;
  firstCol: number;
  lastCol: number;
  lastRow: number;
}

const letters = (s: string) => [...s].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** "B3:K40" as 1-based corners. */
export function decodeRef(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = ref.replace(/\$/g, "").split(":");
  const cell = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(x);
    if (!m) throw new Error(`bad range ${ref}`);
    return { col: letters(m[1].toUpperCase()), row: Number(m[2]) };
  };
  const [p, q] = [cell(a), cell(b)];
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

export const encodeCol = (n: number): string =>
  n <= 26 ? String.fromCharCode(64 + n) : encodeCol(Math.floor((n - 1) / 26)) + encodeCol(((n - 1) % 26) + 1);

/** A sheet's tables. exceljs's typings say `[Table, void][]`; the library answers `Table[]`. */
export const tablesOf = (sheet: ExcelJS.Worksheet): ExcelJS.Table[] =>
  sheet.getTables() as unknown as ExcelJS.Table[];

type TableModel = { name: string; tableRef?: string; ref?: string; totalsRow?: boolean };
export const tableModel = (t: ExcelJS.Table): TableModel => (t as unknown as { table: TableModel }).table;

export function findPlaces(wb: ExcelJS.Workbook): XlsxPlace[] {
  const tables = wb.worksheets.flatMap((sheet) => tablesOf(sheet).map((t) => ({ sheet, t })));
  const places: XlsxPlace[] = [];
  for (const kind of RECORD_KINDS) {
    const info = KINDS[kind];
    const names = [info.sheet.zh, info.sheet.en].map((s) => s.toLowerCase());
    const found =
      tables.find(({ t }) => tableModel(t).name.toLowerCase() === info.table.toLowerCase()) ??
      tables.find(({ sheet }) => names.includes(sheet.name.toLowerCase()));
    if (found) {
      const m = tableModel(found.t);
      const r = decodeRef(m.tableRef ?? m.ref ?? "A1");
      const bottom = r.bottom - (m.totalsRow ? 1 : 0);
      places.push({
        kind,
        sheet: found.sheet,
        table: found.t,
        headerRow: r.top,
        firstCol: r.left,
        lastCol: r.right,
        lastRow: bottom,
      });
      continue;
    }
    const sheet = wb.worksheets.find((s) => names.includes(s.name.toLowerCase()));
    if (!sheet) continue;
    const header = sheet.getRow(1);
    places.push({
      kind,
      sheet,
      table: null,
      headerRow: 1,
      firstCol: 1,
      lastCol: Math.max(1, header.cellCount),
      lastRow: sheet.rowCount,
    });
  }
  return places;
}
