/**
 * Wall-clock dates and times from cells. A time is a `WallTime`: whole seconds counted from
 * 1970-01-01 00:00:00 *as written*, with no time zone. Arithmetic uses Date.UTC/getUTC* only,
 * so nothing ever shifts by the machine's zone (Feishu applies the attendance group's zone).
 */
import type { CellValue } from "../model";
import { foldText, isBlank } from "./blank";
import { CellError } from "./number";

export type WallTime = number;
export const DAY = 86400;

/**
 * A parsed cell: the time, and whether the cell gave a time of day (vs. a bare date). A serial
 * number gives a time of day only through its fraction: a whole serial is a bare date whatever
 * its number format shows (a date typed into a date-time cell is still a date).
 */
export interface ParsedDateTime {
  t: WallTime;
  hasTime: boolean;
}

/** Dates outside these years are almost certainly typing or format mistakes. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2099;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * Calendar fields of a WallTime by integer arithmetic on days (H. Hinnant's civil_from_days),
 * equal to new Date(t * 1000).getUTC*() without allocating a Date per call (tested against it).
 * Calls `f` so no array is allocated either.
 */
function civil<T>(t: WallTime, f: (y: number, m: number, d: number, secs: number) => T): T {
  const days = Math.floor(t / DAY);
  const secs = t - days * DAY;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return f(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d, secs);
}

const dateTimeText = (y: number, m: number, d: number, secs: number) =>
  `${y}-${pad2(m)}-${pad2(d)} ${pad2(Math.floor(secs / 3600))}:${pad2(Math.floor(secs / 60) % 60)}:${pad2(secs % 60)}`;
const dateText = (y: number, m: number, d: number) => `${y}${pad2(m)}${pad2(d)}`;

/** `yyyy-MM-dd HH:mm:ss`, as Feishu wants it. */
export function formatDateTime(t: WallTime): string {
  return formatted.get(t) ?? remember(formatted, t, civil(t, dateTimeText));
}

/** `yyyyMMdd`, as Feishu wants the `date` field. */
export function formatDate(t: WallTime): string {
  return formattedDays.get(t) ?? remember(formattedDays, t, civil(t, dateText));
}

/**
 * Pure functions of a cell or a time, memoised: a workbook repeats the same days and hours on
 * many rows, and one shared string per distinct time also keeps 100,000 records light.
 * Bounded: a full cache starts over.
 */
const MEMO_LIMIT = 20_000;
const formatted = new Map<WallTime, string>();
const formattedDays = new Map<WallTime, string>();
const parsedTexts = new Map<string, ParsedDateTime | CellError>();

function remember<K, V>(cache: Map<K, V>, key: K, v: V): V {
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, v);
  return v;
}

export const startOfDay = (t: WallTime): WallTime => Math.floor(t / DAY) * DAY;
export const secondsOfDay = (t: WallTime): number => t - startOfDay(t);

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The WallTime for a calendar date and time (Date.UTC: no zone), or undefined when it is not a real one. */
export function wallTime(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): WallTime | undefined {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59 || y < 1000 || y > 9999) return undefined;
  if (d > (mo === 2 && isLeap(y) ? 29 : MONTH_DAYS[mo - 1])) return undefined;
  return Date.UTC(y, mo - 1, d, h, mi, s) / 1000;
}

/** Days from each system's serial 0 to 1970-01-01 (1904: 1904-01-01 is serial 0). */
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;

/**
 * An Excel serial number to WallTime, rounded to the second. 1900 system: serials below 61 sit
 * before Excel's fictitious 1900-02-29 (serial 60, rejected), so they are one day later than
 * the plain formula gives. The fraction is the time of day.
 */
export function serialToWallTime(serial: number, dateSystem: 1900 | 1904): WallTime | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  const secs = Math.round(serial * DAY);
  if (dateSystem === 1904) return secs - EPOCH_1904 * DAY;
  if (secs < DAY || (secs >= 60 * DAY && secs < 61 * DAY)) return undefined;
  return secs - (secs < 60 * DAY ? EPOCH_1900 - 1 : EPOCH_1900) * DAY;
}

