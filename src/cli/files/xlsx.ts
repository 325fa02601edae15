/**
 * An .xlsx workbook as a SourceFile (source.ts): read with exceljs into the snapshots the pane's
 * adapter would hand the core, results written into the same cells the pane writes (formats,
 * tables, drop-downs and rules of the file kept), saved through a temporary file.
 */
import { rename } from "node:fs/promises";
import ExcelJS from "exceljs";
import { headerLocale, matchHeaders } from "../../core/template/headers";
import { RESULT_COLUMNS, type ResultColumnKey } from "../../core/template/columns";
import type { CellValue } from "../../core/model";
import { PEOPLE_CACHE_HEADERS } from "../../core/people/cache-rows";
import { statusLabel } from "../../core/status";
import { MARKS_HEADER } from "../../excel/layout";
import { catalogFromRows, CATALOG_TABLE } from "../../excel/lists";
import { cellValueOf, formatOf } from "./cells";
import type { FileTable, SourceFile } from "./source";
import { decodeRef, encodeCol, findPlaces, tableModel, tablesOf, type XlsxPlace } from "./xlsx-layout";

export const PEOPLE_SHEET = "FeishuPeople";
/** Approval IDs, keys and fingerprints are text: Excel would round a long digit string. */
const TEXT_KEYS = new Set<string>(["approval_id", "key", "fingerprint"]);

function readPlace(p: XlsxPlace, dateSystem: 1900 | 1904): FileTable {
  const cols = p.lastCol - p.firstCol + 1;
  const rowOf = (n: number) => {
    const row = p.sheet.getRow(n);
    const values: CellValue[] = [];
    const formats: string[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = row.getCell(p.firstCol + c);
      values.push(cellValueOf(cell.value, dateSystem));
      formats.push(formatOf(cell));
    }
    return { values, formats };
  };
  // Our hidden marks column is the adapter's business: its header is blanked so the core ignores it.
  const headers = rowOf(p.headerRow).values.map((h) =>
    h === MARKS_HEADER.zh || h === MARKS_HEADER.en ? "" : h,
  );
  const body = Array.from({ length: Math.max(0, p.lastRow - p.headerRow) }, (_, i) =>
    rowOf(p.headerRow + 1 + i),
  );
  return {
    kind: p.kind,
    sheet: p.sheet.name,
    locale: headerLocale(p.kind, headers),
    snapshot: {
      kind: p.kind,
      headers,
      rows: body.map((r) => r.values),
      numberFormats: body.map((r) => r.formats),
      headerRow: p.headerRow,
    },
  };
}

function catalogOf(wb: ExcelJS.Workbook, dateSystem: 1900 | 1904) {
  for (const sheet of wb.worksheets)
    for (const t of tablesOf(sheet)) {
      const m = tableModel(t);
      if (m.name.toLowerCase() !== CATALOG_TABLE.toLowerCase()) continue;
      const r = decodeRef(m.tableRef ?? m.ref ?? "A1");
      const rows: CellValue[][] = [];
      for (let n = r.top + 1; n <= r.bottom; n++)
        rows.push(
          Array.from({ length: r.right - r.left + 1 }, (_, c) =>
            cellValueOf(sheet.getRow(n).getCell(r.left + c).value, dateSystem),
          ),
        );
      return catalogFromRows(rows);
    }
  return catalogFromRows(null);
}

/** The hidden people sheet as the pane writes it (src/excel/hidden-sheet.ts): its row count beside the header. */
function peopleOf(wb: ExcelJS.Workbook): CellValue[][] {
  const sheet = wb.getWorksheet(PEOPLE_SHEET);
  if (!sheet) return [];
  const width = PEOPLE_CACHE_HEADERS.length;
  const count = Number(sheet.getRow(1).getCell(width + 1).value) || 0;
  return Array.from({ length: count }, (_, i) =>
    Array.from({ length: width }, (_, c) => cellValueOf(sheet.getRow(i + 2).getCell(c + 1).value, 1900)),
  );
}

