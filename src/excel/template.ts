/**
 * ensureTemplate(): creates the four kind tables and the hidden lists sheet, or repairs what
 * is missing. Repair never moves, drops or rewrites a data row, never duplicates a list or a
 * rule, and a second run on a complete workbook writes nothing. Four syncs at most.
 */
import type { Locale } from "../core/i18n";
import { KINDS, RECORD_KINDS, type RecordKind } from "../core/kinds";
import type { CellValue } from "../core/model";
import { columnLetters } from "./a1";
import { findTables, layoutOf, queueLayout, type TableLayout } from "./layout";
import {
  CATALOG_COLUMN,
  CATALOG_HEADERS,
  CATALOG_TABLE,
  LISTS_SHEET,
  LIST_IDS,
  catalogFromRows,
  catalogRows,
  listEntries,
  listIdFor,
  listSource,
  listsArea,
  listsAreaAddress,
} from "./lists";
import type { XlConditionalFormat, XlContext, XlDataValidation, XlRange, XlTable } from "./office-subset";
import type { AdapterSession } from "./session";
import {
  type Capabilities,
  bodyColumn,
  formatNewColumn,
  layHighlightRules,
  setList,
} from "./template-format";
import {
  HIGHLIGHT,
  TABLE_STYLE,
  advancedRuns,
  columnOfHeader,
  headerText,
  isOurRule,
  planInserts,
  templateColumns,
} from "./template-plan";
import type { TemplateReport } from "./types";

interface Checks {
  layout: TableLayout;
  lists: { key: string; dv: XlDataValidation }[];
  hidden: { key: string; cell: XlRange }[];
  rules: XlRange;
}

/** Loads what repair compares; drop-down rules only where the host has data validation (ExcelApi 1.8). */
function queueChecks(context: XlContext, layout: TableLayout, caps: Capabilities): Checks {
  const table = context.workbook.tables.getItem(layout.tableName);
  const lists: Checks["lists"] = [];
  const hidden: Checks["hidden"] = [];
  const rows = Math.max(1, layout.rowCount);
  layout.headers.forEach((h, offset) => {
    const col = columnOfHeader(layout.kind, h);
    if (caps.validation && col && listIdFor(layout.kind, col))
      lists.push({ key: col.key, dv: bodyColumn(table, offset, rows).dataValidation.load("type, rule") });
    if (col?.hidden)
      hidden.push({ key: col.key, cell: table.getHeaderRowRange().getCell(0, offset).load("columnHidden") });
  });
  const rules = table.getDataBodyRange().load("rowCount");
  rules.conditionalFormats.load("items/type, items/customOrNullObject/rule/formula");
  return { layout, lists, hidden, rules };
}

/** Queues the repair of one existing table; true when anything had to change. */
function repairTable(
  context: XlContext,
  c: Checks,
  listLengths: Map<string, number>,
  listsChanged: boolean,
  caps: Capabilities,
): boolean {
  const { layout } = c;
  const table = context.workbook.tables.getItem(layout.tableName);
  const inserts = planInserts(layout.kind, layout.headers);
  const final: (string | null)[] = layout.headers.map((h) => columnOfHeader(layout.kind, h)?.key ?? null);
  const rows = Math.max(1, layout.rowCount);
  const place = { table, kind: layout.kind, bodyRows: rows, locale: layout.locale, listLengths, caps };
  for (const ins of inserts) {
    const header = headerText(ins.col, layout.locale);
    if (caps.namedColumns) table.columns.add(ins.index, undefined, header);
    else {
      // Before ExcelApi 1.15 a new column cannot be named on creation: name it by its header cell.
      table.columns.add(ins.index);
      table.getHeaderRowRange().getCell(0, ins.index).values = [[header]];
    }
    final.splice(ins.index, 0, ins.col.key);
  }
  for (const ins of inserts) formatNewColumn({ ...place, offset: final.indexOf(ins.col.key) }, ins.col);
  let changed = inserts.length > 0;
  const template = templateColumns(layout.kind);
  for (const { key, dv } of c.lists) {
    const col = template.find((t) => t.key === key);
    const id = col && listIdFor(layout.kind, col);
    if (!col || !id || !caps.validation) continue;
    if (dv.type === "List" && dv.rule?.list?.source === listSource(id, listLengths.get(id) ?? 1)) continue;
    setList(bodyColumn(table, final.indexOf(key), rows), layout.kind, col, listLengths);
    changed = true;
  }
  for (const { key, cell } of c.hidden) {
    if (cell.columnHidden) continue;
    table.getHeaderRowRange().getCell(0, final.indexOf(key)).columnHidden = true;
    changed = true;
  }
  const ours: XlConditionalFormat[] = c.rules.conditionalFormats.items.filter(
    (cf) => !cf.customOrNullObject.isNullObject && isOurRule(cf.customOrNullObject.rule.formula),
  );
  if (ours.length !== Object.keys(HIGHLIGHT).length || inserts.length > 0) {
    layHighlightRules(
      table,
      ours,
      final.indexOf("issue_marks"),
      layout.firstCol,
      layout.headerRow,
      rows,
      final.length,
    );
    changed = true;
  }
  const hasLists = template.some((col) => listIdFor(layout.kind, col));
  return changed || (listsChanged && hasLists);
}

