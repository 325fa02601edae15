/** The leave and out tables' input columns (the same shape; the type comes from the catalog). */
import { text } from "../i18n";
import {
  col,
  date,
  employee,
  end,
  externalId,
  reasonRequired,
  start,
  unit,
  type ColumnDef,
} from "./column-def";

export function leaveOutColumns(kind: "leave" | "out"): ColumnDef[] {
  const typeLabel = kind === "leave" ? text("假期类型", "Leave type") : text("外出类型", "Out type");
  return [
    employee,
    col("type", typeLabel.zh, typeLabel.en, "catalog", true, "leaveOutType", { width: 20 }),
    start,
    end,
    unit,
    col("duration", "时长", "Duration", "number", false, "leaveOutDuration", { width: 10 }),
    reasonRequired,
    externalId,
    date,
    col("interval", "时长（秒）", "Length (seconds)", "integer", false, "interval", { advanced: true }),
    col("uniq_id", "类型ID", "Type ID", "id", false, "uniqId", {
      advanced: true,
      maxLength: 13,
      lengthSeverity: "warning",
    }),
    col("name_ch", "中文名称", "Chinese name", "text", false, "nameCh", { advanced: true }),
    col("name_en", "英文名称", "English name", "text", false, "nameEn", { advanced: true }),
    col("name_ja", "日文名称", "Japanese name", "text", false, "nameJa", { advanced: true }),
    col("default_locale", "默认语言", "Default language", "enum", false, "defaultLocale", {
      advanced: true,
      enumName: "default_locale",
    }),
  ];
}
