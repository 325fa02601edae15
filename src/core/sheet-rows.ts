/**
 * The one rule for the row number a clerk sees: where a data row sits in the sheet, wherever
 * its table starts. Messages ("identical to row 5"), the pane's issue list and previews all ask
 * here, so a table whose header is on sheet row 3 reports its first data row as row 4.
 */
import type { RecordKind } from "./kinds";
import type { TableSnapshot } from "./model";

/** The template puts the header on sheet row 1. */
export const DEFAULT_HEADER_ROW = 1;

/** Where a table's header sits: its 1-based sheet row number, when known. */
export type TablePlace = Pick<TableSnapshot, "headerRow">;

/** The 1-based sheet row number of 0-based data row `row` of a table. */
export function sheetRowOf(place: TablePlace | undefined, row: number): number {
  return (place?.headerRow ?? DEFAULT_HEADER_ROW) + 1 + row;
}

/** Maps a 0-based data row of a kind's table to the row number the clerk sees in the sheet. */
export type SheetRow = (kind: RecordKind, row: number) => number;

/** Header rows by kind, as plain data (for the pane's state). */
export type HeaderRows = Partial<Record<RecordKind, number>>;

export function headerRowsOf(snapshots: readonly Pick<TableSnapshot, "kind" | "headerRow">[]): HeaderRows {
  const out: HeaderRows = {};
  for (const s of snapshots) if (s.headerRow !== undefined) out[s.kind] = s.headerRow;
  return out;
}

/** The SheetRow of a workbook's tables. */
export function sheetRowsOf(headerRows: HeaderRows): SheetRow {
  return (kind, row) => sheetRowOf({ headerRow: headerRows[kind] }, row);
}
