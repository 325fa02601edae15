/** select() and selectedRows(): jumping to a cell, and which data rows the clerk has selected. */
import { RECORD_KINDS, type RecordKind } from "../core/kinds";
import { parseAreas } from "./a1";
import type { AdapterSession } from "./session";
import type { RowChanges } from "./types";

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

export async function selectedRows(session: AdapterSession): Promise<RowChanges> {
  return session.deps.run(async (context) => {
    const { layouts, extra: selected } = await session.locate(context, RECORD_KINDS, () =>
      context.workbook.getSelectedRange().load("address"),
    );
    const areas = parseAreas(selected.address);
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
