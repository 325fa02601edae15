/**
 * A fake Excel for tests and the browser playground: `createFakeExcel()` gives an
 * `Excel.run`-like runner over an in-memory workbook, clerk actions (typing, formatting,
 * selecting) and a plain snapshot of a sheet for rendering. No Node built-ins.
 */
import { parseAddress, parseAreas, columnIndex, type Rect } from "../excel/a1";
import type { ExcelRun, XlContext } from "../excel/office-subset";
import type { ApiUsageReport } from "./api-usage";
import { FakeBook, type CellScalar, type ChangeSource, type FakeStats, type SheetModel } from "./book";
import { FakeContext, FakeOfficeError, guardedBy } from "./context";
import { type HostProfile, type HostProfileId, hostProfile } from "./profiles";
import { FakeWorkbook } from "./sheet";

export { FakeOfficeError, PAYLOAD_LIMIT_BYTES, ADDRESS_LIMIT_CHARS } from "./context";
export { HOST_PROFILES, hostProfile, type HostProfile, type HostProfileId } from "./profiles";
export type { ApiUsageReport } from "./api-usage";
export type { FakeStats } from "./book";

class FakeRequestContext extends FakeContext {
  readonly workbook = guardedBy(this, new FakeWorkbook(this), "Workbook");
}

export interface FakeExcelOptions {
  dateSystem?: 1900 | 1904;
  /** The Excel host to play (default Excel on the web: every set, 5 MB payloads). */
  profile?: HostProfileId;
  /** Overrides the profile's highest ExcelApi set. */
  apiVersion?: string;
  /**
   * Milliseconds each `sync()` waits before it is applied, as a round trip to Excel costs
   * (default 0: answered at once, as unit tests want). Changeable later through `book.syncDelayMs`.
   */
  syncDelayMs?: number;
}

export interface SheetSnapshot {
  name: string;
  visibility: string;
  frozenRows: number;
  hiddenColumns: number[];
  tables: { name: string; row: number; col: number; rows: number; cols: number }[];
  values: CellScalar[][];
  numberFormats: string[][];
  /** Effective fill per cell: our conditional formats applied over the cell's own fill. */
  fills: (string | null)[][];
}

export interface FakeExcel {
  book: FakeBook;
  profile: HostProfile;
  run: ExcelRun;
  /** `Office.context.requirements.isSetSupported("ExcelApi", v)` on this host. */
  supports(version: string): boolean;
  /** Which requirement sets the add-in touched, and what it used unguarded or was refused. */
  apiUsage(): ApiUsageReport;
  stats(): FakeStats;
  resetStats(): void;
  /** Waits until change events have reached every handler. */
  settle(): Promise<void>;
  /** The clerk types (or pastes) values; fires onChanged with triggerSource "Unknown". */
  userEdit(sheet: string, address: string, values: CellScalar[][]): void;
  /** A co-author elsewhere changes values (their typing or their add-in): events say source "Remote". */
  remoteEdit(sheet: string, address: string, values: CellScalar[][]): void;
  /** The clerk fills cells with a colour (no event, as in Excel). */
  userFill(sheet: string, address: string, color: string | null): void;
  /** Selects one area, or several separated by commas (Ctrl+click); the first is the active one. */
  userSelect(sheet: string, address: string): void;
  addSheet(name: string): void;
  sheetNames(): string[];
  snapshot(sheet: string, maxRows?: number): SheetSnapshot;
}

