/**
 * The Excel adapter's contract. The task pane receives an implementation as a prop: the real
 * one (Office.js, src/excel) inside Excel, or one backed by the fake workbook (src/fake-excel)
 * in the browser playground and the tests. Everything crossing it is plain data.
 */
import type { RecordsSheet } from "../core/records/records-sheet";
import type { Locale } from "../core/i18n";
import type { RecordKind } from "../core/kinds";
import type { LiveUpdate } from "../core/live";
import type { CellValue, RowResult, TableSnapshot } from "../core/model";
import type { RunLogEntry } from "../core/run-log";
import type { CatalogEntry } from "../core/template/catalog";

export interface TemplateReport {
  /** Sheets/tables created by this call. */
  created: RecordKind[];
  /** Tables that existed and had columns, lists or formats added. */
  repaired: RecordKind[];
  /** Nothing had to change. */
  unchanged: RecordKind[];
  /** Kinds whose sheet exists but holds other data where the table would go: left alone. */
  conflicts?: { kind: RecordKind; sheet: string }[];
}

export interface WorkbookSnapshot {
  tables: TableSnapshot[];
  /** The types catalog from the workbook's hidden lists sheet (the defaults when it has none). */
  catalog: CatalogEntry[];
  dateSystem: 1900 | 1904;
  /**
   * readRows() only: a table was not where the last look saw it (moved, or other headers), so
   * the rows asked for may be other rows now. Read everything instead.
   */
  moved?: boolean;
}

/**
 * The clerk selected several separate areas (Ctrl+click) on a host that cannot read them
 * (ExcelApi below 1.9). The pane tells the clerk to select one block.
 */
export class SeveralAreasSelected extends Error {
  readonly code = "several_areas_selected";
  constructor() {
    super("Several separate areas are selected; this Excel can read one area only.");
    this.name = "SeveralAreasSelected";
  }
}

export const isSeveralAreasSelected = (e: unknown): boolean =>
  (e as { code?: string } | null)?.code === "several_areas_selected";

/** Rows the clerk changed, by kind (0-based data row indexes), as reported by change events. */
export type RowChanges = { kind: RecordKind; rows: number[] }[];

export interface WorkbookAdapter {
  /** Create the four kind sheets, tables and lists, or add what is missing. Never loses a row. */
  ensureTemplate(options: { locale: Locale }): Promise<TemplateReport>;
  /** Read the given kinds' tables (all four when omitted) in few syncs. Missing tables are skipped. */
  read(kinds?: RecordKind[]): Promise<WorkbookSnapshot>;
  /**
   * Only the given data rows of their kinds' tables (a live edit): each table's `rows` holds
   * those rows and holes elsewhere, `partRows` says which (core model.ts). Usually one sync.
   */
  readRows(changes: RowChanges): Promise<WorkbookSnapshot>;
  /**
   * Render the core's verdicts for the rows in `scope` (`rows` omitted: the whole table):
   * Status is each row's state, Message and highlights follow its issues and state (core
   * row-message.ts). A row in scope without a verdict is blank; rows without issues are
   * cleared of our marks.
   */
  showIssues(update: LiveUpdate): Promise<void>;
  /**
   * Write result columns (status, approval id, message, time, key, fingerprint) in one batch,
   * each on the row that holds its Approval ID (`find`) or key, found in that batch (core
   * row-identity.ts); a result that only its content can find (a send's first mark, an adopt)
   * needs `contentKeys`: the key each row's cells make (core contentKeysOf). Answers the results
   * whose row is gone (deleted), written nowhere.
   */
  writeResults(
    results: RowResult[],
    contentKeys?: (table: TableSnapshot) => readonly (string | undefined)[],
  ): Promise<RowResult[]>;
  /** Select and scroll to a cell (column key, or the row's first cell when null). */
  select(kind: RecordKind, row: number, column: string | null): Promise<void>;
  /**
   * The data rows under the current selection, by kind; empty when the selection is outside
   * the tables. Rejects with SeveralAreasSelected when the host cannot read several areas.
   */
  selectedRows(): Promise<RowChanges>;
  /** Add one row for a finished run to the Run log sheet (created on first use, in `locale`). */
  appendRunLog(entry: RunLogEntry, locale: Locale): Promise<void>;
  /** The hidden people sheet's rows (src/core/people/cache-rows.ts); none when the sheet is absent. */
  readPeople(): Promise<CellValue[][]>;
  /** Replace the people sheet's rows, creating the hidden sheet when needed. */
  writePeople(rows: string[][]): Promise<void>;
  /**
   * The hidden approval history sheet's rows (src/core/lifecycle/history-rows.ts
   * historyFromRows turns them into an ApprovalHistory); none when the sheet is absent.
   */
  readHistory(): Promise<CellValue[][]>;
  /**
   * Merge rows (historyToRows) into the journal by approval ID in one batch: rows of IDs it holds
   * are updated, the others appended, nothing else touched; IDs stay text. Creates the journal
   * (VeryHidden) when absent and answers true then: the caller rebuilds it from the rows.
   */
  mergeHistory(rows: string[][]): Promise<boolean>;
  /** Whether the journal exists (found by its table, whatever its sheet is called). */
  hasHistory(): Promise<boolean>;
  /**
   * Rewrite the read-only "Feishu records" sheet (core records/records-sheet.ts) whole, creating
   * it when needed, and show it. Answers the sheet's name.
   */
  writeFeishuRecords(content: RecordsSheet): Promise<string>;
  /** Subscribe to edits of the kind tables (the add-in's own writes excluded). Returns the unsubscribe. */
  onRowsChanged(handler: (changes: RowChanges) => void): Promise<() => Promise<void>>;
}
