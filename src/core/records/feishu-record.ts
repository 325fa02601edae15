/**
 * What Feishu holds, flattened: the query's answer (docs/feishu-api.md §3: user_approvals grouped
 * per user and date, each with outs/leaves/overtime_works/trips) as one record per item, with the
 * fields a row is compared on. Status 3 and 4 both mean revoked (docs/feishu-api.md §10.3: the sources label them
 * differently), so every reader asks isRevokedStatus.
 */
import { recordItem } from "../build";
import type { Text } from "../i18n";
import { KINDS, RECORD_KINDS, type RecordKind } from "../kinds";
import type { PreparedRecord } from "../model";

export interface FeishuRecord {
  kind: RecordKind;
  /** Of the employee_type the query used. */
  userId: string;
  approvalId: string;
  /** 0 pending, 1 rejected, 2 passed, 3 or 4 revoked (docs/feishu-api.md §1.7, §10.3). */
  status: number;
  /** user_approval.date, yyyyMMdd. */
  date: string;
  /** `yyyy-MM-dd HH:mm:ss` as Feishu echoes them (the row sends the same form). */
  start: string;
  end: string;
  /** What makes two records the same type: leave/out uniq_id, overtime type/category, "" for trips. */
  typeKey: string;
  /** The type's name for a sentence: a leave's or out's i18n name, else the kind's own name. */
  typeName: Text;
  reason: string;
  idempotentId?: string;
}

/** Revoked, whichever of the two disputed numbers Feishu shows (docs/feishu-api.md §10.3). */
export const isRevokedStatus = (status: number): boolean => status === 3 || status === 4;

type Item = Record<string, unknown>;
const isItem = (v: unknown): v is Item => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/** The type key of an item of this kind, for a Feishu record or a row's request alike. */
export function typeKeyOf(kind: RecordKind, item: Item): string {
  if (kind === "leave" || kind === "out") return str(item.uniq_id);
  if (kind === "overtime") return `${str(item.type)}/${str(item.category)}`;
  return "";
}

/** The type's name in both languages: i18n_names for leaves and outs, else the kind's label. */
export function typeNameOf(kind: RecordKind, item: Item): Text {
  const names = isItem(item.i18n_names) ? item.i18n_names : {};
  const ch = str(names.ch),
    en = str(names.en);
  if ((kind === "leave" || kind === "out") && (ch || en)) return { zh: ch || en, en: en || ch };
  return KINDS[kind].label;
}

/**
 * One record per item in a query's `data` (or the whole body). `queriedStatus` is the status the
 * query asked for, used when an item does not carry its own.
 */
export function flattenQueryAnswer(data: unknown, queriedStatus: number): FeishuRecord[] {
  const root = isItem(data) && isItem(data.data) ? data.data : data;
  const groups = isItem(root) && Array.isArray(root.user_approvals) ? root.user_approvals : [];
  const out: FeishuRecord[] = [];
  for (const g of groups) {
    if (!isItem(g)) continue;
    for (const kind of RECORD_KINDS) {
      const items = g[KINDS[kind].feishuField];
      if (!Array.isArray(items)) continue;
      for (const it of items) {
        if (!isItem(it) || !str(it.approval_id)) continue;
        out.push({
          kind,
          userId: str(g.user_id),
          approvalId: str(it.approval_id),
          status: typeof it.status === "number" ? it.status : queriedStatus,
          date: str(g.date),
          start: str(it.start_time),
          end: str(it.end_time),
          typeKey: typeKeyOf(kind, it),
          typeName: typeNameOf(kind, it),
          reason: str(it.reason),
          ...(str(it.idempotent_id) ? { idempotentId: str(it.idempotent_id) } : {}),
        });
      }
    }
  }
  return out;
}

/** A row's request in the same flat shape (status 2 as if written), so rows and records compare alike. */
export function recordOfRow(record: PreparedRecord): Omit<FeishuRecord, "approvalId" | "status"> {
  const it = recordItem(record);
  return {
    kind: record.kind,
    userId: record.body.user_approval.user_id,
    date: record.body.user_approval.date,
    start: str(it.start_time),
    end: str(it.end_time),
    typeKey: typeKeyOf(record.kind, it),
    typeName: typeNameOf(record.kind, it),
    reason: str(it.reason),
    idempotentId: record.key,
  };
}
