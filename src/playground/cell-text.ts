/** What a cell shows in the playground grid: dates and times as Excel would format them. */
import type { CellScalar } from "../fake-excel/book";

const pad = (n: number) => String(n).padStart(2, "0");

function serialToText(serial: number, withTime: boolean, dateSystem: 1900 | 1904): string {
  const ms = Math.round((serial - (dateSystem === 1904 ? 24_107 : 25_569)) * 86_400_000);
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return withTime ? `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : date;
}

export function cellText(value: CellScalar, numberFormat: string, dateSystem: 1900 | 1904 = 1900): string {
  if (typeof value === "number" && /y/i.test(numberFormat) && /d/i.test(numberFormat)) {
    return serialToText(value, /h/i.test(numberFormat), dateSystem);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
