/**
 * The read-only "Feishu records" sheet: what Feishu holds for the workbook's people and days,
 * including records written elsewhere, one row per record. The add-in rewrites it whole each
 * time; the clerk reads it, never edits it. Pure: the Excel adapter only writes these strings.
 */
import { pick, text, type Locale, type Text } from "../i18n";
import { KINDS } from "../kinds";
import { isRevokedStatus, type FeishuRecord } from "./feishu-record";

export const FEISHU_RECORDS_SHEET: Text = text("飞书记录", "Feishu records");

export const FEISHU_RECORDS_COLUMNS: readonly Text[] = [
  text("员工ID", "Employee ID"),
  text("类别", "Kind"),
  text("类型", "Type"),
  text("开始时间", "Start"),
  text("结束时间", "End"),
  text("审批ID", "Approval ID"),
  text("飞书状态", "Feishu status"),
  text("事由", "Reason"),
  text("本工作簿写入", "Written from this workbook"),
];

/** The line above the header, saying the sheet is the add-in's. */
export const FEISHU_RECORDS_NOTE: Text = text(
  "只读：由加载项从飞书读取后整表重写，在此处的修改会丢失。",
  "Read-only: the add-in rewrites this sheet from what Feishu holds; changes made here are lost.",
);

const STATUS: Record<number, Text> = {
  0: text("审批中", "Pending"),
  1: text("已拒绝", "Rejected"),
  2: text("已通过", "Passed"),
};
const REVOKED = text("已撤销", "Revoked");

export function statusLabel(status: number): Text {
  return isRevokedStatus(status) ? REVOKED : (STATUS[status] ?? text(String(status), String(status)));
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
  const yes = pick(text("是", "Yes"), locale),
    no = pick(text("否", "No"), locale);
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
