/**
 * What Excel makes of text typed (or written through `Range.values`) into a cell that is not
 * Text ("@"): numbers with at most 15 significant digits, "1,000" and "50%" as numbers with a
 * matching format, dates and date-times in the common shapes as serials, TRUE/FALSE as
 * booleans, error values kept as Excel shows them, a leading apostrophe keeping the rest as
 * text, and formulas (the fake evaluates none: #NAME?, or the error they spell).
 */
import type { CellScalar } from "./book";

export type Typed =
  | { kind: "value"; value: CellScalar; format?: string }
  | { kind: "formula"; formula: string; value: string }
  | { kind: "date"; parts: number[]; withTime: boolean; format: string };

/** Excel's error values as `Range.values` returns them. */
export const ERROR_VALUES = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!"] as const;

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))\s?%$/;
const TIME = String.raw`(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?`;
/** 2026-01-04, 2026/1/4 and 2026年1月4日, each with an optional time. */
const YMD = new RegExp(String.raw`^(\d{4})(?:[-/](\d{1,2})[-/](\d{1,2})|年(\d{1,2})月(\d{1,2})日)${TIME}$`);
/** 1/4/2026 (month first, as Excel reads it in en-US), with an optional time. */
const MDY = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}$`);

/** Excel keeps 15 significant digits: a 16-digit number typed is rounded. */
export const fifteenDigits = (n: number): number => (Number.isFinite(n) ? Number(n.toPrecision(15)) : n);

export function typeIntoCell(input: string, dateSystem: 1900 | 1904): Typed {
  const s = input.trim();
  if (input === "") return { kind: "value", value: "" };
  if (input.startsWith("'")) return { kind: "value", value: input.slice(1) };
  if (/^(true|false)$/i.test(s)) return { kind: "value", value: s.toLowerCase() === "true" };
  if (NUMERIC.test(s)) return { kind: "value", value: fifteenDigits(Number(s)) };
  if (THOUSANDS.test(s)) {
    const decimals = s.includes(".") ? ".00" : "";
    return { kind: "value", value: fifteenDigits(Number(s.replace(/,/g, ""))), format: `#,##0${decimals}` };
  }
  const pct = PERCENT.exec(s);
  if (pct) {
    const decimals = pct[1].includes(".") ? ".00" : "";
    return { kind: "value", value: fifteenDigits(Number(pct[1]) / 100), format: `0${decimals}%` };
  }
  if ((ERROR_VALUES as readonly string[]).includes(s.toUpperCase()))
    return { kind: "value", value: s.toUpperCase() };
  if (/^[=+\-@]/.test(input)) {
    const formula = input.startsWith("=") ? input : `=${input}`;
    return { kind: "formula", formula, value: formulaError(formula) };
  }
  return typedDate(s, dateSystem) ?? { kind: "value", value: input };
}

/** The error value a formula shows in the fake, which evaluates none. */
function formulaError(formula: string): string {
  const f = formula.toUpperCase().replace(/\s+/g, "");
  if (f === "=NA()") return "#N/A";
  if (/\/0(\.0*)?$/.test(f)) return "#DIV/0!";
  return ERROR_VALUES.find((e) => f.includes(e)) ?? "#NAME?";
}

/** The year, month, day and time fields of a date-shaped text, and the format Excel gives it. */
function dateFields(text: string): { fields: (string | undefined)[]; format: string } | null {
  const ymd = YMD.exec(text);
  if (ymd)
    return {
      fields: [ymd[1], ymd[2] ?? ymd[4], ymd[3] ?? ymd[5], ymd[6], ymd[7], ymd[8]],
      format: text.includes("-") ? "yyyy-mm-dd" : "yyyy/m/d",
    };
  const mdy = MDY.exec(text);
  return mdy ? { fields: [mdy[3], mdy[1], mdy[2], mdy[4], mdy[5], mdy[6]], format: "m/d/yyyy" } : null;
}

/** A date, or null when Excel keeps the text: not date-shaped, or impossible (2026-02-30, 24:00, before the system's first year). */
function typedDate(text: string, dateSystem: 1900 | 1904): Typed | null {
  const shape = dateFields(text);
  if (!shape) return null;
  const [y, m, d, hh, mm, ss] = shape.fields.map((x) => +(x ?? 0));
  const withTime = shape.fields[3] !== undefined;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const possible =
    y >= dateSystem && m >= 1 && m <= 12 && d >= 1 && d <= lastDay && hh < 24 && mm < 60 && ss < 60;
  if (!possible) return null;
  const time = shape.format === "yyyy-mm-dd" ? " hh:mm" : " h:mm";
  return {
    kind: "date",
    parts: [y, m, d, hh, mm, ss],
    withTime,
    format: shape.format + (withTime ? time : ""),
  };
}
