/**
 * Running the command in-process (src/cli/main.ts runCli) with captured output, and filling a
 * template workbook's tables with rows as a clerk (or another tool) would, with exceljs.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../../src/core/model";
import type { RecordKind } from "../../../src/core/kinds";
import { columnsOf } from "../../../src/core/template/columns";
import { runCli } from "../../../src/cli/main";
import { encodeCol, findPlaces, tableModel } from "../../../src/cli/files/xlsx-layout";

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCommand(
  argv: string[],
  env: Record<string, string | undefined> = {},
  signal: AbortSignal = new AbortController().signal,
): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  const code = await runCli({
    argv,
    env,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    signal,
  });
  return { code, stdout, stderr };
}

/** A row of a kind's template by column key (keys not given are blank). */
export function rowOf(kind: RecordKind, cells: Record<string, CellValue>): CellValue[] {
  return columnsOf(kind).map((c) => cells[c.key] ?? "");
}

/**
 * Writes rows under a kind's table header (replacing its body) and stretches the table over
 * them. `formats` sets number formats cell by cell (null leaves the cell's own).
 */
export async function putRows(
  path: string,
  kind: RecordKind,
  rows: readonly (readonly CellValue[])[],
  formats?: readonly (readonly (string | null)[])[],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const place = findPlaces(wb).find((p) => p.kind === kind);
  if (!place) throw new Error(`no ${kind} table in ${path}`);
  rows.forEach((row, i) =>
    row.forEach((v, c) => {
      const cell = place.sheet.getRow(place.headerRow + 1 + i).getCell(place.firstCol + c);
      const f = formats?.[i]?.[c];
      if (f) cell.numFmt = f;
      cell.value = v === "" || v == null ? null : (v as ExcelJS.CellValue);
    }),
  );
  if (place.table) {
    const m = tableModel(place.table) as unknown as { tableRef: string; autoFilterRef?: string };
    const ref = `${encodeCol(place.firstCol)}${place.headerRow}:${encodeCol(place.lastCol)}${place.headerRow + Math.max(1, rows.length)}`;
    m.tableRef = ref;
    if (m.autoFilterRef) m.autoFilterRef = ref;
  }
  await wb.xlsx.writeFile(path);
}
