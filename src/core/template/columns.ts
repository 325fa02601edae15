/**
 * The declarative workbook template: every column of the four kind tables. The Excel adapter
 * creates sheets from it, the reader matches headers with it, the validator checks cells by it.
 */
import type { EnumName } from "../enums";
import { text, type Text } from "../i18n";
import type { RecordKind } from "../kinds";

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
}

const col = (
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

const employee = col(
  "employee",
  "员工ID",
  "Employee ID",
  "employee",
  true,
  "员工的飞书 ID，类型由设置中的「员工ID类型」决定（employee_id / 工号 / open_id）。",
  "The employee's Feishu ID, of the type chosen in Settings (employee_id, employee number or open_id).",
);
const externalId = col(
  "external_id",
  "外部单号",
  "External ID",
  "id",
  false,
  "贵司审批系统中的单号（可选）。填写后作为防重复提交的幂等键。",
  "Your own approval system's record ID (optional). When present it is the key that prevents duplicates.",
  { maxLength: 64 },
);
const date = col(
  "date",
  "日期",
  "Date",
  "date",
  false,
  "审批作用日期。留空时取开始时间的日期。",
  "The day the approval applies to. Blank: the start time's date.",
  { advanced: true, width: 12 },
);
const start = col(
  "start_time",
  "开始时间",
  "Start",
  "datetime",
  true,
  "开始时间，例如 2026-01-04 09:00。",
  "Start, e.g. 2026-01-04 09:00.",
);
const end = col(
  "end_time",
  "结束时间",
  "End",
  "datetime",
  true,
  "结束时间，须晚于开始时间。",
  "End; must be after the start.",
);
const unit = col(
  "unit",
  "单位",
  "Unit",
  "enum",
  true,
  "时长单位：天、小时、半天、半小时。",
  "Duration unit: day, hour, half day or half hour.",
  { enumName: "unit", width: 10 },
);
const reasonRequired = col(
  "reason",
  "事由",
  "Reason",
  "text",
  true,
  "申请事由。",
  "Reason given in the approval.",
);

function leaveOutColumns(kind: "leave" | "out"): ColumnDef[] {
  const typeLabel = kind === "leave" ? text("假期类型", "Leave type") : text("外出类型", "Out type");
  return [
    employee,
    col(
      "type",
      typeLabel.zh,
      typeLabel.en,
      "catalog",
      true,
      "从列表中选择类型；类型ID与名称由类型目录提供。",
      "Pick a type from the list; its ID and names come from the types catalog.",
      { width: 20 },
    ),
    start,
    end,
    unit,
    col(
      "duration",
      "时长",
      "Duration",
      "number",
      false,
      "以「单位」计的时长，例如 1.5（小时）。用于计算以秒计的时长。",
      "Length in the row's unit, e.g. 1.5 (hours). Used to work out the length in seconds.",
      { width: 10 },
    ),
    reasonRequired,
    externalId,
    date,
    col(
      "interval",
      "时长（秒）",
      "Length (seconds)",
      "integer",
      false,
      "审批时长（秒）。留空时按「时长 × 单位」计算。",
      "Approval length in seconds. Blank: duration × unit.",
      { advanced: true },
    ),
    col(
      "uniq_id",
      "类型ID",
      "Type ID",
      "id",
      false,
      "覆盖类型目录中的类型ID（飞书文档要求少于 14 个字符）。",
      "Overrides the catalog's type ID (Feishu documents fewer than 14 characters).",
      { advanced: true, maxLength: 13, lengthSeverity: "warning" },
    ),
    col(
      "name_ch",
      "中文名称",
      "Chinese name",
      "text",
      false,
      "覆盖类型的中文名称。",
      "Overrides the type's Chinese name.",
      { advanced: true },
    ),
    col(
      "name_en",
      "英文名称",
      "English name",
      "text",
      false,
      "覆盖类型的英文名称。",
      "Overrides the type's English name.",
      { advanced: true },
    ),
    col(
      "name_ja",
      "日文名称",
      "Japanese name",
      "text",
      false,
      "覆盖类型的日文名称。",
      "Overrides the type's Japanese name.",
      { advanced: true },
    ),
    col(
      "default_locale",
      "默认语言",
      "Default language",
      "enum",
      false,
      "客户端语言无对应名称时显示的语言。",
      "Which name to show when the client's language has none.",
      { advanced: true, enumName: "default_locale" },
    ),
  ];
}

const overtimeColumns: ColumnDef[] = [
  employee,
  start,
  end,
  unit,
  col(
    "duration",
    "时长",
    "Duration",
    "number",
    false,
    "以「单位」计的加班时长。留空时按开始、结束时间计算。",
    "Overtime length in the row's unit. Blank: worked out from start and end.",
    { width: 10 },
  ),
  col(
    "category",
    "加班日类型",
    "Day type",
    "enum",
    true,
    "工作日、休息日或节假日。",
    "Workday, rest day or public holiday.",
    { enumName: "overtime_category" },
  ),
  col(
    "overtime_type",
    "加班类型",
    "Overtime type",
    "enum",
    true,
    "仅记录、调休或加班费。",
    "Record only, time off in lieu, or overtime pay.",
    { enumName: "overtime_type", width: 16 },
  ),
  col("reason", "事由", "Reason", "text", false, "加班事由（可选）。", "Reason (optional)."),
  externalId,
  date,
];

const tripColumns: ColumnDef[] = [
  employee,
  col(
    "start_time",
    "开始时间",
    "Start",
    "datetime",
    true,
    "出差开始。飞书只支持整天出差，不足一天按一天计。",
    "Trip start. Feishu supports whole days only; a part day counts as a full day.",
  ),
  end,
  reasonRequired,
  col(
    "approve_apply_time",
    "申请时间",
    "Applied at",
    "datetime",
    true,
    "审批发起时间。",
    "When the approval was applied for.",
  ),
  col(
    "approve_pass_time",
    "通过时间",
    "Approved at",
    "datetime",
    true,
    "审批通过时间，不早于申请时间。",
    "When the approval passed; not before it was applied for.",
  ),
  col(
    "trip_type",
    "行程类型",
    "Trip type",
    "enum",
    false,
    "单程或往返（可选）。",
    "One-way or round trip (optional).",
    { enumName: "trip_type", width: 12 },
  ),
  col(
    "transportation",
    "交通工具",
    "Transportation",
    "enumList",
    false,
    "可填多个，用逗号分隔，例如：飞机, 高铁/动车。",
    "One or more, separated by commas, e.g. Plane, Train.",
    { enumName: "transportation", width: 18 },
  ),
  col(
    "departure_level",
    "出发地级别",
    "Departure level",
    "enum",
    false,
    "出发地的地区级别。",
    "Level of the departure region.",
    { enumName: "region_level", advanced: true },
  ),
  col(
    "departure_id",
    "出发地ID",
    "Departure ID",
    "id",
    false,
    "出发地的地区ID（飞书人事企业版的地理库）。",
    "Departure region ID (from Feishu People Enterprise's region library).",
    { advanced: true },
  ),
  col(
    "destination_level",
    "目的地级别",
    "Destination level",
    "enum",
    false,
    "目的地的地区级别。",
    "Level of the destination regions.",
    { enumName: "region_level", advanced: true },
  ),
  col(
    "destination_ids",
    "目的地ID",
    "Destination IDs",
    "idList",
    false,
    "一个或多个目的地地区ID，用逗号分隔；可写成 l3:ID 指定级别。",
    "One or more destination region IDs, comma-separated; write l3:ID to give a level per ID.",
    { advanced: true, width: 24 },
  ),
  col("remarks", "备注", "Remarks", "text", false, "出差备注（可选）。", "Trip remarks (optional)."),
  externalId,
  date,
];

/** Result columns, the same for every kind, always after the input columns. */
export const RESULT_COLUMNS: ColumnDef[] = [
  col("status", "状态", "Status", "result", false, "由加载项填写。", "Filled in by the add-in.", {
    width: 12,
  }),
  col(
    "approval_id",
    "审批ID",
    "Approval ID",
    "result",
    false,
    "飞书返回的 approval_id。",
    "The approval_id Feishu returned.",
    { width: 22 },
  ),
  col("message", "说明", "Message", "result", false, "问题或结果说明。", "Issues or the result, in words.", {
    width: 40,
  }),
  col(
    "submitted_at",
    "提交时间",
    "Submitted at",
    "result",
    false,
    "写入飞书的时间。",
    "When the record was written to Feishu.",
    { width: 18 },
  ),
  col(
    "key",
    "幂等键",
    "Key",
    "result",
    false,
    "本行使用的 idempotent_id。",
    "The idempotent_id this row was sent with.",
    { width: 22 },
  ),
  col(
    "fingerprint",
    "指纹",
    "Fingerprint",
    "result",
    false,
    "提交时的内容指纹，用于发现提交后的修改。",
    "Content fingerprint at submission, to spot edits made afterwards.",
    { hidden: true, width: 10 },
  ),
];

export const INPUT_COLUMNS: Record<RecordKind, ColumnDef[]> = {
  leave: leaveOutColumns("leave"),
  out: leaveOutColumns("out"),
  overtime: overtimeColumns,
  trip: tripColumns,
};

/** All columns of a kind's table, input first, then results. */
export function columnsOf(kind: RecordKind): ColumnDef[] {
  return [...INPUT_COLUMNS[kind], ...RESULT_COLUMNS];
}

export type ResultColumnKey = "status" | "approval_id" | "message" | "submitted_at" | "key" | "fingerprint";
