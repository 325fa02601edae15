/**
 * read(): each kind table's header and body as plain arrays, with number formats so dates
 * read right, the types catalog and the date system. One sync finds the tables; the body is
 * read in blocks of rows packed into as few syncs as the payload budget allows.
 */
import { RECORD_KINDS, type RecordKind } from "../core/kinds";
import type { CellValue, TableSnapshot } from "../core/model";
import type { WorkbookSnapshot } from "./types";
import type { TableLayout } from "./layout";
import type { XlContext, XlRange } from "./office-subset";
import { type AdapterSession, rowBlocks } from "./session";
import { catalogFromRows, CATALOG_TABLE } from "./lists";

export interface Block {
  layout: TableLayout;
  start: number;
  rows: number;
}

/** Packs blocks into groups of at most `budget` cells (values and formats each count). */
export function packBlocks<T extends { rows: number; cols: number }>(blocks: T[], budget: number): T[][] {
  const groups: T[][] = [];
  let cells = 0;
  for (const b of blocks) {
    const size = b.rows * b.cols * 2;
    if (groups.length === 0 || cells + size > budget) {
      groups.push([]);
      cells = 0;
    }
    groups[groups.length - 1].push(b);
    cells += size;
  }
  return groups;
}

/** Excel on the web refuses a request or a response over 5 MB, each with its own code (docs/office-addin.md §5.1). */
const PAYLOAD_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);
export const isPayloadTooLarge = (e: unknown): boolean =>
  PAYLOAD_CODES.has((e as { code?: string } | null)?.code ?? "");

/**
 * Reads groups one sync each, in order. A group the host still finds too large is split in
 * two and retried: sync count follows the payload, never the number of rows.
 */
export async function readGroups(
  context: XlContext,
  groups: (Block & { cols: number })[][],
  out: Map<RecordKind, { values: unknown[][]; formats: unknown[][] }>,
): Promise<void> {
  const [group, ...rest] = groups;
  if (!group) return;
  const loaded = group.map((b) => {
    const table = context.workbook.tables.getItem(b.layout.tableName);
    const range: XlRange = table
      .getDataBodyRange()
      .getCell(b.start, 0)
      .getResizedRange(b.rows - 1, b.cols - 1);
    range.load("values, numberFormat");
    return { b, range };
  });
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadTooLarge(e) || (group.length === 1 && group[0].rows === 1)) throw e;
    return readGroups(context, [...splitGroup(group), ...rest], out);
  }
  for (const { b, range } of loaded) {
    const sink = out.get(b.layout.kind);
    if (!sink) continue;
    range.values.forEach((row, i) => (sink.values[b.start + i] = row));
    range.numberFormat.forEach((row, i) => (sink.formats[b.start + i] = row));
  }
  return readGroups(context, rest, out);
}

function splitGroup<T extends Block & { cols: number }>(group: T[]): T[][] {
  if (group.length > 1) return [group.slice(0, group.length / 2), group.slice(group.length / 2)];
  const b = group[0];
  const half = Math.ceil(b.rows / 2);
  return [[{ ...b, rows: half }], [{ ...b, start: b.start + half, rows: b.rows - half }]];
}

export async function readWorkbook(
  session: AdapterSession,
  kinds: readonly RecordKind[] = RECORD_KINDS,
): Promise<WorkbookSnapshot> {
  const { chunkRows, syncCellBudget } = session.deps;
  return session.deps.run(async (context) => {
    const { layouts, extra } = await session.locate(context, kinds, () =>
      queueWorkbookFacts(context, session),
    );
    const out = new Map(
      layouts.map((l) => [
        l.kind,
        { values: new Array<unknown[]>(l.rowCount), formats: new Array<unknown[]>(l.rowCount) },
      ]),
    );
    const blocks = layouts.flatMap((layout) =>
      rowBlocks(layout.rowCount, chunkRows).map(([start, rows]) => ({
        layout,
        start,
        rows,
        cols: layout.headers.length,
      })),
    );
    await readGroups(context, packBlocks(blocks, syncCellBudget), out);
    for (const l of layouts)
      session.shown.noteRead(
        l,
        Array.from({ length: l.rowCount }, (_, r) => r),
        out.get(l.kind)?.values ?? [],
      );
    const tables: TableSnapshot[] = layouts.map((l) =>
      tableSnapshot(l, out.get(l.kind) as { values: unknown[][]; formats: unknown[][] }),
    );
    return { tables, ...workbookFacts(extra) };
  });
}

type WorkbookFacts = ReturnType<typeof queueWorkbookFacts>;

/** Queues what every read needs besides the tables: the date-system probe and the types catalog. */
export function queueWorkbookFacts(context: XlContext, session: AdapterSession) {
  return {
    // DATE(1904,1,2) is 1 in the 1904 date system and 1463 in the 1900 one; the API has no flag for it.
    probe: context.workbook.functions.date(1904, 1, 2).load("value"),
    catalog: session.hasCatalog
      ? context.workbook.tables.getItem(CATALOG_TABLE).getDataBodyRange().load("values")
      : null,
  };
}

export function workbookFacts(f: WorkbookFacts): Pick<WorkbookSnapshot, "catalog" | "dateSystem"> {
  const catalogRows = f.catalog ? (f.catalog.values as CellValue[][]) : null;
  return { catalog: catalogFromRows(catalogRows), dateSystem: f.probe.value === 1 ? 1904 : 1900 };
}

/** The snapshot of one table from its layout and the rows read (absent rows stay holes). */
export function tableSnapshot(
  l: TableLayout,
  data: { values: unknown[][]; formats: unknown[][] },
): TableSnapshot {
  // Our hidden marks column is the adapter's business: its header is blanked so the core ignores it.
  const headers = l.headers.map((h, i) => (i === l.marks ? "" : h));
  // headerRow is 0-based in the layout; the snapshot carries the number the clerk sees.
  return {
    kind: l.kind,
    headers,
    rows: data.values as CellValue[][],
    numberFormats: data.formats as string[][],
    headerRow: l.headerRow + 1,
  };
}
