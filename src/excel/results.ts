/**
 * writeResults(): the engine's result batches into the result columns. Each result's row is
 * found in the same batch that writes it, by its Approval ID or key (row-finder.ts, core
 * row-identity.ts), never by a row number from an earlier batch: one sync locates the tables,
 * one reads their Key and Approval ID columns (one more reads the rows' cells when a result can
 * be found only by its content), and one writes (more when the batch outweighs one sync).
 * Results whose row is gone are handed back. Absent fields stay as they are; adjacent result
 * columns and consecutive rows share one 2-D block; text that looks like a formula stays text,
 * and approval IDs, keys and fingerprints are always written as text.
 */
import type { RowResult } from "../core/model";
import type { ResultColumnKey } from "../core/template/columns";
import { runsOf } from "./a1";
import { writeBlock } from "./cells";
import { jsonBytes } from "./payload";
import type { TableLayout } from "./layout";
import type { XlCell } from "./office-subset";
import type { AdapterSession } from "./session";
import { rowsOfResults, type ContentKeys } from "./row-finder";
import { statusLabel } from "../core/status";

const RESULT_KEYS: ResultColumnKey[] = [
  "status",
  "approval_id",
  "message",
  "submitted_at",
  "key",
  "fingerprint",
];

/** Result columns always written as Text: Excel would round a long digit string to a number. */
const TEXT_KEYS = new Set<ResultColumnKey>(["approval_id", "key", "fingerprint"]);

function cellOf(r: RowResult, key: ResultColumnKey, layout: TableLayout): XlCell {
  if (key === "status") return statusLabel(r.status, layout.locale);
  const v = r[key];
  return v === undefined ? null : v;
}

/** Writes the results on their rows; answers the results whose row is no longer in the table. */
export async function writeResults(
  session: AdapterSession,
  results: RowResult[],
  contentKeys?: ContentKeys,
): Promise<RowResult[]> {
  const kinds = [...new Set(results.map((r) => r.kind))];
  if (kinds.length === 0) return [];
  return session.writeRun(async (context) => {
    const { layouts } = await session.locate(context, kinds, () => null);
    const found = await rowsOfResults(context, session, layouts, results, contentKeys);
    const lost = results.filter((_, i) => found[i] < 0);
    const writes = session.planWrites();
    for (const layout of layouts) {
      const table = context.workbook.tables.getItem(layout.tableName);
      // Last result wins when a batch names a row twice.
      const byRow = new Map<number, RowResult>();
      results.forEach((r, i) => {
        if (r.kind === layout.kind && found[i] >= 0) byRow.set(found[i], r);
      });
      const rows = [...byRow.keys()].sort((a, b) => a - b);
      // Status and Message change here: showIssues() must not take them as still showing its text.
      session.shown.forget(layout.kind, rows);
      const present = RESULT_KEYS.filter((k) => layout.index.has(k));
      const columnRuns = runsOf(present.map((k) => layout.index.get(k) as number).sort((a, b) => a - b));
      const keyAt = new Map(present.map((k) => [layout.index.get(k) as number, k]));
      const rowBytes = (row: number) =>
        present.reduce((n, k) => n + jsonBytes(cellOf(byRow.get(row) as RowResult, k, layout)) + 1, 0);
      const rowRuns = runsOf(rows).flatMap(([s, n]) =>
        writes.blocks(n, (i) => rowBytes(s + i)).map(([o, c]): [number, number] => [s + o, c]),
      );
      for (const [rowStart, rowCount] of rowRuns) {
        for (const [colStart, colCount] of columnRuns) {
          const block = Array.from({ length: rowCount }, (_, i) => {
            const r = byRow.get(rowStart + i) as RowResult;
            return Array.from({ length: colCount }, (_, j) =>
              cellOf(r, keyAt.get(colStart + j) as ResultColumnKey, layout),
            );
          });
          const textColumns = Array.from({ length: colCount }, (_, j) =>
            TEXT_KEYS.has(keyAt.get(colStart + j) as ResultColumnKey),
          );
          writeBlock(writes, table, rowStart, colStart, block, textColumns);
        }
      }
    }
    await session.syncPlanned(context, writes);
    return lost;
  });
}