/** Compile-time proof that the fake offers every member the adapter uses. */
const asSubset = (ctx: FakeRequestContext): XlContext => ctx;

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const base = hostProfile(options.profile ?? "web");
  const profile = options.apiVersion ? { ...base, apiVersion: options.apiVersion } : base;
  const book = new FakeBook(options.dateSystem ?? 1900, profile);
  book.syncDelayMs = options.syncDelayMs ?? 0;
  const sheetOf = (name: string): SheetModel => {
    const s = book.sheet(name);
    if (!s) throw new FakeOfficeError("ItemNotFound", `No sheet "${name}"`);
    return s;
  };
  const run: ExcelRun = async (batch, reuse) => {
    const ctx = reuse instanceof FakeRequestContext ? reuse : new FakeRequestContext(book);
    const result = await batch(asSubset(ctx));
    // Like Excel.run, send what the batch left queued.
    if (ctx.pending > 0) await ctx.sync();
    return result;
  };
  const edit = (sheet: string, address: string, values: CellScalar[][], source: ChangeSource) => {
    const s = sheetOf(sheet);
    const { rect } = parseAddress(address);
    const sized: Rect = { ...rect, rows: values.length, cols: values[0]?.length ?? 0 };
    book.growTables(s, sized);
    values.forEach((row, i) => row.forEach((v, j) => book.enter(s, rect.row + i, rect.col + j, v)));
    book.record(s, sized, source);
  };
  return {
    book,
    profile,
    run,
    supports: (version) => book.usage.supports(version),
    apiUsage: () => book.usage.report(),
    stats: () => ({ ...book.stats }),
    resetStats: () => {
      book.stats = { syncs: 0, operations: 0, maxRequestBytes: 0, maxResponseBytes: 0 };
    },
    settle: () => book.settle(),
    userEdit: (sheet, address, values) => edit(sheet, address, values, "user"),
    remoteEdit: (sheet, address, values) => edit(sheet, address, values, "remote"),
    userFill(sheet, address, color) {
      const s = sheetOf(sheet);
      const { rect } = parseAddress(address);
      for (let r = rect.row; r < rect.row + rect.rows; r++)
        for (let c = rect.col; c < rect.col + rect.cols; c++) book.touch(s, r, c).fill = color;
    },
    userSelect(sheet, address) {
      const areas = parseAreas(address).map((a) => a.rect);
      book.selection = { sheet: sheetOf(sheet), rect: areas[0], ...(areas.length > 1 ? { areas } : {}) };
    },
    addSheet: (name) => void book.addSheet(name),
    sheetNames: () => book.sheets.map((s) => s.name),
    snapshot: (sheet, maxRows = 1000) => snapshotOf(book, sheetOf(sheet), maxRows),
  };
}

/** Evaluates the one formula shape our highlight rule uses; other rules count as false. */
const MARK_RULE = /^=ISNUMBER\(SEARCH\("(.)"&COLUMN\(\)&"\1",\$([A-Z]{1,3})(\d+)\)\)$/;

function snapshotOf(book: FakeBook, s: SheetModel, maxRows: number): SheetSnapshot {
  // The extent is kept as cells are stored: drawing 120 rows never walks a 20,000-row sheet.
  const area = { row: 0, col: 0, rows: Math.min(s.extent.rows, maxRows), cols: s.extent.cols };
  // Each rule parsed once per snapshot, and its marks cell read once per row, not once per drawn cell.
  const rules = s.conditionalFormats.flatMap((cf) => {
    const m = MARK_RULE.exec(cf.formula);
    return m ? [{ cf, sep: m[1], marksCol: columnIndex(m[2]), firstRow: Number(m[3]) - 1 }] : [];
  });
  const fills = book.grid(s, area, (cell) => cell?.fill ?? null);
  const taken = new Set<number>();
  const ruled = (r: number, c: number) => taken.has(r * 16_384 + c);
  for (let r = 0; r < area.rows; r++) {
    for (const { cf, sep, marksCol, firstRow } of rules) {
      if (r < cf.rect.row || r >= cf.rect.row + cf.rect.rows) continue;
      const marks = String(book.value(s, firstRow + (r - cf.rect.row), marksCol));
      if (!marks) continue;
      const to = Math.min(cf.rect.col + cf.rect.cols, area.cols);
      // The first rule that holds wins, as the rules are listed.
      for (let c = cf.rect.col; c < to; c++)
        if (marks.includes(`${sep}${c + 1}${sep}`) && !ruled(r, c)) {
          fills[r][c] = cf.fill;
          taken.add(r * 16_384 + c);
        }
    }
  }
  return {
    name: s.name,
    visibility: s.visibility,
    frozenRows: s.frozenRows,
    hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
    tables: book.tables
      .filter((t) => t.sheet === s)
      .map((t) => ({ name: t.name, row: t.row, col: t.col, rows: t.rows, cols: t.cols })),
    values: book.grid(s, area, (cell) => cell?.value ?? ""),
    numberFormats: book.grid(s, area, (cell) => cell?.numberFormat ?? "General"),
    fills,
  };
}
