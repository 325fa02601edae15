/**
 * What a write weighs on the wire. Excel on the web refuses a sync whose request or response
 * passes 5 MB of UTF-8 (docs/office-addin.md §5.1): Chinese text is three bytes a character, so
 * counting characters is not enough. Writes are planned with their weight and synced in groups
 * under a byte budget; the fake Excel weighs its syncs with the same function.
 */

const NON_ASCII = /[^\x00-\x7f]/;

/** UTF-8 length of a string, without encoding it. */
export function utf8Bytes(s: string): number {
  // Plain ASCII (most JSON of a sheet's numbers and codes): one byte a character, found by a native scan.
  if (!NON_ASCII.test(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair: two UTF-16 units, four bytes.
      n += 2;
      i += 1;
    } else n += 2;
  }
  return n;
}

/** UTF-8 bytes of a value's JSON. */
export const jsonBytes = (v: unknown): number => (v === undefined ? 0 : utf8Bytes(JSON.stringify(v)));

/** Bytes a sync's writes may add up to: well under 5,000,000, leaving room for Excel's own envelope. */
export const WRITE_BYTE_BUDGET = 2_000_000;

/**
 * Bytes one sync's reads may bring back when their size is estimated before reading (key and
 * approval ID columns, the journal's ID column): well under the 5 MB response limit.
 */
export const READ_BYTE_BUDGET = 2_000_000;

/** Queued-later writes with their weight, grouped into syncs under a byte budget. */
export class PlannedWrites {
  private readonly items: { bytes: number; queue: () => void }[] = [];

  constructor(
    /** Bytes one sync's writes may weigh. */
    readonly budget: number,
    /** Rows one 2-D write may span. */
    readonly maxRows: number,
  ) {}

  add(bytes: number, queue: () => void): void {
    this.items.push({ bytes, queue });
  }

  isEmpty(): boolean {
    return this.items.length === 0;
  }

  /** The writes in order, in groups of at most `budget` bytes (at least one group, maybe empty). */
  groups(): (() => void)[][] {
    const groups: (() => void)[][] = [[]];
    let bytes = 0;
    for (const w of this.items) {
      if (bytes > 0 && bytes + w.bytes > this.budget) {
        groups.push([]);
        bytes = 0;
      }
      groups[groups.length - 1].push(w.queue);
      bytes += w.bytes;
    }
    return groups;
  }

  /**
   * Splits `count` rows into [start, rows] blocks of at most `maxRows` rows and half the
   * budget in bytes, so every block fits a sync with room to spare.
   */
  blocks(count: number, bytesOfRow: (i: number) => number): [number, number][] {
    const out: [number, number][] = [];
    let start = 0;
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const b = bytesOfRow(i);
      if (i > start && (i - start >= this.maxRows || bytes + b > this.budget / 2)) {
        out.push([start, i - start]);
        start = i;
        bytes = 0;
      }
      bytes += b;
    }
    if (count > start) out.push([start, count - start]);
    return out;
  }
}
