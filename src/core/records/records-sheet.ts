/**
 * The read-only "Feishu records" sheet: what Feishu holds for the workbook's people and days,
 * including records written elsewhere, one row per record. The add-in rewrites it whole each
 * time; the clerk reads it, never edits it. Pure: the Excel adapter only writes these strings.
 */
import { messageText, type NameKey } from "../catalog";
import { pick, type Locale, type Text } from "../i18n";
import { KINDS } from "../kinds";
import { isRevokedStatus, type FeishuRecord } from "./feishu-record";

const name = (key: NameKey): Text => messageText(`name.${key}`);

export const FEISHU_RECORDS_SHEET: Text = name("recordsSheet");

export const FEISHU_RECORDS_COLUMNS: readonly Text[] = (
  [
    "recordsColEmployee",
    "recordsColKind",
    "recordsColType",
    "recordsColStart",
    "recordsColEnd",
    "recordsColApproval",
    "recordsColStatus",
    "recordsColReason",
    "recordsColOwn",
  ] as const
).map(name);

/** The line above the header, saying the sheet is the add-in's. */
export const FEISHU_RECORDS_NOTE: Text = name("recordsNote");

const STATUS: Record<number, Text> = {
  0: name("recordStatusPending"),
  1: name("recordStatusRejected"),
  2: name("recordStatusPassed"),
};
const REVOKED = name("recordStatusRevoked");

export function statusLabel(status: number): Text {
  return isRevokedStatus(status) ? REVOKED : (STATUS[status] ?? { zh: String(status), en: String(status) });
}

export interface RecordsSheet {
  name: string;
  note: string;
  header: string[];
  rows: string[][];
}

/** The sheet's content in `locale`, sorted by person, then start; each approval ID once (revoked wins). */
export function recordsSheet(
  records: readonly FeishuRecord[],
  ownApprovalIds: ReadonlySet<string>,
  locale: Locale,
): RecordsSheet {
  const byId = new Map<string, FeishuRecord>();
  for (const r of records) {
    const seen = byId.get(r.approvalId);
    if (!seen || isRevokedStatus(r.status)) byId.set(r.approvalId, r);
  }
  const sorted = [...byId.values()].sort(
    (a, b) =>
      a.userId.localeCompare(b.userId, "en", { numeric: true }) ||
      a.start.localeCompare(b.start) ||
      a.approvalId.localeCompare(b.approvalId),
  );
  const yes = pick(name("yes"), locale),
    no = pick(name("no"), locale);
  return {
    name: pick(FEISHU_RECORDS_SHEET, locale),
    note: pick(FEISHU_RECORDS_NOTE, locale),
    header: FEISHU_RECORDS_COLUMNS.map((c) => pick(c, locale)),
    rows: sorted.map((r) => [
      r.userId,
      pick(KINDS[r.kind].label, locale),
      pick(r.typeName, locale),
      r.start,
      r.end,
      r.approvalId,
      pick(statusLabel(r.status), locale),
      r.reason,
      ownApprovalIds.has(r.approvalId) ? yes : no,
    ]),
  };
}
