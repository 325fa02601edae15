/**
 * The types catalog: leave and out types a clerk picks by name. Feishu has no API that lists
 * them (docs/feishu-api.md §9), so each tenant keeps its own list; these defaults
 * are a starting point the workbook's hidden lists sheet can replace.
 */
import type { CreateUserApprovalBody } from "../feishu/schemas";

export interface CatalogEntry {
  kind: "leave" | "out";
  /** Sent as uniq_id; kept under 14 characters as Feishu documents. */
  uniq_id: string;
  names: { ch: string; en: string; ja?: string };
  default_locale: "ch" | "en" | "ja";
}

type Names = CatalogEntry["names"];
const entry = (
  kind: CatalogEntry["kind"],
  uniq_id: string,
  ch: string,
  en: string,
  ja?: string,
): CatalogEntry => ({
  kind,
  uniq_id,
  names: { ch, en, ...(ja ? { ja } : {}) } as Names,
  default_locale: "ch",
});

export const DEFAULT_CATALOG: readonly CatalogEntry[] = [
  entry("leave", "annual", "年假", "Annual leave", "年次有給休暇"),
  entry("leave", "personal", "事假", "Personal leave", "私用休暇"),
  entry("leave", "sick", "病假", "Sick leave", "病気休暇"),
  entry("leave", "in_lieu", "调休假", "Time off in lieu", "代休"),
  entry("leave", "marriage", "婚假", "Marriage leave", "結婚休暇"),
  entry("leave", "maternity", "产假", "Maternity leave", "産前産後休暇"),
  entry("leave", "paternity", "陪产假", "Paternity leave", "配偶者出産休暇"),
  entry("leave", "parental", "育儿假", "Parental leave", "育児休暇"),
  entry("leave", "nursing", "哺乳假", "Nursing leave", "育児時間"),
  entry("leave", "bereavement", "丧假", "Bereavement leave", "忌引休暇"),
  entry("out", "out_local", "市内外出", "Out (in town)", "市内外出"),
  entry("out", "out_remote", "市外外出", "Out (out of town)", "市外外出"),
  entry("out", "client_visit", "拜访客户", "Client visit", "顧客訪問"),
];

/** What the drop-down shows and the cell holds: "年假 / Annual leave". */
export function catalogDisplay(e: CatalogEntry): string {
  return `${e.names.ch} / ${e.names.en}`;
}

/** The fields a catalog entry contributes to a leave or out record. */
export type CatalogFields = Pick<
  NonNullable<CreateUserApprovalBody["user_approval"]["leaves"]>[number],
  "uniq_id" | "i18n_names" | "default_locale"
>;
