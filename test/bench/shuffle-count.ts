/**
 * bench:shuffle's counts, from the emulator's store and the sheet at the end, never from what
 * the pane reports: a record's content is who, start, end and reason; a row's is its cells.
 */
import type { StoredRecord } from "../../src/emulator/store";
import type { SheetRow } from "./shuffle-sheet";

export interface Asked {
  /** Approval IDs the bench confirmed for revoking (the rows as they were when confirmed). */
  revoke: Set<string>;
  /** Old approval IDs of the rows the bench edited and pressed Replace for. */
  replace: Set<string>;
  /** Approval IDs whose row the bench deleted before the action: either outcome is right. */
  excused: Set<string>;
}

export interface Counts {
  wrong_row_ids: number;
  lost_ids: number;
  wrong_revokes: number;
  duplicates: number;
  stuck_rows: number;
}

const minute = (s: unknown) =>
  String(s ?? "")
    .trim()
    .slice(0, 16);
export const recordContent = (r: StoredRecord) =>
  [r.user_id, minute(r.item.start_time), minute(r.item.end_time), String(r.item.reason ?? "")].join("|");
export const rowContent = (c: Record<string, string>) =>
  [c["Employee ID"], minute(c.Start ?? ""), minute(c.End ?? ""), c.Reason ?? ""].join("|");

/** Every count, with the approval IDs or rows behind each non-zero one in `detail`. */
export function count(
  store: StoredRecord[],
  sheet: SheetRow[],
  journal: Set<string>,
  deleted: SheetRow[],
  asked: Asked,
): { counts: Counts; detail: Record<string, string[]> } {
  const byId = new Map(store.map((r) => [r.approval_id, r]));
  const live = store.filter((r) => r.status === 2);
  const detail: Record<string, string[]> = {};
  const note = (k: string, s: string) => (detail[k] ??= []).push(s);

  for (const row of sheet) {
    const id = row.cells["Approval ID"];
    if (!id) continue;
    const r = byId.get(id);
    if (!r || recordContent(r) !== rowContent(row.cells))
      note(
        "wrong_row_ids",
        `row ${row.at + 1} ${rowContent(row.cells)} names ${id}: ${r ? recordContent(r) : "none"}`,
      );
  }

  const named = new Set(sheet.map((r) => r.cells["Approval ID"]).filter(Boolean));
  const deletedContent = new Set(deleted.map((d) => rowContent(d.cells)));
  for (const r of live) {
    if (named.has(r.approval_id)) continue;
    if (deletedContent.has(recordContent(r)) && journal.has(r.approval_id)) continue;
    note(
      "lost_ids",
      `${r.approval_id} ${recordContent(r)}${deletedContent.has(recordContent(r)) ? " (row deleted, not in the journal)" : ""}`,
    );
  }

  for (const r of store) {
    const askedFor = asked.revoke.has(r.approval_id) || asked.replace.has(r.approval_id);
    if (r.status !== 2 && !askedFor)
      note("wrong_revokes", `${r.approval_id} revoked unasked: ${recordContent(r)}`);
    if (r.status === 2 && askedFor && !asked.excused.has(r.approval_id))
      note("wrong_revokes", `${r.approval_id} asked but still live: ${recordContent(r)}`);
  }

  const perContent = new Map<string, number>();
  for (const r of live) perContent.set(recordContent(r), (perContent.get(recordContent(r)) ?? 0) + 1);
  for (const [c, n] of perContent) if (n > 1) note("duplicates", `${n} live records for ${c}`);

  for (const row of sheet)
    if (["Submitting", "Replacing"].includes(row.cells.Status))
      note("stuck_rows", `row ${row.at + 1} ${row.cells.Status} ${rowContent(row.cells)}`);

  const n = (k: string) => detail[k]?.length ?? 0;
  return {
    counts: {
      wrong_row_ids: n("wrong_row_ids"),
      lost_ids: n("lost_ids"),
      wrong_revokes: n("wrong_revokes"),
      duplicates: n("duplicates"),
      stuck_rows: n("stuck_rows"),
    },
    detail,
  };
}
