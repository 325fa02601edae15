/**
 * Which rows each action on records in Feishu is offered for, read from the core's row states
 * (row-state.ts): written rows can be revoked and verified, edited ones replaced.
 */
import type { RowState, RowVerdict } from "../../core/row-state";
import type { RowChanges } from "../../excel/types";
import type { Prepared } from "../ports";

/** Rows whose record Feishu holds as the sheet shows it. */
const WRITTEN: ReadonlySet<RowState> = new Set<RowState>(["submitted"]);
/** Rows changed after writing: Feishu holds the old record, the sheet a new one. */
const TO_REPLACE: ReadonlySet<RowState> = new Set<RowState>(["edited"]);

const key = (kind: string, row: number) => `${kind}:${row}`;

export const writtenRows = (p: Prepared): RowVerdict[] => p.rows.filter((v) => WRITTEN.has(v.state));

export const editedRows = (p: Prepared): RowVerdict[] => p.rows.filter((v) => TO_REPLACE.has(v.state));

/** The written rows under the selection, in sheet order. */
export function selectedWritten(p: Prepared | null, selection: RowChanges): RowVerdict[] {
  if (!p) return [];
  const chosen = new Set(selection.flatMap((s) => s.rows.map((row) => key(s.kind, row))));
  return writtenRows(p).filter((v) => chosen.has(key(v.kind, v.row)));
}
