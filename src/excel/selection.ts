/**
 * select() and selectedRows(): jumping to a cell, and which data rows the clerk has selected.
 * Several areas (Ctrl+click) are read with getSelectedRanges (ExcelApi 1.9); older hosts
 * refuse such a selection with InvalidSelection, which we report as SeveralAreasSelected so
 * the pane can tell the clerk, never as an empty selection.
 */
import { RECORD_KINDS, type RecordKind } from "../core/kinds";
import { parseAreas } from "./a1";
import type { XlLoadable } from "./office-subset";
import type { AdapterSession } from "./session";
import { type RowChanges, SeveralAreasSelected } from "./types";

export async function selectCell(
  session: AdapterSession,
  kind: RecordKind,
  row: number,
  column: string | null,
): Promise<void> {
  await session.deps.run(async (context) => {
    const { layouts } = await session.locate(context, [kind], () => null);
    const layout = layouts[0];
    if (!layout) return;
    const offset = (column === null ? undefined : layout.index.get(column)) ?? 0;
    const table = context.workbook.tables.getItem(layout.tableName);
    table.worksheet.activate();
    table
      .getDataBodyRange()
      .getCell(Math.max(0, Math.min(row, layout.rowCount - 1)), offset)
      .select();
    await context.sync();
  });
}

const isInvalidSelection = (e: unknown): boolean =>
  (e as { code?: string } | null)?.code === "InvalidSelection";

export async function selectedRows(session: AdapterSession): Promise<RowChanges> {
  const manyAreas = session.deps.supports("1.9");
  return session.deps.run(async (context) => {
    const located = await session
      .locate(context, RECORD_KINDS, (): XlLoadable & { readonly address: string } =>
        manyAreas
          ? context.workbook.getSelectedRanges().load("address")
          : context.workbook.getSelectedRange().load("address"),
      )
      .catch((e: unknown) => {
        throw isInvalidSelection(e) ? new SeveralAreasSelected() : e;
      });
    const { layouts, extra: selected } = located;
    // An area written without its sheet belongs to the sheet of the area before it.
    let lastSheet: string | undefined;
    const areas = parseAreas(selected.address).map((a) => {
      lastSheet = a.sheet ?? lastSheet;
      return { sheet: lastSheet, rect: a.rect };
    });
    const changes: RowChanges = [];
    for (const layout of layouts) {
      const first = layout.headerRow + 1;
      const rows = new Set<number>();
      for (const { sheet, rect } of areas) {
        if (sheet?.toLowerCase() !== layout.sheetName.toLowerCase()) continue;
        if (
          rect.col > layout.firstCol + layout.headers.length - 1 ||
          rect.col + rect.cols - 1 < layout.firstCol
        )
          continue;
        const to = Math.min(rect.row + rect.rows - 1, first + layout.rowCount - 1);
        for (let r = Math.max(rect.row, first); r <= to; r++) rows.add(r - first);
      }
      if (rows.size > 0) changes.push({ kind: layout.kind, rows: [...rows].sort((a, b) => a - b) });
    }
    return changes;
  });
}
