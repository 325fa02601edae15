/**
 * How each row status reads in the Status column, per template language.
 * TEMPORARY: a small mapping of our own until src/core offers status labels (model.ts names
 * `rowStatusFromCell`); swap `statusLabel` for the core's helper then.
 */
import type { Locale } from "../core/i18n";
import type { RowStatus } from "../core/model";

const LABELS: Record<Exclude<RowStatus, "">, { zh: string; en: string }> = {
  ready: { zh: "可提交", en: "Ready" },
  invalid: { zh: "有问题", en: "Invalid" },
  submitting: { zh: "提交中", en: "Submitting" },
  submitted: { zh: "已写入", en: "Submitted" },
  failed: { zh: "失败", en: "Failed" },
  unknown: { zh: "待核实", en: "Unknown" },
  edited: { zh: "提交后已修改", en: "Edited after submit" },
};

export function statusLabel(status: RowStatus, locale: Locale): string {
  if (status === "") return "";
  return locale === "zh-CN" ? LABELS[status].zh : LABELS[status].en;
}

/** The status a cell shows, in either language or as the bare key; undefined when it is none of ours. */
export function statusFromLabel(cell: unknown): RowStatus | undefined {
  const s = String(cell ?? "").trim();
  if (s === "") return "";
  for (const [status, t] of Object.entries(LABELS)) {
    if (s === t.zh || s.toLowerCase() === t.en.toLowerCase() || s === status) return status as RowStatus;
  }
  return undefined;
}

/** Statuses that validation owns; any other status (submitted, failed, …) is left as it is. */
export const VALIDATION_STATUSES: ReadonlySet<RowStatus | undefined> = new Set<RowStatus | undefined>(["", "ready", "invalid"]);
