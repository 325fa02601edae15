/**
 * What our own cells of each data row (Status, Message and the hidden marks) hold: as the last
 * read saw them, or as we last wrote them. showIssues() writes only the rows whose cells would
 * change, so checking again a sheet that already shows its result writes nothing.
 * A table whose place, headers or row count changed (rows inserted, deleted or moved) starts
 * afresh, and rows another writer touched (send results) are forgotten until read again.
 */
import type { RecordKind } from "../core/kinds";
import type { TableLayout } from "./layout";

/** One row's Status, Message and marks as one comparable string ("" for a column the table lacks). */
export const shownKey = (status: unknown, message: unknown, marks: unknown): string =>
  `${String(status ?? "")}\u0001${String(message ?? "")}\u0001${String(marks ?? "")}`;

const shapeOf = (l: TableLayout): string =>
  [l.tableName, l.sheetName, l.headerRow, l.firstCol, l.rowCount, ...l.headers.map(String)].join("\u0001");

export class ShownCells {
  private byKind = new Map<RecordKind, { shape: string; rows: Map<number, string> }>();

  private table(layout: TableLayout): Map<number, string> {
    const shape = shapeOf(layout);
    const known = this.byKind.get(layout.kind);
    if (known?.shape === shape) return known.rows;
    const rows = new Map<number, string>();
    this.byKind.set(layout.kind, { shape, rows });
    return rows;
  }

  /** Notes what the read `rows` hold; `values[r]` is data row r as read (all the table's columns). */
  noteRead(
    layout: TableLayout,
    rows: Iterable<number>,
    values: readonly (readonly unknown[] | undefined)[],
  ): void {
    const known = this.table(layout);
    const at = (key: string) => layout.index.get(key);
    const [status, message, marks] = [at("status"), at("message"), layout.marks ?? undefined];
    const cell = (row: readonly unknown[], c: number | undefined) => (c === undefined ? "" : row[c]);
    for (const r of rows) {
      const row = values[r];
      if (row) known.set(r, shownKey(cell(row, status), cell(row, message), cell(row, marks)));
    }
  }

  /** What each data row of the table shows, as far as known (look the table up once, then per row). */
  rowsOf(layout: TableLayout): ReadonlyMap<number, string> {
    return this.table(layout);
  }

  noteWritten(layout: TableLayout, rows: readonly number[], keys: readonly string[]): void {
    const known = this.table(layout);
    rows.forEach((r, i) => known.set(r, keys[i]));
  }

  /** Rows written by someone else (or by a write that may not have landed): unknown until read. */
  forget(kind: RecordKind, rows?: readonly number[]): void {
    const known = this.byKind.get(kind);
    if (!known) return;
    if (rows) for (const r of rows) known.rows.delete(r);
    else this.byKind.delete(kind);
  }
}
