/**
 * A live edit reads only its rows (a table "in part": `partRows`, holes elsewhere). Before they
 * are checked they are put in place in the table the live check remembers, so every other row
 * is as it was last read.
 */
import type { RecordKind } from "./kinds";
import type { TableSnapshot } from "./model";
import type { ReadTable } from "./prepare";

/** A table's header row as one comparable string. */
export const headerKey = (s: TableSnapshot): string => JSON.stringify(s.headers ?? []);

/**
 * The remembered tables with the rows read in part put in place; null when they cannot be:
 * other headers, fewer rows, or new rows that were not read. Whole tables pass as they are.
 */
export function placeParts(
  snapshots: readonly TableSnapshot[],
  remembered: (kind: RecordKind) => ReadTable | undefined,
): TableSnapshot[] | null {
  const out: TableSnapshot[] = [];
  for (const s of snapshots) {
    const part = s.partRows;
    if (!part) {
      out.push(s);
      continue;
    }
    const old = remembered(s.kind);
    if (!old?.match || old.match.missing.length || headerKey(old.snapshot) !== headerKey(s)) return null;
    const before = old.snapshot.rows.length;
    const read = new Set(part);
    if (s.rows.length < before) return null;
    for (let r = before; r < s.rows.length; r++) if (!read.has(r)) return null;
    const rows = old.snapshot.rows.slice();
    const formats = old.snapshot.numberFormats?.slice();
    for (const r of part) {
      rows[r] = s.rows[r];
      if (formats && s.numberFormats) formats[r] = s.numberFormats[r];
    }
    out.push({ ...old.snapshot, rows, ...(formats ? { numberFormats: formats } : {}) });
  }
  return out;
}
