/**
 * Which rows each action on records in Feishu is offered for. The rules are the core's
 * (lifecycle/choose.ts): rows with a live record can be revoked and verified, valid edited
 * rows replaced; this file only applies them to the pane's last check and selection.
 */
import { replaceableRows, revocableRows } from "../../core/lifecycle/choose";
import type { RowVerdict } from "../../core/row-state";
import type { RowChanges } from "../../excel/types";
import type { Prepared } from "../ports";

const key = (kind: string, row: number) => `${kind}:${row}`;

/** Rows whose record Feishu holds live: what Revoke and Verify take. */
export const liveRows = (p: Prepared): RowVerdict[] => revocableRows(p.rows);

/** Edited rows that are valid now, and rows a replace left half done: what Replace in Feishu takes. */
export const editedRows = (p: Prepared): RowVerdict[] =>
  replaceableRows(
    p.rows,
    p.rows.flatMap((v) => (v.record ? [v.record] : [])),
  ).map((r) => r.verdict);

/** The live rows under the selection, in sheet order. */
export function selectedLive(p: Prepared | null, selection: RowChanges): RowVerdict[] {
  if (!p) return [];
  const chosen = new Set(selection.flatMap((s) => s.rows.map((row) => key(s.kind, row))));
  return liveRows(p).filter((v) => chosen.has(key(v.kind, v.row)));
}
