/**
 * The in-memory workbook behind the fake Excel: sheets of sparse cells, tables, data
 * validation, conditional formats, selection and pending change events. Proxies in
 * context.ts / range.ts / sheet.ts read and write it only while a sync applies their queue.
 */
import { type Rect, rectText } from "../excel/a1";
import type { XlChangedArgs } from "../excel/office-subset";
import { ApiUsage, guardApi } from "./api-usage";
import { type HostProfile, versionAtMost } from "./profiles";
import { typeIntoCell } from "./typing";
import { UndoLog } from "./undo";

export type CellScalar = string | number | boolean;

export interface DataValidationModel {
  rule?: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

export interface CellModel {
  value: CellScalar;
  formula?: string;
  numberFormat: string;
  fill: string | null;
  bold?: boolean;
  fontColor?: string;
  wrap?: boolean;
  dv?: DataValidationModel;
}

export interface ConditionalFormatModel {
  id: number;
  rect: Rect;
  type: "Custom";
  formula: string;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  /** Header row, first column (0-based), width, and data body rows (at least 1). */
  row: number;
  col: number;
  cols: number;
  rows: number;
  style: string;
  /** The clerk's filter: which body rows each column (offset in the table) keeps. */
  filters?: Map<number, (value: CellScalar) => boolean>;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<number, CellModel>;
  frozenRows: number;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  columnGroups: { col: number; cols: number; collapsed: boolean }[];
  conditionalFormats: ConditionalFormatModel[];
  /** Rows a filter hides (0-based sheet rows). */
  hiddenRows: Set<number>;
  /** Rows and columns up to the last cell ever stored (cells are never removed, only moved). */
  extent: { rows: number; cols: number };
}

/** Who changed cells: this add-in, the clerk at this Excel, or a co-author elsewhere (a Remote event). */
export type ChangeSource = "addin" | "user" | "remote";

export interface PendingChange {
  sheet: SheetModel;
  rect: Rect;
  source: ChangeSource;
  /** The event's changeType: "RangeEdited", "RowInserted", "RowDeleted". */
  changeType: string;
}

/** Every column of the sheet: a rect this wide is whole rows ("5:6"). */
export const SHEET_COLUMNS = 16_384;

export interface FakeStats {
  syncs: number;
  /** Queued actions: loads, property sets and method calls. */
  operations: number;
  /** The largest request and response of one sync, in bytes of JSON. */
  maxRequestBytes: number;
  maxResponseBytes: number;
}

const key = (row: number, col: number): number => row * 16_384 + col;

/** Widens the sheet's extent to cover the cell stored under key `k`. */
export function noteExtent(sheet: SheetModel, k: number): void {
  sheet.extent.rows = Math.max(sheet.extent.rows, Math.floor(k / 16_384) + 1);
  sheet.extent.cols = Math.max(sheet.extent.cols, (k % 16_384) + 1);
}

export class FakeBook {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  /** The selection: its active area, and every area when the clerk Ctrl+clicked several. */
  selection: { sheet: SheetModel; rect: Rect; areas?: Rect[] } | null = null;
  activeSheet: SheetModel | null = null;
  changes: PendingChange[] = [];
  handlers: { sheetId: string; handler: (args: XlChangedArgs) => Promise<unknown> }[] = [];
  stats: FakeStats = { syncs: 0, operations: 0, maxRequestBytes: 0, maxResponseBytes: 0 };
  /** Counts applied operations that may change the book (every one but loads) and the clerk's or a co-author's changes: a drawing of it is stale when this moved. */
  revision = 0;
  /** What each `sync()` waits before it is applied: the host's round trip (0: answered at once). */
  syncDelayMs = 0;
  /** Run once, just before the next sync is applied (a co-author's change between two syncs). */
  beforeSync: (() => void)[] = [];
  readonly undo = new UndoLog(
    () => this.tables,
    () => this.sheets,
  );
  private nextId = 1;

  /** Every Excel member the add-in used on this host, checked against its requirement sets. */
  readonly usage: ApiUsage;

  constructor(
    readonly dateSystem: 1900 | 1904,
    readonly profile: HostProfile,
  ) {
    this.usage = new ApiUsage(profile.apiVersion);
  }

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  sheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  addSheet(name: string): SheetModel {
    if (this.sheet(name)) throw new Error(`A sheet named "${name}" already exists`);
    const sheet: SheetModel = {
      id: this.newId("sheet"),
      name,
      visibility: "Visible",
      cells: new Map(),
      frozenRows: 0,
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      columnGroups: [],
      conditionalFormats: [],
      hiddenRows: new Set(),
      extent: { rows: 0, cols: 0 },
    };
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  table(name: string): TableModel | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }

