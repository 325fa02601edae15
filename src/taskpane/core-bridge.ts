/**
 * Binds the pure core to the pane's PaneCore port: full checks (prepareWorkbook semantics),
 * live re-checks of edited rows (LiveValidator), and runs (submitRecords, with interrupted
 * rows resumed under their stored key and rows already written skipped).
 */
import { existingApprovals, planRecords, submitRecords } from "../core/engine";
import { LiveValidator } from "../core/live";
import type { RecordKind } from "../core/kinds";
import type { CoreSettings, RowStatus, TableSnapshot } from "../core/model";
import type { PreparedWorkbook } from "../core/prepare";
import { storedResultOf } from "../core/status";
import { matchHeaders } from "../core/template/headers";
import type { WorkbookSnapshot } from "../excel/types";
import type { PaneCore, Prepared, RowState } from "./ports";

const rowId = (kind: RecordKind, row: number) => `${kind}:${row}`;

/** Each record's row with its result columns; the core's verdict (submitted / edited) wins over the cell. */
function rowStates(wb: PreparedWorkbook, tables: ReadonlyMap<RecordKind, TableSnapshot>): RowState[] {
  const verdict = new Map<string, RowStatus>();
  for (const r of wb.submitted) verdict.set(rowId(r.kind, r.row), "submitted");
  for (const r of wb.edited) verdict.set(rowId(r.kind, r.row), "edited");
  const matches = new Map([...tables].map(([kind, s]) => [kind, matchHeaders(kind, s.headers ?? [])]));
  return wb.records.map((r) => {
    const snapshot = tables.get(r.kind);
    const match = matches.get(r.kind);
    const stored = snapshot && match ? storedResultOf(snapshot, match, r.row) : {};
    const cell = stored.status ?? "";
    // A row that claims "submitted" without an approval_id is still to send.
    const status =
      verdict.get(rowId(r.kind, r.row)) ?? (cell === "submitted" || cell === "edited" ? "" : cell);
    return {
      kind: r.kind,
      row: r.row,
      status,
      key: stored.key,
      approvalId: stored.approvalId,
      fingerprint: stored.fingerprint,
    };
  });
}

const toPrepared = (wb: PreparedWorkbook, tables: ReadonlyMap<RecordKind, TableSnapshot>): Prepared => ({
  issues: wb.issues,
  records: wb.records,
  rows: rowStates(wb, tables),
  rowCounts: wb.rowCounts,
  headerRows: wb.headerRows,
});

const settingsKey = (s: CoreSettings, snapshot: WorkbookSnapshot) => JSON.stringify([s, snapshot.catalog]);

export function createPaneCore(): PaneCore {
  let live: { validator: LiveValidator; key: string } | null = null;
  const tables = new Map<RecordKind, TableSnapshot>();
  return {
    prepare(snapshot, settings) {
      const validator = new LiveValidator({ ...settings, dateSystem: snapshot.dateSystem }, snapshot.catalog);
      live = { validator, key: settingsKey(settings, snapshot) };
      tables.clear();
      for (const t of snapshot.tables) tables.set(t.kind, t);
      return toPrepared(validator.load(snapshot.tables), tables);
    },
    update(snapshot, changes, settings) {
      if (!live || live.key !== settingsKey(settings, snapshot)) return null;
      for (const t of snapshot.tables) tables.set(t.kind, t);
      const repaint = live.validator.update(snapshot.tables, changes);
      return { prepared: toPrepared(live.validator.current(), tables), repaint };
    },
    submit({ stored, records, ...options }) {
      return submitRecords({
        ...options,
        records: planRecords(records, stored),
        existing: existingApprovals(stored),
      });
    },
  };
}
