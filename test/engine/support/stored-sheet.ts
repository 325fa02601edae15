/**
 * What the sheet holds between runs, for engine tests and benches: each result batch is applied
 * to its row as the Excel adapter would write it (absent fields keep their old value), and the
 * rows are read back as the core's verdicts (row-state.ts), as the pane hands them to a run.
 */
import type { PreparedRecord, RowResult } from "../../../src/core/model";
import { rowState, type RowVerdict, type StoredResult } from "../../../src/core/row-state";

type StoredRow = { kind: RowResult["kind"]; row: number } & StoredResult;

export function storedSheet() {
  const rows = new Map<number, StoredRow>();
  const apply = (batch: RowResult[]) => {
    for (const r of batch) {
      const old = rows.get(r.row);
      rows.set(r.row, {
        kind: r.kind,
        row: r.row,
        status: r.status,
        key: r.key ?? old?.key,
        approvalId: r.approval_id ?? old?.approvalId,
        fingerprint: r.fingerprint ?? old?.fingerprint,
      });
    }
  };
  /**
   * The rows' verdicts. Pass the records the cells give now when they may differ from what was
   * stored; without them each row's cells are taken as unchanged since the run.
   */
  const stored = (records?: readonly PreparedRecord[]): RowVerdict[] =>
    [...rows.values()].map(({ kind, row, ...stored }) => {
      const record = records
        ? records.find((r) => r.kind === kind && r.row === row)
        : { key: stored.key ?? "", fingerprint: stored.fingerprint ?? "" };
      return { kind, row, stored, state: rowState({ blank: false, hasErrors: false, record, stored }) };
    });
  const count = (status: string) => [...rows.values()].filter((s) => s.status === status).length;
  return { rows, apply, stored, count };
}
