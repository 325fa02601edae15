/**
 * onRowsChanged(): worksheet onChanged on each kind sheet, turned into "these data rows of
 * this kind changed", debounced. The rows are worked out from where the last look saw the
 * tables, with no sync (readRows checks that look and says when a table has moved since); an
 * event on a sheet or kind not yet looked at costs one sync to find the tables.
 * A change counts only for the columns the clerk edits that it touches (the input columns, and
 * Approval ID, which a clerk clears to send a row again): one that touches only Status, Message,
 * times, keys or marks is never an edit, on any host. Those are columns only we write, so a
 * repaint, an undo of it (Ctrl+Z on ExcelApi 1.20+, where our writing run is an undo step), and
 * a co-author's pane writing them never start a check that would write them back; the clerk's
 * typing right after one of our writes is still heard. Our own writes are also told by
 * triggerSource ("ThisLocalAddin", ExcelApi 1.14).
 * Remote changes (a co-author, or the co-author's own pane writing Status and Message) are
 * ignored too: re-checking them here would write back into rows another clerk is working on,
 * and that clerk's pane answers for them; "check everything" reads them when this clerk asks.
 * Events Excel does not send (drop-down picks on the web, some pastes) are caught by the
 * task pane's "check everything" pass.
 */
import { RECORD_KINDS, type RecordKind } from "../core/kinds";
import { parseAreas } from "./a1";
import { inputSheetColumns, type TableLayout } from "./layout";
import type { XlChangedArgs, XlEventHandlerResult } from "./office-subset";
import type { AdapterSession } from "./session";
import type { RowChanges } from "./types";

export async function onRowsChanged(
  session: AdapterSession,
  handler: (changes: RowChanges) => void,
): Promise<() => Promise<void>> {
  const { deps } = session;
  const canTellSource = deps.supports("1.14");
  let pending: PendingEvent[] = [];
  let cancel: (() => void) | null = null;
  /** The kinds whose tables each watched sheet held when the handlers were added, by sheet id. */
  const kindsOn = new Map<string, RecordKind[]>();

  const flush = async () => {
    cancel = null;
    const events = pending;
    pending = [];
    const changes = rowsFromLastLook(session, kindsOn, events) ?? (await rowsOf(session, events));
    if (changes.length > 0) handler(changes);
  };

  const listener = async (args: XlChangedArgs) => {
    if (args.source === "Remote") return;
    if (canTellSource && args.triggerSource === "ThisLocalAddin") return;
    const maybeOurs = !canTellSource && session.inOwnWriteWindow();
    pending.push({ address: args.address, worksheetId: args.worksheetId, maybeOurs });
    cancel?.();
    cancel = deps.schedule(() => void flush(), deps.debounceMs);
  };

  const registrations = await deps.run(async (context) => {
    const { layouts } = await session.locate(context, RECORD_KINDS, () => null);
    const names = [...new Set(layouts.map((l) => l.sheetName))];
    const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load("id"));
    const results: XlEventHandlerResult[] = sheets.map((s) => s.onChanged.add(listener));
    await context.sync();
    sheets.forEach((s, i) => {
      if (!s.isNullObject) kindsOn.set(s.id, kindsOfSheet(layouts, names[i]));
    });
    return results;
  });

  return async () => {
    cancel?.();
    cancel = null;
    pending = [];
    if (registrations.length === 0) return;
    // Removal has to run in the context the handlers were added with.
    await deps.run(async (context) => {
      for (const r of registrations) r.remove();
      await context.sync();
    }, registrations[0].context);
  };
}

interface PendingEvent {
  address: string;
  worksheetId: string;
  /** Seen just after our own write on a host without triggerSource: Approval ID may be ours. */
  maybeOurs: boolean;
}

const kindsOfSheet = (layouts: readonly TableLayout[], sheetName: string): RecordKind[] =>
  layouts.filter((l) => l.sheetName === sheetName).map((l) => l.kind);

/**
 * Rows an edit just below a table may add to it (Excel grows a table typed under): the last look
 * did not see them yet. readRows() drops any that are not in the table.
 */
const ROWS_BELOW = 1000;

/**
 * The events' data rows worked out from where the last look saw the tables, with no sync; null
 * when an event is on a sheet or a kind that look did not cover. readRows() checks that look in
 * its own sync and answers `moved` when the tables have moved since.
 */
function rowsFromLastLook(
  session: AdapterSession,
  kindsOn: ReadonlyMap<string, RecordKind[]>,
  events: PendingEvent[],
): RowChanges | null {
  const layouts: { layout: TableLayout; sheetId: string }[] = [];
  for (const sheetId of new Set(events.map((e) => e.worksheetId))) {
    const kinds = kindsOn.get(sheetId);
    if (!kinds) return null;
    for (const kind of kinds) {
      const layout = session.seen.get(kind);
      if (!layout) return null;
      layouts.push({ layout, sheetId });
    }
  }
  return touchedRows(layouts, events, ROWS_BELOW);
}

/**
 * Data rows touched by the events, by kind; header and outside-table edits are dropped, and so
 * are areas that touch no column the clerk edits (inputs and Approval ID).
 */
async function rowsOf(session: AdapterSession, events: PendingEvent[]): Promise<RowChanges> {
  if (events.length === 0) return [];
  return session.deps.run(async (context) => {
    const { layouts, extra: sheets } = await session.locate(
      context,
      RECORD_KINDS,
      (names) =>
        new Map(
          [...names].map(([kind, table]) => [
            kind,
            context.workbook.tables.getItem(table).worksheet.load("id"),
          ]),
        ),
    );
    const located = layouts.map((layout) => ({ layout, sheetId: sheets.get(layout.kind)?.id }));
    return touchedRows(located, events, 0);
  });
}

/** The rows each event's areas cover in each table on its sheet, up to `below` rows past its end. */
function touchedRows(
  layouts: readonly { layout: TableLayout; sheetId: string | undefined }[],
  events: readonly PendingEvent[],
  below: number,
): RowChanges {
  const byKind = new Map<RecordKind, Set<number>>();
  for (const { layout, sheetId } of layouts) {
    const first = layout.headerRow + 1;
    const cols = { from: layout.firstCol, to: layout.firstCol + layout.headers.length - 1 };
    const inputs = inputSheetColumns(layout);
    const approval = layout.index.get("approval_id");
    const withApproval = new Set(inputs);
    if (approval !== undefined) withApproval.add(layout.firstCol + approval);
    const touchesInput = (from: number, count: number, ours: boolean) =>
      Array.from({ length: count }, (_, i) => from + i).some((c) => (ours ? inputs : withApproval).has(c));
    for (const e of events.filter((x) => x.worksheetId === sheetId)) {
      for (const { rect } of parseAreas(e.address)) {
        if (rect.col > cols.to || rect.col + rect.cols - 1 < cols.from) continue;
        const from0 = Math.max(rect.col, cols.from);
        if (!touchesInput(from0, Math.min(rect.col + rect.cols - 1, cols.to) - from0 + 1, e.maybeOurs))
          continue;
        const from = Math.max(rect.row, first);
        const to = Math.min(rect.row + rect.rows - 1, first + layout.rowCount - 1 + below);
        for (let r = from; r <= to; r++)
          (byKind.get(layout.kind) ?? byKind.set(layout.kind, new Set()).get(layout.kind))?.add(r - first);
      }
    }
  }
  return [...byKind].map(([kind, rows]) => ({ kind, rows: [...rows].sort((a, b) => a - b) }));
}
