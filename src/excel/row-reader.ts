/**
 * readRows(): only the data rows an edit touched, for a live re-check. The rows are loaded in
 * the same sync that finds the tables, guessing each table's width from the last look; when
 * the table turns out wider or narrower, they are read again with the layout just found (one
 * more sync). A large paste goes through the payload-sized blocks of reader.ts instead.
 * The rows asked for were worked out from the last look too (events.ts); when a table has moved
 * or its headers changed since, the answer says `moved` and the caller reads everything.
 */
import type { RecordKind } from "../core/kinds";
import { runsOf } from "./a1";
import type { TableLayout } from "./layout";
import type { XlContext, XlRange } from "./office-subset";
import { packBlocks, queueWorkbookFacts, readGroups, tableSnapshot, workbookFacts } from "./reader";
import { type AdapterSession, rowBlocks } from "./session";
import type { RowChanges, WorkbookSnapshot } from "./types";

type Rows = { values: unknown[][]; formats: unknown[][] };

interface Guess {
  kind: RecordKind;
  tableName: string;
  cols: number;
  loads: { start: number; range: XlRange }[];
}

/** [start, count] blocks over the sorted rows: runs of neighbours, each at most `size` long. */
const blocksOf = (rows: number[], size: number): [number, number][] =>
  runsOf(rows).flatMap(([s, n]) => rowBlocks(n, size).map(([o, c]): [number, number] => [s + o, c]));

function queueRows(context: XlContext, tableName: string, cols: number, blocks: [number, number][]) {
  const body = context.workbook.tables.getItem(tableName).getDataBodyRange();
  return blocks.map(([start, rows]) => {
    const range = body.getCell(start, 0).getResizedRange(rows - 1, cols - 1);
    range.load("values, numberFormat");
    return { start, range };
  });
}

export async function readRows(session: AdapterSession, changes: RowChanges): Promise<WorkbookSnapshot> {
  const wanted = new Map<RecordKind, number[]>();
  for (const c of changes) wanted.set(c.kind, [...(wanted.get(c.kind) ?? []), ...c.rows]);
  for (const [k, rows] of wanted)
    wanted.set(
      k,
      [...new Set(rows)].filter((r) => r >= 0).sort((a, b) => a - b),
    );
  const kinds = [...wanted.keys()];
  const { chunkRows, syncCellBudget } = session.deps;
  // Where the rows were worked out against (events.ts reads them off the last look).
  const before = new Map(kinds.map((k) => [k, session.seen.get(k)]));
  return session.deps.run(async (context) => {
    const { layouts, extra } = await session.locate(context, kinds, (names) => {
      const guesses: Guess[] = [];
      let cells = 0;
      for (const kind of kinds) {
        const seen = session.seen.get(kind);
        const rows = wanted.get(kind) ?? [];
        cells += rows.length * (seen?.headers.length ?? 0) * 2;
        if (!seen || names.get(kind) !== seen.tableName || cells > syncCellBudget) continue;
        const blocks = blocksOf(rows, chunkRows);
        const loads = queueRows(context, seen.tableName, seen.headers.length, blocks);
        guesses.push({ kind, tableName: seen.tableName, cols: seen.headers.length, loads });
      }
      return { facts: queueWorkbookFacts(context, session), guesses };
    });
    const out = new Map<RecordKind, Rows>();
    const again: { layout: TableLayout; start: number; rows: number; cols: number }[] = [];
    for (const layout of layouts) {
      const rows = (wanted.get(layout.kind) ?? []).filter((r) => r < layout.rowCount);
      const sink: Rows = { values: new Array(layout.rowCount), formats: new Array(layout.rowCount) };
      out.set(layout.kind, sink);
      const guess = extra.guesses.find((g) => g.kind === layout.kind);
      const fits = guess && guess.tableName === layout.tableName && guess.cols === layout.headers.length;
      if (!fits) {
        for (const [start, n] of blocksOf(rows, chunkRows))
          again.push({ layout, start, rows: n, cols: layout.headers.length });
        continue;
      }
      for (const { start, range } of guess.loads)
        range.values.forEach((v, i) => {
          if (start + i >= layout.rowCount) return;
          sink.values[start + i] = v;
          sink.formats[start + i] = range.numberFormat[i];
        });
    }
    if (again.length) await readGroups(context, packBlocks(again, syncCellBudget), out);
    for (const l of layouts)
      session.shown.noteRead(
        l,
        (wanted.get(l.kind) ?? []).filter((r) => r < l.rowCount),
        out.get(l.kind)?.values ?? [],
      );
    const tables = layouts.map((l) => ({
      ...tableSnapshot(l, out.get(l.kind) as Rows),
      partRows: (wanted.get(l.kind) ?? []).filter((r) => r < l.rowCount),
    }));
    const moved = layouts.some((l) => {
      const last = before.get(l.kind);
      return last !== undefined && !samePlace(last, l);
    });
    return { tables, ...workbookFacts(extra.facts), ...(moved ? { moved } : {}) };
  });
}

/** Same sheet, same corner, same headers: a data row index means the same sheet row in both. */
const samePlace = (a: TableLayout, b: TableLayout): boolean =>
  a.sheetName === b.sheetName &&
  a.headerRow === b.headerRow &&
  a.firstCol === b.firstCol &&
  a.headers.length === b.headers.length &&
  a.headers.every((h, i) => h === b.headers[i]);