/** Result columns the table lacks, added at its right edge (the table grows to cover them). */
function resultColumns(p: XlsxPlace, t: FileTable): Map<string, number> {
  const at = new Map<string, number>();
  const match = matchHeaders(p.kind, t.snapshot.headers);
  for (const c of RESULT_COLUMNS) {
    let offset = match.index.get(c.key);
    if (offset === undefined) {
      offset = p.lastCol - p.firstCol + 1;
      p.lastCol++;
      const header = t.locale === "zh-CN" ? c.header.zh : c.header.en;
      p.sheet.getRow(p.headerRow).getCell(p.lastCol).value = header;
      t.snapshot.headers.push(header);
      if (p.table) {
        const m = tableModel(p.table) as unknown as {
          tableRef: string;
          autoFilterRef?: string;
          columns: object[];
        };
        const ref = `${encodeCol(p.firstCol)}${p.headerRow}:${encodeCol(p.lastCol)}${p.lastRow}`;
        m.tableRef = ref;
        if (m.autoFilterRef) m.autoFilterRef = ref;
        m.columns.push({ name: header, filterButton: false });
      }
    }
    at.set(c.key, p.firstCol + offset);
  }
  return at;
}

export async function openXlsx(path: string): Promise<SourceFile> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const dateSystem = wb.properties.date1904 ? 1904 : 1900;
  const places = findPlaces(wb);
  const tables = places.map((p) => readPlace(p, dateSystem));
  const columns = new Map<string, Map<string, number>>();
  const columnsOf = (i: number) => {
    const kind = places[i].kind;
    if (!columns.has(kind)) columns.set(kind, resultColumns(places[i], tables[i]));
    return columns.get(kind) as Map<string, number>;
  };
  // Saving a large workbook takes a while: a run that changed nothing does not save.
  let dirty = false;
  return {
    path,
    resultsPath: path,
    tables,
    catalog: catalogOf(wb, dateSystem),
    dateSystem,
    peopleRows: peopleOf(wb),
    writeResults(results) {
      for (const r of results) {
        const i = places.findIndex((p) => p.kind === r.kind);
        if (i < 0 || r.row < 0) continue;
        const p = places[i];
        const row = p.sheet.getRow(p.headerRow + 1 + r.row);
        for (const [key, col] of columnsOf(i)) {
          const value =
            key === "status"
              ? statusLabel(r.status, tables[i].locale)
              : r[key as Exclude<ResultColumnKey, "status">];
          if (value === undefined) continue;
          const cell = row.getCell(col);
          if (cell.value === value || (cell.value == null && value === "")) continue;
          if (TEXT_KEYS.has(key) || /^[=+\-@]/.test(value)) cell.numFmt = "@";
          cell.value = value;
          dirty = true;
          // The snapshot follows, so the core's next look at the rows sees what was written.
          (tables[i].snapshot.rows[r.row] ??= [])[col - p.firstCol] = value;
        }
      }
    },
    writePeople(rows) {
      dirty = true;
      const sheet = wb.getWorksheet(PEOPLE_SHEET) ?? wb.addWorksheet(PEOPLE_SHEET, { state: "hidden" });
      const old = Number(sheet.getRow(1).getCell(PEOPLE_CACHE_HEADERS.length + 1).value) || 0;
      sheet.getRow(1).values = [...PEOPLE_CACHE_HEADERS, rows.length];
      for (let i = 0; i < Math.max(old, rows.length); i++)
        PEOPLE_CACHE_HEADERS.forEach((_, c) => {
          const cell = sheet.getRow(i + 2).getCell(c + 1);
          cell.numFmt = "@";
          cell.value = rows[i]?.[c] ?? "";
        });
    },
    async save() {
      if (!dirty) return;
      const tmp = `${path}.${process.pid}.tmp`;
      await wb.xlsx.writeFile(tmp);
      await rename(tmp, path);
      dirty = false;
    },
  };
}
