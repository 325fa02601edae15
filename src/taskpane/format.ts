/** Numbers, times and row references as the clerk reads them. */
import { messageText } from "../core/catalog";
import { pick, type Text } from "../core/i18n";
import { KINDS, type RecordKind } from "../core/kinds";
import { sheetRowOf, type HeaderRows } from "../core/sheet-rows";

/** "请假 · 第 5 行" / "Leave · row 5": the row number the clerk sees in Excel's row headers. */
export function rowLabel(kind: RecordKind, row: number, headerRows: HeaderRows = {}): Text {
  const sheet = (l: Parameters<typeof pick>[1]) => pick(KINDS[kind].label, l);
  // Row -1: the table itself (a missing or unknown header), not one of its rows.
  if (row < 0) return messageText("pane.headerRowLabel", (l) => ({ sheet: sheet(l) }));
  const n = sheetRowOf({ headerRow: headerRows[kind] }, row);
  return messageText("pane.rowLabel", (l) => ({ sheet: sheet(l), row: n }));
}

export function formatEta(ms: number | null): Text | null {
  if (ms === null || !Number.isFinite(ms)) return null;
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return messageText("pane.etaSeconds", { s });
  return messageText("pane.etaMinutes", { m: Math.floor(s / 60), s: s % 60 });
}

export const percent = (done: number, total: number): number => (total > 0 ? Math.min(1, done / total) : 0);
