/** Queues the look of template columns: formats, widths, drop-downs, help, hiding, highlight rules. */
import { pick, type Locale } from "../core/i18n";
import type { RecordKind } from "../core/kinds";
import type { ColumnDef } from "../core/template/columns";
import { listIdFor, listSource } from "./lists";
import type { XlConditionalFormat, XlRange, XlTable } from "./office-subset";
import {
  HIGHLIGHT,
  RESULT_BODY_FILL,
  RESULT_HEADER_FILL,
  highlightFormula,
  numberFormatFor,
  widthInPoints,
} from "./template-plan";

export interface Capabilities {
  /** ExcelApi 1.8: data validation (drop-downs, header help prompts). */
  validation: boolean;
  /** ExcelApi 1.10: outline groups for advanced columns. */
  grouping: boolean;
  /** ExcelApi 1.15: `columns.add` takes the new column's name. */
  namedColumns: boolean;
}

export const column2d = <T>(rows: number, value: T): T[][] => Array.from({ length: rows }, () => [value]);

export function bodyColumn(table: XlTable, offset: number, rows: number): XlRange {
  return table
    .getDataBodyRange()
    .getCell(0, offset)
    .getResizedRange(rows - 1, 0);
}

/** Drop-down from the lists sheet. Enum lists warn (either language is accepted); multi-value lists never alert. */
export function setList(
  range: XlRange,
  kind: RecordKind,
  col: ColumnDef,
  listLengths: Map<string, number>,
): void {
  const id = listIdFor(kind, col);
  if (!id) return;
  range.dataValidation.clear();
  range.dataValidation.rule = {
    list: { inCellDropDown: true, source: listSource(id, listLengths.get(id) ?? 1) },
  };
  range.dataValidation.errorAlert = {
    showAlert: col.type !== "enumList",
    style: "Warning",
    title: "飞书考勤 / Feishu",
    message: "不在列表中。仍要使用吗？ / Not in the list. Use it anyway?",
  };
}

export interface ColumnPlace {
  table: XlTable;
  kind: RecordKind;
  offset: number;
  bodyRows: number;
  locale: Locale;
  listLengths: Map<string, number>;
  caps: Capabilities;
}

/** Everything a freshly created or freshly inserted column gets. */
export function formatNewColumn(p: ColumnPlace, col: ColumnDef): void {
  const header = p.table.getHeaderRowRange().getCell(0, p.offset);
  const body = bodyColumn(p.table, p.offset, p.bodyRows);
  body.numberFormat = column2d(p.bodyRows, numberFormatFor(col));
  header.format.columnWidth = widthInPoints(col);
  if (p.caps.validation) {
    setList(body, p.kind, col, p.listLengths);
    header.dataValidation.prompt = {
      showPrompt: true,
      title: pick(col.header, p.locale).slice(0, 32),
      message: pick(col.help, p.locale).slice(0, 255),
    };
  }
  if (col.type === "result") {
    header.format.fill.color = RESULT_HEADER_FILL;
    if (!col.hidden) body.format.fill.color = RESULT_BODY_FILL;
  }
  if (col.key === "message") body.format.wrapText = false;
  if (col.hidden) header.columnHidden = true;
}

/**
 * Replaces our highlight rules on a table body: one for errors, one for warnings, one greying
 * revoked rows, all reading the hidden marks column. Only rules with our formula shape are ever deleted.
 */
export function layHighlightRules(
  table: XlTable,
  ours: XlConditionalFormat[],
  marksOffset: number,
  firstCol: number,
  headerRow: number,
  bodyRows: number,
  tableCols: number,
): void {
  for (const cf of ours) cf.delete();
  const body = table
    .getDataBodyRange()
    .getCell(0, 0)
    .getResizedRange(bodyRows - 1, tableCols - 2);
  for (const level of [HIGHLIGHT.error, HIGHLIGHT.warning, HIGHLIGHT.muted]) {
    const cf = body.conditionalFormats.add("Custom");
    cf.custom.rule.formula = highlightFormula(level.marker, firstCol + marksOffset, headerRow + 1);
    cf.custom.format.fill.color = level.fill;
    cf.custom.format.font.color = level.font;
  }
}
