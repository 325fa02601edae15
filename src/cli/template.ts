/**
 * `template <file>`: the pane's Set up as a file. The same four tables (core template columns,
 * with src/excel/template-plan.ts's formats, widths and highlight rules), the same hidden lists
 * sheet with the types catalog table, the same drop-downs and header help from the catalogue,
 * written with exceljs. The pane recognises the result as its own template and repairs nothing.
 */
import { access, rename } from "node:fs/promises";
import ExcelJS from "exceljs";
import { formatMessage, type MessageId } from "../core/catalog";
import { pick, type Locale } from "../core/i18n";
import { KINDS, RECORD_KINDS, type RecordKind } from "../core/kinds";
import { DEFAULT_CATALOG } from "../core/template/catalog";
import type { ColumnDef } from "../core/template/columns";
import {
  CATALOG_COLUMN,
  CATALOG_HEADERS,
  CATALOG_TABLE,
  LISTS_SHEET,
  LIST_IDS,
  catalogRows,
  listEntries,
  listIdFor,
  listSource,
  listsArea,
} from "../excel/lists";
import {
  HIGHLIGHT,
  RESULT_BODY_FILL,
  RESULT_HEADER_FILL,
  TABLE_STYLE,
  highlightFormula,
  numberFormatFor,
  templateColumns,
} from "../excel/template-plan";
import { encodeCol } from "./files/xlsx-layout";
import { CliProblem } from "./problem";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const fill = (hex: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(hex) },
});
const noEquals = (f: string) => f.replace(/^=/, "");
const bothLanguages = (id: MessageId) => `${formatMessage("zh-CN", id)} / ${formatMessage("en-US", id)}`;

function dropDown(
  kind: RecordKind,
  col: ColumnDef,
  lengths: Map<string, number>,
): ExcelJS.DataValidation | null {
  const id = listIdFor(kind, col);
  if (!id) return null;
  return {
    type: "list",
    allowBlank: true,
    formulae: [noEquals(listSource(id, lengths.get(id) ?? 1))],
    showErrorMessage: col.type !== "enumList",
    errorStyle: "warning",
    errorTitle: bothLanguages("name.notInListTitle"),
    error: bothLanguages("name.notInList"),
  };
}

function kindSheet(
  wb: ExcelJS.Workbook,
  kind: RecordKind,
  locale: Locale,
  lengths: Map<string, number>,
): void {
  const cols = templateColumns(kind);
  const sheet = wb.addWorksheet(pick(KINDS[kind].sheet, locale), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addTable({
    name: KINDS[kind].table,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: cols.map((c) => ({ name: pick(c.header, locale), filterButton: true })),
    rows: [cols.map(() => null)],
  });
  cols.forEach((col, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = col.width;
    if (col.hidden) column.hidden = true;
    if (col.advanced) column.outlineLevel = 1;
    if (col.advanced) column.hidden = true;
    const header = sheet.getCell(1, i + 1);
    const body = sheet.getCell(2, i + 1);
    body.numFmt = numberFormatFor(col);
    header.dataValidation = {
      type: "any",
      showInputMessage: true,
      promptTitle: pick(col.header, locale).slice(0, 32),
      prompt: pick(col.help, locale).slice(0, 255),
    } as unknown as ExcelJS.DataValidation; // "any" (no rule, a prompt only) is valid OOXML; exceljs's typings omit it
    const list = dropDown(kind, col, lengths);
    if (list) body.dataValidation = list;
    if (col.type === "result") {
      header.fill = fill(RESULT_HEADER_FILL);
      if (!col.hidden) body.fill = fill(RESULT_BODY_FILL);
    }
    if (col.key === "message") body.alignment = { wrapText: false };
  });
  const last = encodeCol(cols.length - 1);
  sheet.addConditionalFormatting({
    ref: `A2:${last}2`,
    rules: [HIGHLIGHT.error, HIGHLIGHT.warning, HIGHLIGHT.muted].map((level, priority) => ({
      type: "expression",
      priority: priority + 1,
      formulae: [noEquals(highlightFormula(level.marker, cols.length - 1, 1))],
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(level.fill) } },
        font: { color: { argb: argb(level.font) } },
      },
    })),
  });
}

function listsSheet(wb: ExcelJS.Workbook, locale: Locale): void {
  const sheet = wb.addWorksheet(LISTS_SHEET, { state: "hidden" });
  listsArea(locale, DEFAULT_CATALOG).forEach((row, r) =>
    row.forEach((v, c) => (sheet.getCell(r + 1, c + 1).value = v)),
  );
  sheet.addTable({
    name: CATALOG_TABLE,
    ref: `${encodeCol(CATALOG_COLUMN + 1)}1`,
    headerRow: true,
    totalsRow: false,
    columns: CATALOG_HEADERS.map((name) => ({ name, filterButton: true })),
    rows: catalogRows(DEFAULT_CATALOG),
  });
}

export async function writeTemplate(path: string, locale: Locale): Promise<void> {
  if (!path.toLowerCase().endsWith(".xlsx")) throw new CliProblem("cli.templateNeedsXlsx");
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists) throw new CliProblem("cli.templateExists", { path });
  const wb = new ExcelJS.Workbook();
  const lengths = new Map<string, number>(
    LIST_IDS.map((id) => [id, listEntries(id, locale, DEFAULT_CATALOG).length]),
  );
  for (const kind of RECORD_KINDS) kindSheet(wb, kind, locale, lengths);
  listsSheet(wb, locale);
  const tmp = `${path}.${process.pid}.tmp`;
  await wb.xlsx.writeFile(tmp);
  await rename(tmp, path);
}
