/** Numbers, times and row references as the clerk reads them. */
import { text, type Text } from "../core/i18n";
import { KINDS, type RecordKind } from "../core/kinds";

/**
 * The sheet row a data row sits on: the template puts the header on row 1, so data row 0 is
 * row 2. This is what the clerk sees in Excel's row headers.
 */
export const sheetRow = (row: number): number => row + 2;

export function rowLabel(kind: RecordKind, row: number): Text {
  const k = KINDS[kind].label;
  // Row -1: the table itself (a missing or unknown header), not one of its rows.
  if (row < 0) return text(`${k.zh} · 表头`, `${k.en} · header row`);
  return text(`${k.zh} · 第 ${sheetRow(row)} 行`, `${k.en} · row ${sheetRow(row)}`);
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