/** Queues a new table for `kind` at A1 of `sheet` (created when absent). */
function createTable(
  context: XlContext,
  kind: RecordKind,
  sheetName: string,
  sheetExists: boolean,
  locale: Locale,
  listLengths: Map<string, number>,
  caps: Capabilities,
): void {
  const sheet = sheetExists
    ? context.workbook.worksheets.getItemOrNullObject(sheetName)
    : context.workbook.worksheets.add(sheetName);
  const cols = templateColumns(kind);
  const last = columnLetters(cols.length - 1);
  sheet.getRange(`A1:${last}1`).values = [cols.map((c) => headerText(c, locale))];
  const table: XlTable = sheet.tables.add(`A1:${last}2`, true);
  table.name = KINDS[kind].table;
  table.style = TABLE_STYLE;
  cols.forEach((col, offset) =>
    formatNewColumn({ table, kind, offset, bodyRows: 1, locale, listLengths, caps }, col),
  );
  sheet.freezePanes.freezeRows(1);
  if (caps.grouping) {
    for (const [first, count] of advancedRuns(cols)) {
      const range = sheet.getRange(`${columnLetters(first)}:${columnLetters(first + count - 1)}`);
      range.group("ByColumns");
      range.hideGroupDetails("ByColumns");
    }
  }
  layHighlightRules(table, [], cols.length - 1, 0, 0, 1, cols.length);
}

export async function ensureTemplate(session: AdapterSession, locale: Locale): Promise<TemplateReport> {
  const caps: Capabilities = {
    validation: session.deps.supports("1.8"),
    grouping: session.deps.supports("1.10"),
    namedColumns: session.deps.supports("1.15"),
  };
  const report = await session.deps.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const found = await findTables(context, CATALOG_TABLE);
    const sheetNamed = (name: string) =>
      sheets.items.find((s) => s.name.toLowerCase() === name.toLowerCase())?.name;
    const missing = RECORD_KINDS.filter((k) => !found.kinds.has(k));
    const pending = [...found.kinds].map(([k, name]) => queueLayout(context, k, name));
    const listsSheetName = sheetNamed(LISTS_SHEET);
    const area = listsSheetName
      ? context.workbook.worksheets
          .getItemOrNullObject(listsSheetName)
          .getRange(listsAreaAddress)
          .load("values")
      : null;
    const catalogBody = found.catalog
      ? context.workbook.tables.getItem(CATALOG_TABLE).getDataBodyRange().load("values")
      : null;
    const width = (k: RecordKind) => columnLetters(templateColumns(k).length - 1);
    const homes = missing.map((kind) => {
      const existing = sheetNamed(KINDS[kind].sheet.zh) ?? sheetNamed(KINDS[kind].sheet.en);
      return {
        kind,
        existing,
        firstRow: existing
          ? context.workbook.worksheets
              .getItemOrNullObject(existing)
              .getRange(`A1:${width(kind)}1`)
              .load("values")
          : null,
      };
    });
    await context.sync();

    const layouts = pending.map((p) => layoutOf(p, found.kinds.get(p.kind) as string));
    const catalog = catalogFromRows(catalogBody ? (catalogBody.values as CellValue[][]) : null);
    const expected = listsArea(locale, catalog);
    const listsChanged = !area || JSON.stringify(area.values) !== JSON.stringify(expected);
    const listLengths = new Map<string, number>(
      LIST_IDS.map((id) => [id, listEntries(id, locale, catalog).length]),
    );
    const checks = layouts.map((l) => queueChecks(context, l, caps));
    await context.sync();

    const result: TemplateReport & { conflicts: { kind: RecordKind; sheet: string }[] } = {
      created: [],
      repaired: [],
      unchanged: [],
      conflicts: [],
    };
    const lists = listsSheetName
      ? context.workbook.worksheets.getItemOrNullObject(listsSheetName)
      : context.workbook.worksheets.add(LISTS_SHEET);
    if (!listsSheetName) lists.visibility = "Hidden";
    if (listsChanged) lists.getRange(listsAreaAddress).values = expected;
    if (!found.catalog) {
      const rows = [CATALOG_HEADERS, ...catalogRows(catalog)];
      const address = `${columnLetters(CATALOG_COLUMN)}1:${columnLetters(CATALOG_COLUMN + CATALOG_HEADERS.length - 1)}${rows.length}`;
      lists.getRange(address).values = rows;
      lists.tables.add(address, true).name = CATALOG_TABLE;
    }
    for (const c of checks) {
      if (repairTable(context, c, listLengths, listsChanged, caps)) result.repaired.push(c.layout.kind);
      else result.unchanged.push(c.layout.kind);
    }
    for (const h of homes) {
      const blank = !h.firstRow || (h.firstRow.values[0] ?? []).every((v) => v === "" || v == null);
      if (!blank) {
        result.conflicts.push({ kind: h.kind, sheet: h.existing as string });
        continue;
      }
      createTable(
        context,
        h.kind,
        h.existing ?? KINDS[h.kind].sheet[locale === "zh-CN" ? "zh" : "en"],
        h.existing !== undefined,
        locale,
        listLengths,
        caps,
      );
      result.created.push(h.kind);
    }
    await session.syncWrites(context);
    const tables = new Map(found.kinds);
    for (const kind of result.created) tables.set(kind, KINDS[kind].table);
    return { ...result, tables };
  });
  session.forget(report.tables, true);
  session.ruleRows.clear();
  const { created, repaired, unchanged, conflicts } = report;
  return conflicts.length > 0
    ? { created, repaired, unchanged, conflicts }
    : { created, repaired, unchanged };
}
