/**
 * What a template column is (ColumnDef) and the columns every kind shares. The kind tables are
 * in columns-leave-out.ts and columns-overtime-trip.ts; columns.ts puts them together.
 */
import { messageText, type TemplateKey } from "../catalog";
import type { EnumName } from "../enums";
import { text, type Text } from "../i18n";

export type ColumnType =
  | "employee" // user_id of the kind named by the employee_type setting; kept as text
  | "id" // an identifier kept as text so 00123 stays 00123
  | "text"
  | "datetime" // wall-clock date and time, sent as yyyy-MM-dd HH:mm:ss
  | "date" // a day, sent as yyyyMMdd
  | "number" // a positive decimal
  | "integer" // a positive whole number
  | "enum" // one value of `enumName`
  | "enumList" // several values of `enumName`, separated by , ; 、 or new lines
  | "catalog" // a leave/out type picked from the types catalog by display name
  | "idList" // several ids separated by , ; 、 or new lines
  | "result"; // written by the add-in, never read as input

export interface ColumnDef {
  /** Stable key, independent of language and order. */
  key: string;
  header: Text;
  type: ColumnType;
  /** Required for the record to be sendable (derived values may fill it, see `derivedFrom`). */
  required: boolean;
  /** The note Excel shows on the header cell: a catalogue message (catalog/template.*.ts). */
  help: Text;
  enumName?: EnumName;
  /** Documented length limit; `lengthSeverity` says whether exceeding it is an error or a warning. */
  maxLength?: number;
  lengthSeverity?: "error" | "warning";
  /** Advanced columns are created by the template but collapsed/grouped for everyday use. */
  advanced?: boolean;
  /** Result columns the clerk never needs to see. */
  hidden?: boolean;
  /** Column width in Excel's character units. */
  width: number;
  /** Headers earlier templates used for this column, still recognised on read. */
  formerHeaders?: string[];
}

export const col = (
  key: string,
  zh: string,
  en: string,
  type: ColumnType,
  required: boolean,
  help: TemplateKey,
  extra: Partial<ColumnDef> = {},
): ColumnDef => ({
  key,
  header: text(zh, en),
  type,
  required,
  help: messageText(`template.${help}`),
  width: type === "datetime" ? 18 : type === "text" ? 24 : 14,
  ...extra,
});

export const employee = col("employee", "员工ID", "Employee ID", "employee", true, "employee");
export const externalId = col("external_id", "外部单号", "External ID", "id", false, "externalId", {
  maxLength: 64,
});
export const date = col("date", "日期", "Date", "date", false, "date", { advanced: true, width: 12 });
export const start = col("start_time", "开始时间", "Start", "datetime", true, "start");
export const end = col("end_time", "结束时间", "End", "datetime", true, "end");
export const unit = col("unit", "单位", "Unit", "enum", true, "unit", { enumName: "unit", width: 10 });
export const reasonRequired = col("reason", "事由", "Reason", "text", true, "reason");
