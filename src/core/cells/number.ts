/**
 * Numbers, booleans and number formats as Excel hands them over. Numbers typed into a cell
 * formatted as Text arrive as strings ("1.5", " 2 ", "１．５"); they are read as numbers.
 */
import type { CellValue } from "../model";
import { foldText, isBlank } from "./blank";

/** Why a cell could not be read. `code` is an issue code (see validate/messages.ts). */
export class CellError {
  constructor(
    readonly code:
      | "bad_number"
      | "unexpected_boolean"
      | "bad_datetime"
      | "bad_date"
      | "time_only"
      | "timezone_offset"
      | "date_out_of_range"
      | "long_number_rounded"
      | "number_is_date",
  ) {}
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** A finite number from a number or numeric text; undefined for blanks; CellError otherwise. */
export function parseNumberCell(v: CellValue): number | undefined | CellError {
  if (v == null || isBlank(v)) return undefined;
  if (typeof v === "number") return Number.isFinite(v) ? v : new CellError("bad_number");
  if (typeof v === "boolean") return new CellError("unexpected_boolean");
  const s = foldText(String(v));
  if (DECIMAL.test(s)) return Number(s);
  if (THOUSANDS.test(s)) return Number(s.replace(/,/g, ""));
  return new CellError("bad_number");
}

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "是", "对", "真"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "否", "错", "假"]);

/** TRUE/FALSE cells and the words clerks use for them, in either language. */
export function parseBooleanCell(v: CellValue): boolean | undefined | CellError {
  if (v == null || isBlank(v)) return undefined;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : new CellError("bad_number");
  const s = foldText(String(v)).toLowerCase();
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return new CellError("bad_number");
}

/** Removes quoted text, escapes and [colour]/[$-locale] sections, keeping [h]/[m]/[s] elapsed codes. */
function formatCodes(fmt: string): string {
  return fmt
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .toLowerCase();
}

const SYSTEM_DATE_FORMAT = /\[\$-f[48]00\]/i;
const formatCache = new Map<string, { date: boolean; time: boolean }>();

function classifyFormat(fmt: string): { date: boolean; time: boolean } {
  let c = formatCache.get(fmt);
  if (!c) {
    const codes = formatCodes(fmt.split(";")[0]).replace("general", "");
    const system = SYSTEM_DATE_FORMAT.test(fmt);
    const time = /[hs]/.test(codes) || /am\/pm|a\/p/.test(codes) || /\[\$-f400\]/i.test(fmt);
    const date = system || time || /[yd]/.test(codes) || /(^|[^a-z])m/.test(codes);
    c = { date, time };
    if (formatCache.size < 1000) formatCache.set(fmt, c);
  }
  return c;
}

/** True when an Excel number format displays a date and/or time ("yyyy-mm-dd", "m/d/yy h:mm", "[$-F800]"). */
export function isDateFormat(fmt: string | undefined): boolean {
  return !!fmt && classifyFormat(fmt).date;
}

/** True when the format shows a time of day ("h:mm", "yyyy-mm-dd hh:mm:ss", "[h]:mm"). */
export function hasTimeFormat(fmt: string | undefined): boolean {
  return !!fmt && classifyFormat(fmt).time;
}

/**
 * An identifier from a cell: text as typed (trimmed, full-width folded), whole numbers without
 * ".0". Numbers beyond 15 significant digits were already rounded by Excel: CellError.
 */
export function idFromCell(v: CellValue): string | undefined | CellError {
  if (v == null || isBlank(v)) return undefined;
  if (typeof v === "boolean") return new CellError("unexpected_boolean");
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return new CellError("bad_number");
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) return new CellError("long_number_rounded");
    return String(v);
  }
  return foldText(v);
}

/** Free text from a cell: trimmed; numbers as Excel shows them in General format. */
export function textFromCell(v: CellValue): string | undefined | CellError {
  if (v == null || isBlank(v)) return undefined;
  if (typeof v === "boolean") return new CellError("unexpected_boolean");
  return typeof v === "number" ? String(v) : v.trim();
}
