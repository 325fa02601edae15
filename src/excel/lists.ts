/**
 * The hidden lists sheet: one column per drop-down list (enum labels, leave and out types)
 * that data validation points at — literal lists over 255 characters break Excel — and the
 * editable types catalog table beside them.
 */
import type { Locale } from "../core/i18n";
import { ENUMS, optionDisplay, type EnumName, type EnumOption } from "../core/enums";
import type { CellValue } from "../core/model";
import { DEFAULT_CATALOG, type CatalogEntry } from "../core/template/catalog";
import { catalogChoices } from "../core/template/catalog-lookup";
import type { ColumnDef } from "../core/template/columns";
import type { RecordKind } from "../core/kinds";
import { columnLetters } from "./a1";

export const LISTS_SHEET = "FeishuLists";
export const CATALOG_TABLE = "FeishuTypes";
/** Rows the lists area spans (header included); lists longer than this are cut. */
export const LIST_ROWS = 200;

const ENUM_LISTS: EnumName[] = [
  "unit",
  "overtime_category",
  "overtime_type",
  "trip_type",
  "transportation",
  "region_level",
  "default_locale",
];
export const LIST_IDS = [...ENUM_LISTS, "leave_type", "out_type"] as const;
export type ListId = (typeof LIST_IDS)[number];

export const CATALOG_HEADERS = ["kind", "uniq_id", "name_ch", "name_en", "name_ja", "default_locale"];
/** The catalog table starts one column after the lists, with a blank column between. */
export const CATALOG_COLUMN = LIST_IDS.length + 1;

export function listIdFor(kind: RecordKind, col: ColumnDef): ListId | null {
  if (col.type === "catalog") return kind === "out" ? "out_type" : "leave_type";
  if ((col.type === "enum" || col.type === "enumList") && col.enumName) return col.enumName;
  return null;
}

export function listEntries(id: ListId, locale: Locale, catalog: readonly CatalogEntry[]): string[] {
  if (id === "leave_type") return catalogChoices("leave", catalog);
  if (id === "out_type") return catalogChoices("out", catalog);
  return (ENUMS[id].options as readonly EnumOption[])
    .filter((o) => !o.deprecated)
    .map((o) => optionDisplay(o, locale));
}

/** The lists area A1:I{LIST_ROWS} as it should be: list ids in row 1, entries below, blanks after. */
export function listsArea(locale: Locale, catalog: readonly CatalogEntry[]): string[][] {
  const columns = LIST_IDS.map((id) => [id, ...listEntries(id, locale, catalog)].slice(0, LIST_ROWS));
  return Array.from({ length: LIST_ROWS }, (_, r) => columns.map((c) => c[r] ?? ""));
}

export const listsAreaAddress = `A1:${columnLetters(LIST_IDS.length - 1)}${LIST_ROWS}`;

/** The data validation source for a list: an absolute reference on the lists sheet. */
export function listSource(id: ListId, length: number): string {
  const col = columnLetters(LIST_IDS.indexOf(id));
  return `=${LISTS_SHEET}!$${col}$2:$${col}$${1 + Math.max(1, Math.min(length, LIST_ROWS - 1))}`;
}

export function catalogRows(catalog: readonly CatalogEntry[]): string[][] {
  return catalog.map((e) => [e.kind, e.uniq_id, e.names.ch, e.names.en, e.names.ja ?? "", e.default_locale]);
}

const LOCALES = new Set(["ch", "en", "ja"]);

/** Catalog entries from the catalog table's body; rows without a kind, id and name are skipped. Defaults when none. */
export function catalogFromRows(rows: CellValue[][] | null): CatalogEntry[] {
  if (!rows) return [...DEFAULT_CATALOG];
  const s = (v: CellValue) => (v == null ? "" : String(v).trim());
  const entries: CatalogEntry[] = [];
  for (const r of rows) {
    const [kind, uniq, ch, en, ja, loc] = r.map(s);
    if ((kind !== "leave" && kind !== "out") || !uniq || !(ch || en)) continue;
    entries.push({
      kind,
      uniq_id: uniq,
      names: { ch: ch || en, en: en || ch, ...(ja ? { ja } : {}) },
      default_locale: (LOCALES.has(loc) ? loc : "ch") as CatalogEntry["default_locale"],
    });
  }
  return entries.length > 0 ? entries : [...DEFAULT_CATALOG];
}
