/** Numbers, times and row references as the clerk reads them. */
import { text, type Text } from "../core/i18n";
import { KINDS, type RecordKind } from "../core/kinds";
import { sheetRowOf, type HeaderRows } from "../core/sheet-rows";

/** "请假 · 第 5 行" / "Leave · row 5": the row number the clerk sees in Excel's row headers. */
export function rowLabel(kind: RecordKind, row: number, headerRows: HeaderRows = {}): Text {
  const k = KINDS[kind].label;
  // Row -1: the table itself (a missing or unknown header), not one of its rows.
  if (row < 0) return text(`${k.zh} · 表头`, `${k.en} · header row`);
  const n = sheetRowOf({ headerRow: headerRows[kind] }, row);
  return text(`${k.zh} · 第 ${n} 行`, `${k.en} · row ${n}`);
}

export function formatEta(ms: number | null): Text | null {
  if (ms === null || !Number.isFinite(ms)) return null;
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return text(`约 ${s} 秒`, `about ${s} s`);
  const m = Math.floor(s / 60);
  const r = s % 60;
  return text(`约 ${m} 分 ${r} 秒`, `about ${m} min ${r} s`);
}

export const percent = (done: number, total: number): number => (total > 0 ? Math.min(1, done / total) : 0);
