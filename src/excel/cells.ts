/**
 * Writing plain values into a table, formula-safe: a string starting with = + - or @ gets the
 * Text format ("@") in the same batch before its value, so Excel keeps it as text and never
 * evaluates it. So does every value written into a column the caller marks as text (IDs, keys:
 * a long digit string must never become a rounded number). Values are written as 2-D blocks,
 * never cell by cell, planned with their UTF-8 weight so the caller syncs them under the
 * payload limit (payload.ts).
 */
import type { XlCell, XlTable } from "./office-subset";
import { type PlannedWrites, jsonBytes } from "./payload";

export const looksLikeFormula = (v: unknown): boolean => typeof v === "string" && /^[=+\-@]/.test(v);

/**
 * Plans the write of `values` (null = leave the cell alone) at data row `row`, table column
 * `col`. `textColumns[j]` true: every value written in the block's column j gets the Text format.
 * `valueBytes`: the values' JSON weight when the caller has already counted it (not counted again).
 */
export function writeBlock(
  writes: PlannedWrites,
  table: XlTable,
  row: number,
  col: number,
  values: XlCell[][],
  textColumns: readonly boolean[] = [],
  valueBytes?: number,
): void {
  if (values.length === 0 || values[0].length === 0) return;
  const isText = (v: XlCell, j: number) => (textColumns[j] === true && v !== null) || looksLikeFormula(v);
  const formats = values.some((r) => r.some(isText))
    ? values.map((r) => r.map((v, j) => (isText(v, j) ? "@" : null)))
    : null;
  writes.add((valueBytes ?? jsonBytes(values)) + jsonBytes(formats ?? undefined) + 200, () => {
    const range = table
      .getDataBodyRange()
      .getCell(row, col)
      .getResizedRange(values.length - 1, values[0].length - 1);
    if (formats) range.numberFormat = formats;
    range.values = values;
  });
}

/**
 * Plans one value per listed row into a column: consecutive rows share one block; when rows
 * are scattered widely the covering span is written with nulls in between (fewer operations).
 * Blocks are cut by rows and by bytes.
 */
export function writeColumn(
  writes: PlannedWrites,
  table: XlTable,
  col: number,
  rows: readonly number[],
  values: readonly XlCell[],
): number {
  if (rows.length === 0) return 0;
  const order = rows.map((r, i) => [r, i] as const).sort((a, b) => a[0] - b[0]);
  const runs: { start: number; cells: XlCell[] }[] = [];
  for (const [r, i] of order) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.cells.length === r) last.cells.push(values[i]);
    else if (!last || last.start + last.cells.length <= r) runs.push({ start: r, cells: [values[i]] });
  }
  const merged = runs.length > 64 ? [spanOf(runs)] : runs;
  let blocks = 0;
  for (const run of merged) {
    // Each cell weighed once: `["…"],` is its JSON and the block's weight is their sum.
    const weights = run.cells.map((v) => jsonBytes(v) + 3);
    for (const [s, n] of writes.blocks(run.cells.length, (i) => weights[i])) {
      let bytes = 2;
      for (let i = s; i < s + n; i++) bytes += weights[i];
      const cells = run.cells.slice(s, s + n).map((v) => [v]);
      writeBlock(writes, table, run.start + s, col, cells, [], bytes);
      blocks += 1;
    }
  }
  return blocks;
}

function spanOf(runs: { start: number; cells: XlCell[] }[]): { start: number; cells: XlCell[] } {
  const start = runs[0].start;
  const last = runs[runs.length - 1];
  const cells: XlCell[] = new Array(last.start + last.cells.length - start).fill(null);
  for (const run of runs) run.cells.forEach((v, i) => (cells[run.start - start + i] = v));
  return { start, cells };
}
