/**
 * The slice of the Excel JavaScript API the adapter uses, and nothing more. The real
 * `Excel.RequestContext` satisfies it (checked at compile time in office-run.ts); the fake
 * workbook (src/fake-excel) implements exactly it. Names and shapes follow @types/office-js.
 */

/** A cell as written: null leaves the cell unchanged (Office.js semantics). */
export type XlCell = string | number | boolean | null;

export interface XlLoadable {
  load(propertyNames: string): this;
}

export interface XlFill {
  color: string;
  clear(): void;
}

export interface XlRangeFormat {
  fill: XlFill;
  font: { bold: boolean; color: string };
  columnWidth: number;
  wrapText: boolean;
}

export interface XlDataValidation extends XlLoadable {
  readonly type: string;
  rule: { list?: { inCellDropDown: boolean; source: unknown } };
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  clear(): void;
}

export interface XlConditionalFormat {
  readonly type: string;
  readonly customOrNullObject: {
    readonly isNullObject: boolean;
    readonly rule: { readonly formula: string };
  };
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };
  stopIfTrue: boolean;
  delete(): void;
}

export interface XlConditionalFormats extends XlLoadable {
  readonly items: XlConditionalFormat[];
  add(type: "Custom"): XlConditionalFormat;
}

export interface XlRange extends XlLoadable {
  values: unknown[][];
  numberFormat: unknown[][];
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly format: XlRangeFormat;
  columnHidden: boolean;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormats;
  getCell(row: number, column: number): XlRange;
  getResizedRange(deltaRows: number, deltaColumns: number): XlRange;
  getOffsetRange(rowOffset: number, columnOffset: number): XlRange;
  group(groupOption: "ByColumns"): void;
  hideGroupDetails(groupOption: "ByColumns"): void;
  select(): void;
}

export interface XlRangeAreas extends XlLoadable {
  readonly address: string;
  readonly format: { fill: XlFill };
}

export interface XlChangedArgs {
  address: string;
  worksheetId: string;
  /** "Local", or "Remote" for a co-author's change (ExcelApi 1.7). */
  source: string;
  /** ExcelApi 1.14; undefined on older hosts. */
  triggerSource?: string;
  /** "RangeEdited", "RowInserted", "RowDeleted", … (ExcelApi 1.7). */
  changeType: string;
}

export interface XlEventHandlerResult {
  remove(): void;
  /** The RequestContext the handler was added with; removal must use it. */
  readonly context: unknown;
}

export interface XlWorksheet extends XlLoadable {
  readonly isNullObject: boolean;
  readonly name: string;
  readonly id: string;
  visibility: string;
  readonly tables: XlTables;
  readonly freezePanes: { freezeRows(count: number): void };
  readonly onChanged: { add(handler: (args: XlChangedArgs) => Promise<unknown>): XlEventHandlerResult };
  getRange(address: string): XlRange;
  getRanges(address: string): XlRangeAreas;
  activate(): void;
}

export interface XlWorksheets extends XlLoadable {
  readonly items: XlWorksheet[];
  getItemOrNullObject(name: string): XlWorksheet;
  add(name: string): XlWorksheet;
}

export interface XlTableColumns {
  add(index?: number, values?: (string | number | boolean)[][], name?: string): unknown;
}

/** `table.rows` (ExcelApi 1.1; several rows at once 1.4): `add` with no index (or null) appends. */
export interface XlTableRows {
  add(index?: number, values?: (string | number | boolean)[][]): unknown;
}

export interface XlTable extends XlLoadable {
  readonly isNullObject: boolean;
  name: string;
  style: string;
  readonly worksheet: XlWorksheet;
  readonly columns: XlTableColumns;
  /** Appends (no index) as one insert: rows two writers add at once are all kept (ExcelApi 1.1). */
  readonly rows: XlTableRows;
  getHeaderRowRange(): XlRange;
  getDataBodyRange(): XlRange;
}

export interface XlTables extends XlLoadable {
  readonly items: XlTable[];
  getItem(name: string): XlTable;
  getItemOrNullObject(name: string): XlTable;
  add(address: string, hasHeaders: boolean): XlTable;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheets;
  readonly tables: XlTables;
  readonly functions: {
    date(year: number, month: number, day: number): XlLoadable & { readonly value: unknown };
  };
  getSelectedRange(): XlRange;
  /** ExcelApi 1.9. */
  getSelectedRanges(): XlRangeAreas;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<void>;
}

/**
 * Options of `Excel.run(options, batch)`. `mergeUndoGroup` (ExcelApi 1.20) makes every sync of
 * the run one undo step; check `isSetSupported("ExcelApi", "1.20")` before passing it
 * (docs/office-addin.md §5.10).
 */
export interface XlRunOptions {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

/**
 * `Excel.run` as the adapter needs it: `run(batch)`, `run(batch, reuse)` to run in an existing
 * context (handler removal), or `run(options, batch)`.
 */
export interface ExcelRun {
  <T>(batch: (ctx: XlContext) => Promise<T>, reuse?: unknown): Promise<T>;
  <T>(options: XlRunOptions, batch: (ctx: XlContext) => Promise<T>): Promise<T>;
}
