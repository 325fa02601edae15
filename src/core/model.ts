/**
 * The plain data that crosses layer boundaries. Data flows one way:
 * cells (TableSnapshot) -> rows -> issues / PreparedRecords -> outcomes -> RowResults.
 */
import type { CreateUserApprovalBody, EmployeeType } from "./feishu/schemas";
import type { RecordKind } from "./kinds";
import type { RowState } from "./row-state";
import type { PeopleBook } from "./people/book";
import type { ResultColumnKey } from "./template/columns";

/** A raw cell as the Office JavaScript API hands it over in `range.values`. Blank cells are "". */
export type CellValue = string | number | boolean | null | undefined;

/** One kind's table as read from the workbook, plain arrays only. */
export interface TableSnapshot {
  kind: RecordKind;
  /** The header row as it stands in the sheet (any order, either language). */
  headers: CellValue[];
  /** Data body rows; index i is data row i (0-based), whatever the sheet row number. */
  rows: CellValue[][];
  /** Per-cell number formats, same shape as `rows`, when the adapter loaded them. */
  numberFormats?: string[][];
  /**
   * The 1-based sheet row number of the header, when the table does not start on row 1: row
   * numbers in messages and in the pane follow it (sheet-rows.ts). Default 1.
   */
  headerRow?: number;
  /**
   * Set when only some data rows were read (a live edit): their indexes. `rows` then holds
   * those rows and holes elsewhere, and its length is the table's row count.
   */
  partRows?: number[];
}

export type Severity = "error" | "warning";

/** One problem with one cell (or a whole row when column is null). Validators return these; they never throw. */
export interface Issue {
  kind: RecordKind;
  /**
   * 0-based data row index in the TableSnapshot, or -1 for a table-level issue (a missing,
   * repeated or unknown header; the whole table could not be checked).
   */
  row: number;
  /** Column key from the template, or null for row-level (and some table-level) issues. */
  column: string | null;
  code: string;
  severity: Severity;
  message_zh: string;
  message_en: string;
}

/** Settings the core needs; the task pane keeps them per user. */
export interface CoreSettings {
  employeeType: EmployeeType;
  /** Hours in a working day, for converting day/half-day durations to seconds. Default 8. */
  workdayHours: number;
  /** Excel's date system for serial numbers. Default 1900. */
  dateSystem: 1900 | 1904;
  /** Looked-up emails and mobiles, and people a write was refused for (people/book.ts). */
  people?: PeopleBook;
  /**
   * Whether the pane can look people up now (a proxy address and a key or a sign-in): a person
   * not looked up yet is then "looked up when you check or send", not "connect under Setup first".
   */
  lookupReady?: boolean;
}

export const DEFAULT_SETTINGS: CoreSettings = {
  employeeType: "employee_id",
  workdayHours: 8,
  dateSystem: 1900,
};

/** A record ready to send: one row, one request. */
export interface PreparedRecord {
  kind: RecordKind;
  row: number;
  /** The idempotent_id: External ID when given, else a content hash. */
  key: string;
  /** Content hash of the meaningful fields, stored to spot edits after submission. */
  fingerprint: string;
  employeeType: EmployeeType;
  body: CreateUserApprovalBody;
}

/** A row's result columns, written back in batches (Status as the state's label). Absent fields are left unchanged. */
export type RowResult = { kind: RecordKind; row: number; status: RowState } & Partial<
  Record<Exclude<ResultColumnKey, "status">, string>
> & {
    /** What Feishu or the proxy said, in its own words: for IT (the failure report), never written to the sheet. */
    detail?: string;
    /**
     * The Approval ID the row holds before this write (revoke and replace results): the row is
     * found by it. Other results are found by `key` (row-identity.ts); `row` is only a hint.
     */
    find?: { approvalId: string };
  };
