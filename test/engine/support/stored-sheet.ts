/**
 * What the sheet holds between runs, for engine tests and benches: each result batch is applied
 * to its row as the Excel adapter would write it (absent fields keep their old value).
 */
import type { StoredRowState } from "../../../src/core/engine/resume";
import type { RowResult } from "../../../src/core/model";

export function storedSheet() {
  const rows = new Map<number, StoredRowState>();
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
  const stored = () => [...rows.values()];
  const count = (status: string) => stored().filter((s) => s.status === status).length;
  return { rows, apply, stored, count };
}
