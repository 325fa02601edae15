/**
 * Matches a table's header row to column keys, whatever the order, case, spacing, full-width
 * characters or language (zh or en header text, or the bare key such as `start_time`).
 */
import type { RecordKind } from "../kinds";
import type { CellValue, Issue } from "../model";
import { makeIssue } from "../validate/messages";
import { columnsOf, type ColumnDef } from "./columns";

export interface HeaderMatch {
  kind: RecordKind;
  /** Column index in the snapshot by column key (input and result columns). */
  index: Map<string, number>;
  /** Headers that match no column (ignored). Blank headers are not listed. */
  unknown: { index: number; header: string }[];
  /** Later columns whose header repeats an earlier one (ignored). */
  duplicates: { index: number; key: string }[];
  /** Required input columns that are absent. */
  missing: string[];
}

/** NFKC, lower case, no spaces, underscores, dashes, dots, colons or "*" required markers. */
export function normaliseHeader(h: string): string {
  return h
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-*·.:]+/g, "");
}

const headerTables = new Map<RecordKind, Map<string, ColumnDef>>();

function headerTable(kind: RecordKind): Map<string, ColumnDef> {
  let t = headerTables.get(kind);
  if (!t) {
    t = new Map();
    for (const c of columnsOf(kind)) {
      const names = [
        c.key,
        c.header.zh,
        c.header.en,
        `${c.header.zh} / ${c.header.en}`,
        ...(c.formerHeaders ?? []),
      ];
      for (const name of names) {
        const k = normaliseHeader(name);
        if (!t.has(k)) t.set(k, c);
      }
    }
    headerTables.set(kind, t);
  }
  return t;
}

/** The column a header names, if any. */
export function columnForHeader(kind: RecordKind, header: CellValue): ColumnDef | undefined {
  if (header == null || header === "") return undefined;
  return headerTable(kind).get(normaliseHeader(String(header)));
}

const TYPE_OVERRIDES = ["uniq_id", "name_ch", "name_en", "name_ja"];

/** Required input columns, less those the template lets other columns stand in for. */
function requiredKeys(kind: RecordKind, index: Map<string, number>): string[] {
  const keys: string[] = [];
  for (const c of columnsOf(kind)) {
    if (!c.required || c.type === "result") continue;
    if (c.key === "type" && TYPE_OVERRIDES.some((k) => index.has(k))) continue;
    keys.push(c.key);
  }
  // leave/out need a length: the duration or the interval in seconds.
  if ((kind === "leave" || kind === "out") && !index.has("duration") && !index.has("interval"))
    keys.push("duration");
  return keys;
}

export function matchHeaders(kind: RecordKind, headers: readonly CellValue[]): HeaderMatch {
  const index = new Map<string, number>();
  const unknown: HeaderMatch["unknown"] = [];
  const duplicates: HeaderMatch["duplicates"] = [];
  headers.forEach((h, i) => {
    if (h == null || String(h).trim() === "") return;
    const c = columnForHeader(kind, h);
    if (!c) unknown.push({ index: i, header: String(h) });
    else if (index.has(c.key)) duplicates.push({ index: i, key: c.key });
    else index.set(c.key, i);
  });
  const missing = requiredKeys(kind, index).filter((k) => !index.has(k));
  return { kind, index, unknown, duplicates, missing };
}

const columnDef = (kind: RecordKind, key: string) => columnsOf(kind).find((c) => c.key === key);

/** Table-level issues (row -1): missing required columns are errors, the rest warnings. */
export function headerIssues(m: HeaderMatch): Issue[] {
  const out: Issue[] = [];
  for (const key of m.missing)
    out.push(makeIssue(m.kind, -1, key, "missing_column", "error", { col: columnDef(m.kind, key)?.header }));
  for (const d of m.duplicates)
    out.push(
      makeIssue(m.kind, -1, d.key, "duplicate_header", "warning", { col: columnDef(m.kind, d.key)?.header }),
    );
  for (const u of m.unknown)
    out.push(makeIssue(m.kind, -1, null, "unknown_header", "warning", { value: u.header }));
  return out;
}

/**
 * The language of a header row: zh-CN when more known headers are written in Chinese than in
 * English. Status labels written into the table follow it.
 */
export function headerLocale(kind: RecordKind, headers: readonly CellValue[]): "zh-CN" | "en-US" {
  const match = matchHeaders(kind, headers);
  let zh = 0;
  let en = 0;
  for (const c of columnsOf(kind)) {
    const at = match.index.get(c.key);
    if (at === undefined) continue;
    if (headers[at] === c.header.zh) zh++;
    else if (headers[at] === c.header.en) en++;
  }
  return zh > en ? "zh-CN" : "en-US";
}
