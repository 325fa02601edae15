/**
 * Finds, inside the batch that writes, the rows results belong to (core row-identity.ts): the
 * Key and Approval ID columns read in one sync (more when the table outweighs one), and only
 * when a result can be found by nothing else, the rows' cells, so the core can say which key
 * each row makes now. Never a row number remembered from an earlier batch.
 */
import type { RecordKind } from "../core/kinds";
import type { RowResult, TableSnapshot } from "../core/model";
import { findRows, needsContent, type RowIdentities } from "../core/row-identity";
import type { TableLayout } from "./layout";
import { blocksOf, readBodyBlocks } from "./block-read";
import type { XlContext } from "./office-subset";
import { packBlocks, readGroups, tableSnapshot } from "./reader";
import type { AdapterSession } from "./session";

/** The key each row's cells make now (the pane binds the core's contentKeysOf with its settings). */
export type ContentKeys = (table: TableSnapshot) => readonly (string | undefined)[];

/** A generous size of one Key or Approval ID cell in a response (64-character keys, quotes, comma). */
const ID_CELL_BYTES = 100;

const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());

/** Each table's Key and Approval ID cells, by data row. */
async function readIdentities(
  context: XlContext,
  layouts: readonly TableLayout[],
): Promise<Map<RecordKind, RowIdentities>> {
  const spans = layouts.flatMap((layout) =>
    ["key", "approval_id"].flatMap((key) => {
      const column = layout.index.get(key);
      return column === undefined
        ? []
        : blocksOf({ tableName: layout.tableName, column, cols: 1 }, layout.rowCount, ID_CELL_BYTES).map(
            (block) => ({ layout, key, block }),
          );
    }),
  );
  const read = spans.length
    ? await readBodyBlocks(
        context,
        spans.map((s) => s.block),
        ID_CELL_BYTES,
      )
    : [];
  const columnOf = (layout: TableLayout, key: string): string[] => {
    if (layout.index.get(key) === undefined) return new Array<string>(layout.rowCount).fill("");
    return spans.flatMap((s, i) =>
      s.layout === layout && s.key === key ? read[i].map((r) => text(r[0])) : [],
    );
  };
  return new Map(
    layouts.map((l) => [l.kind, { keys: columnOf(l, "key"), approvalIds: columnOf(l, "approval_id") }]),
  );
}

/** Adds the key each row's cells make, for the tables where some result needs it. */
async function addContentKeys(
  context: XlContext,
  session: AdapterSession,
  layouts: readonly TableLayout[],
  ids: Map<RecordKind, RowIdentities>,
  contentKeys: ContentKeys,
): Promise<void> {
  const data = new Map(
    layouts.map((l) => [
      l.kind,
      { values: new Array<unknown[]>(l.rowCount), formats: new Array<unknown[]>(l.rowCount) },
    ]),
  );
  const blocks = layouts.flatMap((layout) =>
    layout.rowCount > 0 ? [{ layout, start: 0, rows: layout.rowCount, cols: layout.headers.length }] : [],
  );
  const chunked = blocks.flatMap((b) => {
    const size = session.deps.chunkRows;
    const parts = [];
    for (let s = 0; s < b.rows; s += size) parts.push({ ...b, start: s, rows: Math.min(size, b.rows - s) });
    return parts;
  });
  await readGroups(context, packBlocks(chunked, session.deps.syncCellBudget), data);
  for (const l of layouts) {
    const found = ids.get(l.kind);
    const read = data.get(l.kind);
    if (found && read) ids.set(l.kind, { ...found, contentKeys: contentKeys(tableSnapshot(l, read)) });
  }
}

/**
 * The data row of each result (-1: the row is gone), read in the batch of `context`: one sync
 * for the identity columns, one more for the rows' cells when a result needs its content.
 */
export async function rowsOfResults(
  context: XlContext,
  session: AdapterSession,
  layouts: readonly TableLayout[],
  results: readonly RowResult[],
  contentKeys?: ContentKeys,
): Promise<number[]> {
  const ids = await readIdentities(context, layouts);
  if (contentKeys) {
    const need = layouts.filter((l) => {
      const found = ids.get(l.kind);
      return found && results.some((r) => r.kind === l.kind && needsContent(r, found));
    });
    if (need.length) await addContentKeys(context, session, need, ids, contentKeys);
  }
  const rows = new Array<number>(results.length).fill(-1);
  for (const [kind, found] of ids) {
    const at = results.map((r, i) => [r, i] as const).filter(([r]) => r.kind === kind);
    const matched = findRows(
      at.map(([r]) => r),
      found,
    );
    at.forEach(([, i], j) => (rows[i] = matched[j]));
  }
  return rows;
}
