/**
 * Cells as exceljs reads them, turned into what Excel's JavaScript API hands the pane
 * (core model.ts CellValue): numbers, text and booleans as they are; a date as its serial number
 * in the workbook's date system (exceljs turns date-formatted numbers into Date objects); a
 * formula as its last result; rich text and links as their text; an error as its "#N/A" text;
 * an empty cell as "". Number formats as Excel names them ("General" when none). docs/command-line.md §1.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/model";

const DAY_MS = 86_400_000;
/** Days from Excel's day 0 to 1970-01-01: 25569 in the 1900 system, 1462 fewer in the 1904 one. */
const EPOCH = { 1900: 25569, 1904: 25569 - 1462 } as const;

/** The serial number a Date stands for (exceljs made it from the serial: utils.excelToDate). */
export function serialOf(d: Date, dateSystem: 1900 | 1904): number {
  return EPOCH[dateSystem] + d.getTime() / DAY_MS;
}

export function dateOfSerial(serial: number, dateSystem: 1900 | 1904): Date {
  return new Date(Math.round((serial - EPOCH[dateSystem]) * DAY_MS));
}

type Raw = ExcelJS.CellValue;

export function cellValueOf(value: Raw, dateSystem: 1900 | 1904): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialOf(value, dateSystem);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((t) => t.text).join("");
    if ("error" in value) return value.error;
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result && typeof result === "object" && "error" in result) return String(result.error);
      return cellValueOf(result as Raw, dateSystem);
    }
    if ("text" in value) {
      const t = (value as { text: unknown }).text;
      return typeof t === "string" ? t : cellValueOf(t as Raw, dateSystem);
    }
  }
  return String(value);
}

export const formatOf = (cell: ExcelJS.Cell): string => cell.numFmt || "General";
