/**
 * Finds a types-catalog entry from what a clerk put in the type cell: the drop-down display
 * ("年假 / Annual leave"), the zh, en or ja name, or the uniq_id. The workbook may bring its
 * own catalog; DEFAULT_CATALOG is used otherwise.
 */
import { normaliseLabel } from "../enums";
import { catalogDisplay, DEFAULT_CATALOG, type CatalogEntry } from "./catalog";

type Index = Map<string, CatalogEntry>;
interface Indexes {
  leave: Index;
  out: Index;
  /** Raw cell text -> entry per kind, so repeated cells skip normalising (bounded). */
  seen: Record<CatalogEntry["kind"], Map<string, CatalogEntry | null>>;
}
const indexes = new WeakMap<readonly CatalogEntry[], Indexes>();

function buildIndex(catalog: readonly CatalogEntry[]): Indexes {
  const idx: Indexes = { leave: new Map(), out: new Map(), seen: { leave: new Map(), out: new Map() } };
  // Two passes: display names and names first, uniq_ids second, so a name never loses to an id.
  for (const e of catalog) {
    const names = [catalogDisplay(e), e.names.ch, e.names.en, e.names.ja].filter((n): n is string => !!n);
    for (const n of names) {
      const k = normaliseLabel(n);
      if (!idx[e.kind].has(k)) idx[e.kind].set(k, e);
    }
  }
  for (const e of catalog) {
    const k = normaliseLabel(e.uniq_id);
    if (!idx[e.kind].has(k)) idx[e.kind].set(k, e);
  }
  return idx;
}

/** The entry of `kind` named by `cell`, or undefined. Case, spacing and full width do not matter. */
export function lookupCatalog(
  kind: CatalogEntry["kind"],
  cell: string,
  catalog: readonly CatalogEntry[] = DEFAULT_CATALOG,
): CatalogEntry | undefined {
  let idx = indexes.get(catalog);
  if (!idx) {
    idx = buildIndex(catalog);
    indexes.set(catalog, idx);
  }
  const seen = idx.seen[kind];
  const hit = seen.get(cell);
  if (hit !== undefined) return hit ?? undefined;
  const found = idx[kind].get(normaliseLabel(cell));
  if (seen.size > 5_000) seen.clear();
  seen.set(cell, found ?? null);
  return found;
}

/** The drop-down list for a kind: one display string per entry, in catalog order. */
export function catalogChoices(
  kind: CatalogEntry["kind"],
  catalog: readonly CatalogEntry[] = DEFAULT_CATALOG,
): string[] {
  return catalog.filter((e) => e.kind === kind).map(catalogDisplay);
}
