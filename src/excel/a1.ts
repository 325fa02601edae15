/**
 * A1 addresses: plain arithmetic shared by the adapter and the fake workbook.
 * Rows and columns are 0-based here; Excel's A1 text is 1-based.
 */

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Sheet names with anything but letters, digits and _ are quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellText(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "B2:D9" (or "B2" for one cell), no sheet. */
export function rectText(r: Rect): string {
  const a = cellText(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? a : `${a}:${cellText(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

export function sheetAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${rectText(r)}`;
}

export interface ParsedAddress {
  sheet: string | null;
  rect: Rect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function splitSheet(address: string): { sheet: string | null; ref: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, ref: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(bang + 1) };
}

/** Parses "Sheet!A1:B2", "A1", "A:C" or "2:5". Throws on anything else. */
export function parseAddress(address: string): ParsedAddress {
  const { sheet, ref } = splitSheet(address.trim());
  const [a, b = a] = ref.split(":");
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r0 = Number(ca[2]) - 1;
    const r1 = Number(cb[2]) - 1;
    const c0 = columnIndex(ca[1]);
    const c1 = columnIndex(cb[1]);
    return {
      sheet,
      rect: {
        row: Math.min(r0, r1),
        col: Math.min(c0, c1),
        rows: Math.abs(r1 - r0) + 1,
        cols: Math.abs(c1 - c0) + 1,
      },
    };
  }
  const ka = COLS.exec(a);
  const kb = COLS.exec(b);
  if (ka && kb) {
    const c0 = columnIndex(ka[1]);
    const c1 = columnIndex(kb[1]);
    return { sheet, rect: { row: 0, col: Math.min(c0, c1), rows: MAX_ROWS, cols: Math.abs(c1 - c0) + 1 } };
  }
  const ra = ROWS.exec(a);
  const rb = ROWS.exec(b);
  if (ra && rb) {
    const r0 = Number(ra[1]) - 1;
    const r1 = Number(rb[1]) - 1;
    return { sheet, rect: { row: Math.min(r0, r1), col: 0, rows: Math.abs(r1 - r0) + 1, cols: MAX_COLS } };
  }
  throw new Error(`Not an A1 address: "${address}"`);
}

/** Multi-area addresses ("A1:B2, D4" or with ";") as separate areas. */
export function parseAreas(address: string): ParsedAddress[] {
  return address
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map(parseAddress);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** Sorted unique numbers as [start, length] runs: [1,2,3,7] -> [[1,3],[7,1]]. */
export function runsOf(sorted: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === n) last[1] += 1;
    else if (!last || last[0] + last[1] < n) runs.push([n, 1]);
  }
  return runs;
}
