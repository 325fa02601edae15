/**
 * Finding the four kind tables and how their columns lie. A fast path asks for the tables by
 * name in one sync; when one is missing (renamed, deleted, first run) a slow path lists every
 * table and recognises ours by table name or by sheet name in either language.
 */
import { pick, type Locale } from "../core/i18n";
import { KINDS, RECORD_KINDS, type RecordKind } from "../core/kinds";
import type { CellValue } from "../core/model";
import { matchHeaders } from "../core/template/headers";
import { columnsOf, RESULT_COLUMNS } from "../core/template/columns";
import type { XlContext, XlRange, XlTable, XlWorksheet } from "./office-subset";

/** Our hidden column of highlight marks, always the table's last column. */
export const MARKS_HEADER = { zh: "问题标记", en: "Issue marks" };

export interface TableLayout {
  kind: RecordKind;
  tableName: string;
  sheetName: string;
  /** 0-based sheet row of the header and sheet column of the table's first column. */
  headerRow: number;
  firstCol: number;
  headers: CellValue[];
  rowCount: number;
  /** Column offset within the table by column key. */
  index: Map<string, number>;
  /** Offset of our marks column, or null when the table has none. */
  marks: number | null;
  /** The language of the header row (zh when most known headers are Chinese). */
  locale: Locale;
}

export interface PendingLayout {
  kind: RecordKind;
  table: XlTable;
  header: XlRange;
  body: XlRange;
  sheet: XlWorksheet;
}

/** Queues the loads that describe one table. */
export function queueLayout(context: XlContext, kind: RecordKind, tableName: string): PendingLayout {
  const table = context.workbook.tables.getItem(tableName);
  const header = table.getHeaderRowRange().load("values, rowIndex, columnIndex");
  const body = table.getDataBodyRange().load("rowCount");
  const sheet = table.worksheet.load("name");
  return { kind, table, header, body, sheet };
}

export function layoutOf(p: PendingLayout, tableName: string): TableLayout {
  const headers = (p.header.values[0] ?? []) as CellValue[];
  const match = matchHeaders(p.kind, headers);
  const marksAt = headers.findIndex((h) => h === MARKS_HEADER.zh || h === MARKS_HEADER.en);
  let zh = 0;
  let en = 0;
  for (const c of columnsOf(p.kind)) {
    const at = match.index.get(c.key);
    if (at === undefined) continue;
    if (headers[at] === c.header.zh) zh++;
    else if (headers[at] === c.header.en) en++;
  }
  return {
    kind: p.kind,
    tableName,
    sheetName: p.sheet.name,
    headerRow: p.header.rowIndex,
    firstCol: p.header.columnIndex,
    headers,
    rowCount: p.body.rowCount,
    index: match.index,
    marks: marksAt >= 0 ? marksAt : null,
    locale: zh > en ? "zh-CN" : "en-US",
  };
}

/**
 * Table names by kind: by table name first, else the first table on a sheet named for the
 * kind; and whether the types catalog table exists.
 */
export async function findTables(
  context: XlContext,
  catalogTable: string,
): Promise<{ kinds: Map<RecordKind, string>; catalog: boolean }> {
  const tables = context.workbook.tables.load("items/name, items/worksheet/name");
  await context.sync();
  const found = new Map<RecordKind, string>();
  for (const kind of RECORD_KINDS) {
    const info = KINDS[kind];
    const byName = tables.items.find((t) => t.name.toLowerCase() === info.table.toLowerCase());
    const sheetNames = [info.sheet.zh, info.sheet.en].map((s) => s.toLowerCase());
    const bySheet = tables.items.find((t) => sheetNames.includes(t.worksheet.name.toLowerCase()));
    const t = byName ?? bySheet;
    if (t) found.set(kind, t.name);
  }
  return {
    kinds: found,
    catalog: tables.items.some((t) => t.name.toLowerCase() === catalogTable.toLowerCase()),
  };
}

export const sheetNameFor = (kind: RecordKind, locale: Locale): string => pick(KINDS[kind].sheet, locale);

/** Column offset of a key, or undefined. */
export const offsetOf = (l: TableLayout, key: string): number | undefined => l.index.get(key);

const RESULT_KEYS = new Set(RESULT_COLUMNS.map((c) => c.key));

/** Sheet columns the clerk types into: every matched column but the result columns and our marks. */
export function inputSheetColumns(l: TableLayout): Set<number> {
  return new Set([...l.index].filter(([key]) => !RESULT_KEYS.has(key)).map(([, at]) => l.firstCol + at));
}
