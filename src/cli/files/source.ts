/**
 * A file the command reads and writes back: its kind tables as the pane's adapter would read
 * them (core TableSnapshot), the types catalog, the date system and the people cache; results
 * go into memory first and reach the disk on save().
 */
import type { Locale } from "../../core/i18n";
import type { RecordKind } from "../../core/kinds";
import type { CellValue, RowResult, TableSnapshot } from "../../core/model";
import type { CatalogEntry } from "../../core/template/catalog";

export interface FileTable {
  kind: RecordKind;
  /** The sheet's name as the clerk sees it (the file's name for a .csv). */
  sheet: string;
  snapshot: TableSnapshot;
  /** The header row's language: Status labels are written in it. */
  locale: Locale;
}

export interface SourceFile {
  path: string;
  /** Where results are saved: the file itself (.xlsx) or a results file beside it (.csv). */
  resultsPath: string;
  tables: FileTable[];
  catalog: CatalogEntry[];
  dateSystem: 1900 | 1904;
  peopleRows: CellValue[][];
  /** Result columns of rows, in memory (absent fields are left as they are). */
  writeResults(results: readonly RowResult[]): void;
  writePeople(rows: readonly string[][]): void;
  /** Everything written so far, to disk (a temporary file renamed over the old one). */
  save(): Promise<void>;
}
