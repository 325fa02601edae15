/**
 * Pure decisions about how a template column looks in Excel: number format, width in points,
 * drop-down list, and where missing columns go when a filled table is repaired.
 */
import { messageText } from "../core/catalog";
import { pick, type Locale } from "../core/i18n";
import type { RecordKind } from "../core/kinds";
import { columnForHeader } from "../core/template/headers";
import { columnsOf, type ColumnDef } from "../core/template/columns";
import type { CellValue } from "../core/model";
import { columnLetters } from "./a1";
import { MARKS_HEADER } from "./layout";

export const DATETIME_FORMAT = "yyyy-mm-dd hh:mm";
export const DATE_FORMAT = "yyyy-mm-dd";

/**
 * Start and End are Text: a date-time format would show a date typed there as "00:00", while
 * the core reads a date alone as a whole day (00:00:00 to 23:59:59). As text the cell shows
 * exactly what the clerk typed; dates pasted as serials still read right (whole serial = date).
 */
export const TEXT_DATETIME_KEYS: ReadonlySet<string> = new Set(["start_time", "end_time"]);

/** Text ("@") for ids, names and labels so 00123 stays 00123 and nothing is taken for a formula. */
export function numberFormatFor(col: ColumnDef): string {
  if (TEXT_DATETIME_KEYS.has(col.key)) return "@";
  switch (col.type) {
    case "datetime":
      return DATETIME_FORMAT;
    case "date":
      return DATE_FORMAT;
    case "number":
      return "General";
    case "integer":
      return "0";
    default:
      return "@";
  }
}

/** ColumnDef widths are in characters; Office.js wants points (about 5.6 per character plus padding). */
export const widthInPoints = (col: ColumnDef): number => Math.round(col.width * 5.6 + 5);

export const headerText = (col: ColumnDef, locale: Locale): string => pick(col.header, locale);

/** The marks column: hidden, text, always last. */
export const MARKS_COLUMN: ColumnDef = {
  key: "issue_marks",
  header: MARKS_HEADER,
  type: "result",
  required: false,
  help: messageText("template.issueMarks"),
  hidden: true,
  width: 10,
};

export const templateColumns = (kind: RecordKind): ColumnDef[] => [...columnsOf(kind), MARKS_COLUMN];

/** Which template column a header cell holds (our marks column included). */
export function columnOfHeader(kind: RecordKind, header: CellValue): ColumnDef | undefined {
  if (header === MARKS_HEADER.zh || header === MARKS_HEADER.en) return MARKS_COLUMN;
  return columnForHeader(kind, header);
}

export interface ColumnInsert {
  col: ColumnDef;
  /** Table column index to insert at, counted after the inserts before it. */
  index: number;
}

/**
 * Where each missing template column goes: right after the nearest earlier template column
 * the table has (so Status lands among the results), before our marks column otherwise,
 * and the marks column at the very end. Existing columns never move relative to each other.
 */
export function planInserts(kind: RecordKind, headers: readonly CellValue[]): ColumnInsert[] {
  const present: (string | null)[] = headers.map((h) => columnOfHeader(kind, h)?.key ?? null);
  const inserts: ColumnInsert[] = [];
  const template = templateColumns(kind);
  template.forEach((col, t) => {
    if (present.includes(col.key)) return;
    let index: number;
    if (col === MARKS_COLUMN) index = present.length;
    else {
      const earlier = template.slice(0, t).map((c) => c.key);
      const anchor = present.reduce((best, key, i) => (key !== null && earlier.includes(key) ? i : best), -1);
      const marksAt = present.indexOf(MARKS_COLUMN.key);
      index = anchor >= 0 ? anchor + 1 : t === 0 ? 0 : marksAt >= 0 ? marksAt : present.length;
      if (marksAt >= 0 && index > marksAt) index = marksAt;
    }
    present.splice(index, 0, col.key);
    inserts.push({ col, index });
  });
  return inserts;
}

/** Runs of adjacent advanced columns as [first, count] table offsets. */
export function advancedRuns(cols: readonly ColumnDef[]): [number, number][] {
  const runs: [number, number][] = [];
  cols.forEach((c, i) => {
    if (!c.advanced) return;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i) last[1] += 1;
    else runs.push([i, 1]);
  });
  return runs;
}

export const HIGHLIGHT = {
  error: { marker: "|", fill: "#FFC7CE", font: "#9C0006" },
  warning: { marker: "!", fill: "#FFEB9C", font: "#9C5700" },
  /** A revoked row, greyed across: kept for the record, never sent again. */
  muted: { marker: "~", fill: "#EDEDED", font: "#808080" },
} as const;

/** The rule formula: true when the row's marks cell lists this cell's sheet column between markers. */
export function highlightFormula(marker: string, marksSheetCol: number, firstBodyRow: number): string {
  return `=ISNUMBER(SEARCH("${marker}"&COLUMN()&"${marker}",$${columnLetters(marksSheetCol)}${firstBodyRow + 1}))`;
}

export const isOurRule = (formula: string | null | undefined): boolean =>
  /^=ISNUMBER\(SEARCH\("[|!~]"&COLUMN\(\)&"[|!~]",\$[A-Z]{1,3}\d+\)\)$/.test(formula ?? "");

export const RESULT_HEADER_FILL = "#DDEBF7";
export const RESULT_BODY_FILL = "#F5F9FD";
export const TABLE_STYLE = "TableStyleLight9";
