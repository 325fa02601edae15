/**
 * The result columns, both ways: the Status label of each row state per locale (and back from
 * either language), and what a row's result cells hold (the state itself is row-state.ts's).
 */
import { isBlank } from "./cells/blank";
import { idFromCell } from "./cells/number";
import { pick, text, type Locale, type Text } from "./i18n";
import type { CellValue, TableSnapshot } from "./model";
import type { RowState, StoredResult } from "./row-state";
import type { HeaderMatch } from "./template/headers";

export const STATUS_LABELS: Record<RowState, Text> = {
  blank: text("", ""),
  ready: text("待提交", "Ready"),
  invalid: text("有问题", "Needs fixing"),
  submitting: text("提交中", "Submitting"),
  submitted: text("已写入", "Submitted"),
  failed: text("失败", "Failed"),
  unknown: text("待确认", "Unconfirmed"),
  edited: text("提交后已修改", "Edited after submission"),
  revoked: text("已撤销", "Revoked"),
  replacing: text("替换中", "Replacing"),
};

export function statusLabel(state: RowState, locale: Locale): string {
  return pick(STATUS_LABELS[state], locale);
}

const norm = (s: string) => s.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
const byLabel = new Map<string, RowState>();
for (const [status, label] of Object.entries(STATUS_LABELS) as [RowState, Text][]) {
  if (status === "blank") continue;
  for (const s of [status, label.zh, label.en]) byLabel.set(norm(s), status);
}

/** The state a Status cell shows, in either language (or the bare value); "blank" for blank, undefined when unknown. */
export function parseStatusCell(cell: CellValue): RowState | undefined {
  if (isBlank(cell)) return "blank";
  return typeof cell === "string" ? byLabel.get(norm(cell)) : undefined;
}

/** A stored id as text. A cell Excel turned into a rounded number still counts as present (never "not submitted"). */
const str = (v: CellValue): string | undefined => {
  const s = idFromCell(v);
  if (typeof s === "string") return s === "" ? undefined : s;
  return s === undefined ? undefined : String(v);
};

/** Reads a row's result cells through the header match (absent columns read as blank). */
export function storedResultOf(snapshot: TableSnapshot, match: HeaderMatch, row: number): StoredResult {
  const cells = snapshot.rows[row] ?? [];
  const out: StoredResult = {};
  const si = match.index.get("status");
  const ai = match.index.get("approval_id");
  const ki = match.index.get("key");
  const fi = match.index.get("fingerprint");
  const status = si === undefined ? undefined : parseStatusCell(cells[si]);
  if (status !== undefined && status !== "blank") out.status = status;
  const approvalId = ai === undefined ? undefined : str(cells[ai]);
  const key = ki === undefined ? undefined : str(cells[ki]);
  const fingerprint = fi === undefined ? undefined : str(cells[fi]);
  if (approvalId) out.approvalId = approvalId;
  if (key) out.key = key;
  if (fingerprint) out.fingerprint = fingerprint;
  return out;
}