const MIN_T = Date.UTC(MIN_YEAR, 0, 1) / 1000;
const MAX_T = Date.UTC(MAX_YEAR + 1, 0, 1) / 1000;
const inRange = (t: WallTime) => t >= MIN_T && t < MAX_T;

const ISO =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:\s*T\s*|\s+)(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:[\sT]?(\d{2}):?(\d{2})(?::?(\d{2}))?)?$/i;
const CHINESE =
  /^(\d{4})年(\d{1,2})月(\d{1,2})[日号](?:\s*(\d{1,2})[:时点](?:(\d{1,2})分?)?(?::(\d{1,2})秒?)?)?$/;
const TIME_ONLY = /^\d{1,2}:\d{2}(:\d{2})?$/;
const ZONE = /(z|[+-]\d{2}:?\d{2}|gmt|utc)$/i;
const MERIDIEM = /\s*(am|pm|上午|下午|晚上|凌晨|中午)\s*/i;

/** Text such as `2026-01-04 09:00`, `2026/1/4 9:00:00`, `2026-01-04T09:00`, `20260104`, `2026年1月4日 9:00`. */
export function parseDateTimeText(raw: string): ParsedDateTime | CellError {
  return parsedTexts.get(raw) ?? remember(parsedTexts, raw, parseText(raw));
}

function parseText(raw: string): ParsedDateTime | CellError {
  let s = foldText(raw);
  let meridiem = "";
  const mm = MERIDIEM.exec(s);
  if (mm) {
    meridiem = mm[1].toLowerCase();
    s = (s.slice(0, mm.index) + " " + s.slice(mm.index + mm[0].length)).trim();
  }
  const m = ISO.exec(s) ?? COMPACT.exec(s) ?? CHINESE.exec(s);
  if (!m) {
    if (ZONE.test(s) && /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[\sT].*\d$/i.test(s.replace(ZONE, "").trim()))
      return new CellError("timezone_offset");
    return new CellError(TIME_ONLY.test(s) ? "time_only" : "bad_datetime");
  }
  const hasTime = m[4] !== undefined;
  let h = hasTime ? +m[4] : 0;
  if (meridiem) {
    if (!hasTime || h > 12) return new CellError("bad_datetime");
    const pm =
      meridiem === "pm" || meridiem === "下午" || meridiem === "晚上" || (meridiem === "中午" && h < 6);
    h = pm ? (h % 12) + 12 : h % 12;
  }
  const t = wallTime(+m[1], +m[2], +m[3], h, hasTime ? +(m[5] ?? 0) : 0, hasTime ? +(m[6] ?? 0) : 0);
  if (t === undefined) return new CellError("bad_datetime");
  return inRange(t) ? { t, hasTime } : new CellError("date_out_of_range");
}

/**
 * A date-time cell: a serial number (fraction = time of day; a whole serial is a bare date),
 * an 8-digit yyyyMMdd number, or text (see parseDateTimeText).
 */
export function parseDateTimeCell(
  v: CellValue,
  dateSystem: 1900 | 1904,
): ParsedDateTime | undefined | CellError {
  if (v == null || isBlank(v)) return undefined;
  if (typeof v === "boolean") return new CellError("unexpected_boolean");
  if (typeof v === "string") return parseDateTimeText(v);
  if (Number.isInteger(v) && v >= 19000101 && v <= 29991231) return parseDateTimeText(String(v));
  if (v > 0 && v < 1) return new CellError("time_only");
  const t = serialToWallTime(v, dateSystem);
  if (t === undefined) return new CellError("bad_datetime");
  if (!inRange(t)) return new CellError("date_out_of_range");
  return { t, hasTime: secondsOfDay(t) !== 0 };
}

/** A date cell: like parseDateTimeCell, keeping only the day (a time of day is ignored). */
export function parseDateCell(v: CellValue, dateSystem: 1900 | 1904): WallTime | undefined | CellError {
  const p = parseDateTimeCell(v, dateSystem);
  if (p === undefined || p instanceof CellError)
    return p instanceof CellError && p.code === "bad_datetime" ? new CellError("bad_date") : p;
  return startOfDay(p.t);
}
