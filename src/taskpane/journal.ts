/**
 * The pane's side of the journal (the workbook's history sheet, excel/history-sheet.ts): entries
 * are merged by approval ID as they happen; a journal found missing (deleted, or never made)
 * while rows hold approval IDs is rebuilt from those rows (core historyFromSheetRows) and the
 * clerk is told, never taken for an empty history in silence.
 */
import type { ApprovalEntry } from "../core/lifecycle/history";
import { historyFromSheetRows } from "../core/lifecycle/history";
import { entriesToRows } from "../core/lifecycle/history-rows";
import type { RowVerdict } from "../core/row-state";
import type { WorkbookAdapter } from "../excel/types";

export interface PaneJournal {
  /** Rebuilds a missing journal from the rows; answers how many rows it was rebuilt from (0: it was there). */
  check(): Promise<number>;
  /** Merges the entries; answers how many rows a journal found missing was rebuilt from. */
  merge(entries: readonly ApprovalEntry[]): Promise<number>;
}

export function paneJournal(adapter: WorkbookAdapter, rowsNow: () => readonly RowVerdict[]): PaneJournal {
  const rebuild = async (besides: ReadonlySet<string>): Promise<number> => {
    const rows = rowsNow().filter((v) => v.stored.approvalId && !besides.has(v.stored.approvalId));
    const entries = historyFromSheetRows(rows).entries();
    if (entries.length) await adapter.mergeHistory(entriesToRows(entries));
    return entries.length;
  };
  return {
    async check() {
      return (await adapter.hasHistory()) ? 0 : rebuild(new Set());
    },
    async merge(entries) {
      if (!entries.length) return 0;
      const created = await adapter.mergeHistory(entriesToRows(entries));
      return created ? rebuild(new Set(entries.map((e) => e.approvalId))) : 0;
    },
  };
}
