/**
 * Which row a result belongs to: a record is its key, never its row. Rows move (the clerk
 * inserts, deletes, sorts; a co-author edits), so whoever writes into the sheet reads the rows'
 * identities in the same batch that writes and asks here. A result is found by
 * 1. the Approval ID the row holds (`find`, revoke and replace results), else
 * 2. its key in the row's Key cell (every result after a send's first mark), else
 * 3. the key the row's cells make now (`contentKeysOf`), for a row that holds no approval ID yet
 *    (the first mark of a send, an adopt); a `~n` key is found on the row whose content makes
 *    its base (row-state.ts keyMatches).
 * Several rows fit: the one nearest the result's `row` hint. None fits: the row is gone.
 */
import { keyOf } from "./build";
import type { CoreSettings, RowResult, TableSnapshot } from "./model";
import { readTable } from "./prepare";
import { keyMatches } from "./row-state";
import type { CatalogEntry } from "./template/catalog";
import { isValid } from "./validate/table";

/** One table's identities as read in the writing batch, by data row. */
export interface RowIdentities {
  /** Each row's Key cell ("" when blank). */
  keys: readonly string[];
  /** Each row's Approval ID cell ("" when blank). */
  approvalIds: readonly string[];
  /** The key each row's cells make now (undefined: blank or invalid), when it was read. */
  contentKeys?: readonly (string | undefined)[];
}

/** The record key each data row's cells make now; undefined for a blank or invalid row. */
export function contentKeysOf(
  snapshot: TableSnapshot,
  settings: CoreSettings,
  catalog: readonly CatalogEntry[],
): (string | undefined)[] {
  const keys = new Array<string | undefined>(snapshot.rows.length).fill(undefined);
  for (const c of readTable(snapshot, settings, catalog).checked)
    if (isValid(c) && c.fingerprint !== undefined) keys[c.row] = keyOf(c, c.fingerprint);
  return keys;
}

/** Whether a result can only be found by its content: it is not found by Approval ID or Key cell. */
export const needsContent = (r: RowResult, ids: RowIdentities): boolean =>
  !r.find && r.key !== undefined && !ids.keys.includes(r.key);

function candidates(r: RowResult, ids: RowIdentities): number[] {
  const all = ids.keys.map((_, i) => i);
  if (r.find) return r.find.approvalId ? all.filter((i) => ids.approvalIds[i] === r.find?.approvalId) : [];
  const key = r.key;
  if (key === undefined || key === "") return [];
  const byKey = all.filter((i) => ids.keys[i] === key);
  if (byKey.length) return byKey;
  const content = ids.contentKeys;
  if (!content) return [];
  return all.filter((i) => {
    const made = content[i];
    return !ids.approvalIds[i] && made !== undefined && keyMatches(made, key);
  });
}

/** The data row each result belongs to now, or -1 when no row is it any more. */
export function findRows(results: readonly RowResult[], ids: RowIdentities): number[] {
  return results.map((r) => {
    const rows = candidates(r, ids);
    if (!rows.length) return -1;
    return rows.reduce((best, i) => (Math.abs(i - r.row) < Math.abs(best - r.row) ? i : best));
  });
}
