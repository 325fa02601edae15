/**
 * CSV bytes to rows of text and back. Excel in Chinese saves "CSV (Comma delimited)" in GBK
 * (code page 936) and "CSV UTF-8" with a byte-order mark; a UTF-8 file may also come without
 * one. Bytes that are valid UTF-8 are read as UTF-8, anything else as GB18030 (GBK's superset).
 * Results are written as UTF-8 with a byte-order mark, which Excel opens in either language
 * (docs/command-line.md §2).
 */
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";

export type CsvEncoding = "utf-8" | "utf-8-bom" | "gbk";

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), "gb18030"), encoding: "gbk" };
  }
}

/** Rows of text cells; blank lines at the end dropped, short rows padded to the header's width. */
export function parseCsv(text: string): string[][] {
  const rows = parse(text, {
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  while (rows.length && rows[rows.length - 1].every((c) => c.trim() === "")) rows.pop();
  const width = rows[0]?.length ?? 0;
  return rows.map((r) => (r.length >= width ? r : [...r, ...Array<string>(width - r.length).fill("")]));
}

const quote = (s: string) => (/[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function csvBytes(rows: readonly (readonly string[])[]): Buffer {
  const text = rows.map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n";
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
}
