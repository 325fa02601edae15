/**
 * A .csv file (one kind's table) as a SourceFile. Every cell is text as written, so leading
 * zeros and 19-digit IDs stay as typed and dates are read from their text. Results go to
 * `<name>.results.csv` beside it: the input rows with the pane's result columns. On the next run
 * each input row takes back its results from there, found by its input cells (unchanged rows)
 * or by its External ID (a row edited since), never by its position.
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { KINDS, RECORD_KINDS, type RecordKind } from "../../core/kinds";
import type { CellValue, RowResult } from "../../core/model";
import { statusLabel } from "../../core/status";
import { DEFAULT_CATALOG } from "../../core/template/catalog";
import { RESULT_COLUMNS } from "../../core/template/columns";
import { headerLocale, matchHeaders } from "../../core/template/headers";
import { CliProblem } from "../problem";
import { csvBytes, decodeCsv, parseCsv } from "./csv-text";
import type { SourceFile } from "./source";

const RESULTS_SUFFIX = ".results.csv";

export function resultsPathOf(path: string): string {
  if (path.toLowerCase().endsWith(RESULTS_SUFFIX)) return path;
  return join(dirname(path), `${basename(path, extname(path))}${RESULTS_SUFFIX}`);
}

/** The kind a file holds: --kind, else its name (leave.csv, 请假.csv, FeishuLeave.csv), else its headers. */
export function kindOf(path: string, headers: readonly string[], given: RecordKind | null): RecordKind {
  if (given) return given;
  const name = basename(path).toLowerCase();
  const byName = RECORD_KINDS.filter((k) =>
    [k, KINDS[k].sheet.zh, KINDS[k].sheet.en, KINDS[k].table].some((n) => name.includes(n.toLowerCase())),
  );
  if (byName.length === 1) return byName[0];
  const byHeaders = RECORD_KINDS.filter((k) => matchHeaders(k, headers).missing.length === 0);
  if (byHeaders.length === 1) return byHeaders[0];
  throw new CliProblem("cli.csvKind", { path });
}

async function readRows(path: string): Promise<string[][]> {
  return parseCsv(decodeCsv(await readFile(path)).text);
}

export async function openCsv(path: string, given: RecordKind | null): Promise<SourceFile> {
  const [headers = [], ...body] = await readRows(path);
  const kind = kindOf(path, headers, given);
  const locale = headerLocale(kind, headers);
  const match = matchHeaders(kind, headers);
  const resultKeys = new Set(RESULT_COLUMNS.map((c) => c.key));
  const inputAt = [...match.index].filter(([k]) => !resultKeys.has(k)).sort((a, b) => a[1] - b[1]);
  const signature = (cells: readonly CellValue[], m = match) =>
    JSON.stringify(inputAt.map(([k]) => String(cells[m.index.get(k) ?? -1] ?? "").trim()));
  // Result columns the input lacks go at its right, in its header language.
  const all = [...headers];
  const resultAt = new Map<string, number>();
  for (const c of RESULT_COLUMNS) {
    const at = match.index.get(c.key);
    resultAt.set(c.key, at ?? all.push(locale === "zh-CN" ? c.header.zh : c.header.en) - 1);
  }
  const rows: string[][] = body.map((r) => [...r, ...Array<string>(all.length - r.length).fill("")]);
  const resultsPath = resultsPathOf(path);
  if (resultsPath !== path) await takeBackResults(resultsPath, kind, rows, { signature, resultAt, match });
  return {
    path,
    resultsPath,
    tables: [
      {
        kind,
        sheet: basename(path),
        locale,
        snapshot: {
          kind,
          headers: all,
          rows,
          numberFormats: rows.map((r) => r.map(() => "@")),
          headerRow: 1,
        },
      },
    ],
    catalog: [...DEFAULT_CATALOG],
    dateSystem: 1900,
    peopleRows: [],
    writeResults(results: readonly RowResult[]) {
      for (const r of results) {
        const row = rows[r.row];
        if (!row || r.kind !== kind) continue;
        for (const [key, at] of resultAt) {
          const v = key === "status" ? statusLabel(r.status, locale) : r[key as keyof RowResult];
          if (typeof v === "string") row[at] = v;
        }
      }
    },
    writePeople: () => undefined,
    async save() {
      const tmp = `${resultsPath}.${process.pid}.tmp`;
      await writeFile(tmp, csvBytes([all, ...rows]));
      await rename(tmp, resultsPath);
    },
  };
}

interface Joins {
  signature: (cells: readonly CellValue[], m?: ReturnType<typeof matchHeaders>) => string;
  resultAt: Map<string, number>;
  match: ReturnType<typeof matchHeaders>;
}

/** Each input row's stored results from the results file: same input cells, else same External ID. */
async function takeBackResults(path: string, kind: RecordKind, rows: string[][], j: Joins): Promise<void> {
  let stored: string[][];
  try {
    stored = await readRows(path);
  } catch {
    return; // no results yet
  }
  const [headers = [], ...body] = stored;
  const m = matchHeaders(kind, headers);
  const bySignature = new Map<string, string[]>();
  const byExternal = new Map<string, string[]>();
  const ext = m.index.get("external_id");
  for (const r of body) {
    bySignature.set(j.signature(r, m), r);
    const id = ext === undefined ? "" : (r[ext] ?? "").trim();
    if (id) byExternal.set(id, r);
  }
  const myExt = j.match.index.get("external_id");
  for (const row of rows) {
    const id = myExt === undefined ? "" : (row[myExt] ?? "").trim();
    const from = bySignature.get(j.signature(row)) ?? (id ? byExternal.get(id) : undefined);
    if (!from) continue;
    for (const [key, at] of j.resultAt) {
      const src = m.index.get(key);
      if (src !== undefined && row[at] === "") row[at] = from[src] ?? "";
    }
  }
}
