/**
 * The smallest cell helpers: blank detection and ASCII folding. Excel hands cells over as
 * string | number | boolean; a blank cell is "" (null/undefined appear in hand-made data).
 */
import type { CellValue } from "../model";

/** "", null, undefined and whitespace-only text (including full-width spaces) are blank. */
export function isBlank(v: CellValue): boolean {
  if (v == null) return true;
  if (typeof v === "string") return v.length === 0 || v.trim().length === 0;
  if (typeof v === "number") return Number.isNaN(v);
  return false;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Trims and, only when the text holds non-ASCII characters, folds full-width digits, letters
 * and punctuation to ASCII (NFKC), so "２０２６－０１－０４" reads as "2026-01-04". Fast path for ASCII.
 */
export function foldText(s: string): string {
  const t = s.trim();
  return NON_ASCII.test(t) ? t.normalize("NFKC").trim() : t;
}

/** The types of cell a value came in as, for messages ("a TRUE/FALSE value"). */
export type CellShape = "blank" | "text" | "number" | "boolean";

export function cellShape(v: CellValue): CellShape {
  if (isBlank(v)) return "blank";
  return typeof v === "number" ? "number" : typeof v === "boolean" ? "boolean" : "text";
}

/** A short, safe rendering of a cell for messages (long text cut, no line breaks). */
export function showCell(v: CellValue): string {
  const s = v == null ? "" : String(v).replace(/\s+/g, " ").trim();
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}
