/**
 * A fake Excel for tests and the browser playground: `createFakeExcel()` gives an
 * `Excel.run`-like runner over an in-memory workbook, what a clerk or a co-author does to it
 * (typing, formatting, selecting, inserting, deleting, sorting and filtering rows, undo, sheet
 * tabs: clerk.ts) and a plain snapshot of a sheet for rendering. No Node built-ins.
 */
import { parseAddress, parseAreas, columnIndex } from "../excel/a1";
import type { ExcelRun, XlContext, XlRunOptions } from "../excel/office-subset";
import type { ApiUsageReport } from "./api-usage";
import { FakeBook, type CellScalar, type FakeStats, type SheetModel } from "./book";
import { type ClerkActions, clerkActions } from "./clerk";
import { FakeContext, FakeOfficeError, guardedBy } from "./context";
import { type HostProfile, type HostProfileId, hostProfile } from "./profiles";
import { FakeWorkbook } from "./sheet";

export { FakeOfficeError, PAYLOAD_LIMIT_BYTES, ADDRESS_LIMIT_CHARS } from "./context";
export { HOST_PROFILES, hostProfile, type HostProfile, type HostProfileId } from "./profiles";
export type { ApiUsageReport } from "./api-usage";
export type { FakeStats } from "./book";
export type { ClerkActions } from "./clerk";

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
  /** Rows a filter hides (0-based sheet rows). */
  hiddenRows: number[];
  tables: { name: string; row: number; col: number; rows: number; cols: number }[];
  values: CellScalar[][];
  numberFormats: string[][];
  /** Effective fill per cell: our conditional formats applied over the cell's own fill. */
  fills: (string | null)[][];
}

/**
 * The fake Excel: `run` is `Excel.run` (`run(batch)`, `run(batch, reuse)` or `run(options, batch)`);
 * the `user…` methods are what the clerk does in Excel's UI (clerk.ts).
 */
export interface FakeExcel extends ClerkActions {
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
  /** `fn` runs once, just before the next `sync()` is applied: a change arriving between two of our syncs. */
  beforeNextSync(fn: () => void): void;
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
  async function run<T>(
    first: ((ctx: XlContext) => Promise<T>) | XlRunOptions,
    second?: unknown,
  ): Promise<T> {
    const [batch, reuse, options] =
      typeof first === "function"
        ? [first, second, {}]
        : [second as (ctx: XlContext) => Promise<T>, undefined, first];
    const ctx = reuse instanceof FakeRequestContext ? reuse : new FakeRequestContext(book);
    if (options.mergeUndoGroup && mergesUndo(book)) ctx.mergedStep = null;
    const result = await batch(asSubset(ctx));
    // Like Excel.run, send what the batch left queued.
    if (ctx.pending > 0) await ctx.sync();
    return result;
  }
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
    ...clerkActions(book, sheetOf),
    beforeNextSync: (fn) => void book.beforeSync.push(fn),
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

/**
 * Whether `mergeUndoGroup` takes effect: it is ExcelApi 1.20. The Office docs say nothing of
 * what an older host does with it (docs/office-addin.md §5.10); there the fake ignores it, as
 * those hosts keep no undo step for an add-in's writes anyway. Passing it without having
 * checked `isSetSupported("ExcelApi", "1.20")` is recorded as an unguarded use.
 */
function mergesUndo(book: FakeBook): boolean {
  return book.usage.useOptional("RunOptions.mergeUndoGroup", "1.20");
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
    hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
    tables: book.tables
      .filter((t) => t.sheet === s)
      .map((t) => ({ name: t.name, row: t.row, col: t.col, rows: t.rows, cols: t.cols })),
    values: book.grid(s, area, (cell) => cell?.value ?? ""),
    numberFormats: book.grid(s, area, (cell) => cell?.numberFormat ?? "General"),
    fills,
  };
}
