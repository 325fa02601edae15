/**
 * What a template column is (ColumnDef) and the columns every kind shares. The kind tables are
 * in columns-leave-out.ts and columns-overtime-trip.ts; columns.ts puts them together.
 */
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
  helpZh: string,
  helpEn: string,
  extra: Partial<ColumnDef> = {},
): ColumnDef => ({
  key,
  header: text(zh, en),
  type,
  required,
  help: text(helpZh, helpEn),
  width: type === "datetime" ? 18 : type === "text" ? 24 : 14,
  ...extra,
});

export const employee = col(
  "employee",
  "员工ID",
  "Employee ID",
  "employee",
  true,
  "员工的飞书 ID（类型由设置中的「员工ID类型」决定：employee_id / 工号 / open_id），或工作邮箱、手机号（自动在飞书中查找）。",
  "The employee's Feishu ID (of the type chosen in Settings: employee_id, employee number or open_id), or their work email or mobile number (looked up in Feishu).",
);
export const externalId = col(
  "external_id",
  "外部单号",
  "External ID",
  "id",
  false,
  "贵司审批系统中的单号（可选）。填写后用来防止重复提交。",
  "Your own approval system's record ID (optional). When present it is the key that prevents duplicates.",
  { maxLength: 64 },
);
export const date = col(
  "date",
  "日期",
  "Date",
  "date",
  false,
  "审批作用日期。留空时取开始时间的日期。",
  "The day the approval applies to. Blank: the start time's date.",
  { advanced: true, width: 12 },
);
export const start = col(
  "start_time",
  "开始时间",
  "Start",
  "datetime",
  true,
  "开始时间，例如 2026-01-04 09:00。",
  "Start, e.g. 2026-01-04 09:00.",
);
export const end = col(
  "end_time",
  "结束时间",
  "End",
  "datetime",
  true,
  "结束时间，须晚于开始时间。",
  "End; must be after the start.",
);
export const unit = col(
  "unit",
  "单位",
  "Unit",
  "enum",
  true,
  "时长单位：天、小时、半天、半小时。",
  "Duration unit: day, hour, half day or half hour.",
  { enumName: "unit", width: 10 },
);
export const reasonRequired = col(
  "reason",
  "事由",
  "Reason",
  "text",
  true,
  "申请事由。",
  "Reason given in the approval.",
);
