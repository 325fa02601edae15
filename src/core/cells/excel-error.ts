/**
 * Excel's error values. A cell whose formula failed (or where the clerk typed one) hands over
 * the error as text: "#N/A", "#REF!"… Such a cell must never pass as an employee ID or a
 * reason: the reader reports it with its own message, whatever the column.
 */
import type { CellValue } from "../model";

const EXCEL_ERRORS = new Set([
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NULL!",
  "#NUM!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#GETTING_DATA",
]);

/** The error value a cell holds ("#N/A"), or undefined for any other cell. */
export function excelErrorOf(v: CellValue): string | undefined {
  if (typeof v !== "string" || !v.trimStart().startsWith("#")) return undefined;
  const e = v.trim().toUpperCase();
  return EXCEL_ERRORS.has(e) ? e : undefined;
}
