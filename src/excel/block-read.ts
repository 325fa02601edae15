/**
 * Reads parts of a table's body whose size is known only roughly before reading (the Key and
 * Approval ID columns, the journal's rows): blocks packed into syncs by an estimate of their
 * bytes, under READ_BYTE_BUDGET; a sync the host still refuses as too large is read in halves,
 * so the number of syncs follows the payload (docs/office-addin.md §5.1).
 */
import type { XlContext, XlRange } from "./office-subset";
import { READ_BYTE_BUDGET } from "./payload";
import { isPayloadTooLarge } from "./reader";

/** `rows` rows from data row `start`, `cols` columns from table column `column`. */
export interface BodyBlock {
  tableName: string;
  column: number;
  cols: number;
  start: number;
  rows: number;
}

/** Blocks of at most `perSync` rows covering `count` rows of one column span. */
export function blocksOf(
  span: Omit<BodyBlock, "start" | "rows">,
  count: number,
  rowBytes: number,
): BodyBlock[] {
  const perSync = Math.max(1, Math.floor(READ_BYTE_BUDGET / rowBytes));
  const out: BodyBlock[] = [];
  for (let start = 0; start < count; start += perSync)
    out.push({ ...span, start, rows: Math.min(perSync, count - start) });
  return out;
}

/** One sync for a group of blocks; a group the host refuses as too large is read in halves. */
async function readGroup(context: XlContext, group: readonly BodyBlock[], rowBytes: number) {
  const ranges: XlRange[] = group.map((b) =>
    context.workbook.tables
      .getItem(b.tableName)
      .getDataBodyRange()
      .getCell(b.start, b.column)
      .getResizedRange(b.rows - 1, b.cols - 1)
      .load("values"),
  );
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadTooLarge(e) || group.every((b) => b.rows === 1)) throw e;
    const out: unknown[][][] = [];
    for (const b of group) {
      const half = Math.ceil(b.rows / 2);
      const parts = [
        { ...b, rows: half },
        { ...b, start: b.start + half, rows: b.rows - half },
      ].filter((h) => h.rows > 0);
      out.push((await readBodyBlocks(context, parts, rowBytes)).flat());
    }
    return out;
  }
  return ranges.map((r) => r.values);
}

/** The blocks' values, in order, packed into syncs of about READ_BYTE_BUDGET bytes at `rowBytes` a row. */
export async function readBodyBlocks(
  context: XlContext,
  blocks: readonly BodyBlock[],
  rowBytes: number,
): Promise<unknown[][][]> {
  const perSync = Math.max(1, Math.floor(READ_BYTE_BUDGET / rowBytes));
  const out: unknown[][][] = [];
  let group: BodyBlock[] = [];
  let rows = 0;
  for (const b of blocks) {
    if (rows > 0 && rows + b.rows > perSync) {
      out.push(...(await readGroup(context, group, rowBytes)));
      group = [];
      rows = 0;
    }
    group.push(b);
    rows += b.rows;
  }
  if (group.length) out.push(...(await readGroup(context, group, rowBytes)));
  return out;
}
