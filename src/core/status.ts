/**
 * The result columns, both ways: the Status label per locale (and back from either language),
 * and, from what a row's result cells hold, whether its record was already submitted.
 */
import { isBlank } from "./cells/blank";
import { idFromCell } from "./cells/number";
import { pick, text, type Locale, type Text } from "./i18n";
import type { CellValue, PreparedRecord, RowStatus, TableSnapshot } from "./model";
import type { HeaderMatch } from "./template/headers";

export const STATUS_LABELS: Record<RowStatus, Text> = {
  "": text("", ""),
  ready: text("待提交", "Ready"),
  invalid: text("有问题", "Needs fixing"),
  submitting: text("提交中", "Submitting"),
  submitted: text("已写入", "Submitted"),
  failed: text("失败", "Failed"),
  unknown: text("待确认", "Unconfirmed"),
  edited: text("提交后已修改", "Edited after submission"),
};

export function statusLabel(status: RowStatus, locale: Locale): string {
  return pick(STATUS_LABELS[status], locale);
}

const norm = (s: string) => s.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
const byLabel = new Map<string, RowStatus>();
for (const [status, label] of Object.entries(STATUS_LABELS) as [RowStatus, Text][]) {
  if (status === "") continue;
  for (const s of [status, label.zh, label.en]) byLabel.set(norm(s), status);
}

/** The RowStatus a Status cell holds, in either language (or the bare value); "" for blank, undefined when unknown. */
export function parseStatusCell(cell: CellValue): RowStatus | undefined {
  if (isBlank(cell)) return "";
  return typeof cell === "string" ? byLabel.get(norm(cell)) : undefined;
}

/** What a row's result columns hold. */
export interface StoredResult {
  status?: RowStatus;
  approvalId?: string;
  key?: string;
  fingerprint?: string;
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
  const status = si === undefined ? "" : parseStatusCell(cells[si]);
  if (status) out.status = status;
  const approvalId = ai === undefined ? undefined : str(cells[ai]);
  const key = ki === undefined ? undefined : str(cells[ki]);
  const fingerprint = fi === undefined ? undefined : str(cells[fi]);
  if (approvalId) out.approvalId = approvalId;
  if (key) out.key = key;
  if (fingerprint) out.fingerprint = fingerprint;
  return out;
}

/**
 * - pending: no approval_id yet (also after an interrupted or uncertain send: the engine resends
 *   with the same key, so Feishu does not write twice);
 * - submitted: it holds an approval_id for this same key and content: skip it;
 * - edited: it holds an approval_id but the content (fingerprint) or key changed since: not sent,
 *   the clerk is warned (Feishu records cannot be updated, only revoked).
 */
export type SubmissionState = "pending" | "submitted" | "edited";

export function submissionState(
  record: Pick<PreparedRecord, "key" | "fingerprint">,
  stored: StoredResult,
): SubmissionState {
  if (!stored.approvalId) return "pending";
  if (stored.fingerprint !== undefined && stored.fingerprint !== record.fingerprint) return "edited";
  if (stored.key !== undefined && stored.key !== record.key) return "edited";
  return "submitted";
}