  cell(sheet: SheetModel, row: number, col: number): CellModel | undefined {
    return sheet.cells.get(key(row, col));
  }

  /** `pick` of every cell in `rect`, row by row (absent cells passed as undefined); plain loops, as a 5,000-row read is hot. */
  grid<T>(sheet: SheetModel, rect: Rect, pick: (cell: CellModel | undefined) => T): T[][] {
    const out = new Array<T[]>(rect.rows);
    for (let i = 0; i < rect.rows; i++) {
      const row = new Array<T>(rect.cols);
      const base = key(rect.row + i, rect.col);
      for (let j = 0; j < rect.cols; j++) row[j] = pick(sheet.cells.get(base + j));
      out[i] = row;
    }
    return out;
  }

  /** The cell, created blank when absent. */
  touch(sheet: SheetModel, row: number, col: number): CellModel {
    const k = key(row, col);
    let c = sheet.cells.get(k);
    this.undo.noteCell(sheet, k, c);
    if (!c) {
      c = { value: "", numberFormat: "General", fill: null };
      sheet.cells.set(k, c);
      noteExtent(sheet, k);
    }
    return c;
  }

  value(sheet: SheetModel, row: number, col: number): CellScalar {
    return this.cell(sheet, row, col)?.value ?? "";
  }

  /** Enters a value the way Excel does (typing.ts) unless the cell is Text ("@"). */
  enter(sheet: SheetModel, row: number, col: number, input: CellScalar): void {
    const c = this.touch(sheet, row, col);
    delete c.formula;
    if (typeof input !== "string" || c.numberFormat === "@") {
      c.value = input;
      return;
    }
    const typed = typeIntoCell(input, this.dateSystem);
    if (typed.kind === "formula") {
      c.formula = typed.formula;
      c.value = typed.value;
    } else if (typed.kind === "date") {
      const [y, m, day, hh, mm, ss] = typed.parts;
      c.value = this.serial(y, m, day, hh, mm, ss);
      if (c.numberFormat === "General") c.numberFormat = typed.format;
    } else {
      c.value = typed.value;
      if (typed.format && c.numberFormat === "General") c.numberFormat = typed.format;
    }
  }

  /** The serial number of a wall-clock date in this workbook's date system. */
  serial(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): number {
    const days = Date.UTC(y, m - 1, d) / 86_400_000 + (this.dateSystem === 1904 ? 24_107 : 25_569);
    return days + (hh * 3600 + mm * 60 + ss) / 86_400;
  }

  /** Notes a change; handlers hear of it asynchronously, as in Office. */
  record(sheet: SheetModel, rect: Rect, source: ChangeSource, changeType = "RangeEdited"): void {
    this.undo.noteChange({ sheet, rect, changeType });
    this.changes.push({ sheet, rect, source, changeType });
    if (this.changes.length === 1) this.delivery = this.delivery.then(() => this.deliver());
  }

  private delivery: Promise<void> = Promise.resolve();

  /** Resolves when every change so far has reached its handlers and they have finished. */
  async settle(): Promise<void> {
    while (this.changes.length > 0) await this.delivery;
    await this.delivery;
  }

  private async deliver(): Promise<void> {
    const changes = this.changes;
    this.changes = [];
    const calls: Promise<unknown>[] = [];
    const hasTriggerSource = versionAtMost("1.14", this.profile.apiVersion);
    for (const ch of changes) {
      const triggerSource = ch.source === "addin" ? "ThisLocalAddin" : "Unknown";
      for (const h of this.handlers.filter((x) => x.sheetId === ch.sheet.id)) {
        const args: XlChangedArgs = {
          address: addressOf(ch.rect),
          changeType: ch.changeType,
          worksheetId: ch.sheet.id,
          source: ch.source === "remote" ? "Remote" : "Local",
          ...(hasTriggerSource ? { triggerSource } : {}),
        };
        // Reading a member the host lacks gives undefined, and is noted as an unguarded use.
        calls.push(h.handler(guardApi(args, "WorksheetChangedEventArgs", this.usage, () => undefined)));
      }
    }
    await Promise.all(calls);
  }

  tableRect(t: TableModel): Rect {
    return { row: t.row, col: t.col, rows: t.rows + 1, cols: t.cols };
  }

  describe(rect: Rect): string {
    return rectText(rect);
  }
}

/** "B2:D9", or "5:6" for whole rows, as Excel gives a row insert's or delete's address. */
export const addressOf = (rect: Rect): string =>
  rect.col === 0 && rect.cols === SHEET_COLUMNS ? `${rect.row + 1}:${rect.row + rect.rows}` : rectText(rect);
