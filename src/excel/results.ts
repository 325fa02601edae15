/**
 * writeResults(): the engine's result batches into the result columns, in one sync after the
 * tables are located (more when the batch outweighs one sync). Absent fields stay as they are; adjacent result columns and
 * consecutive rows share one 2-D block; text that looks like a formula stays text, and
 * approval IDs, keys and fingerprints are always written as text. Large batches go in several
 * syncs, each under the byte budget.
 */
import type { RowResult } from "../core/model";
import type { ResultColumnKey } from "../core/template/columns";
import { runsOf } from "./a1";
import { writeBlock } from "./cells";
import { jsonBytes } from "./payload";
import type { TableLayout } from "./layout";
import type { XlCell } from "./office-subset";
import type { AdapterSession } from "./session";
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

export async function writeResults(session: AdapterSession, results: RowResult[]): Promise<void> {
  const kinds = [...new Set(results.map((r) => r.kind))];
  if (kinds.length === 0) return;
  await session.deps.run(async (context) => {
    const { layouts } = await session.locate(context, kinds, () => null);
    const writes = session.planWrites();
    for (const layout of layouts) {
      const table = context.workbook.tables.getItem(layout.tableName);
      // Last result wins when a batch names a row twice.
      const byRow = new Map<number, RowResult>();
      for (const r of results)
        if (r.kind === layout.kind && r.row >= 0 && r.row < layout.rowCount) byRow.set(r.row, r);
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
  });
}
