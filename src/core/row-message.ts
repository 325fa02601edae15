/**
 * What a row shows in the sheet, from its verdict and issues: the Status (its state), the
 * Message and whether the state itself is highlighted. The Excel adapter only renders this.
 */
import { recordItem } from "./build";
import { formatMessage } from "./catalog";
import type { Locale } from "./i18n";
import type { Issue, PreparedRecord, Severity } from "./model";
import type { RowState, RowVerdict } from "./row-state";
import { issueText, joinMessages } from "./validate/issue-text";

export interface RowView {
  state: RowState;
  /** The Message cell's new text; null leaves the cell as the last run wrote it. */
  message: string | null;
  /**
   * Highlight from the state itself, beyond the issues': failed rows mark Status and Message
   * (`error`, `warning`); a revoked row is greyed across (`muted`).
   */
  stateMark: Severity | "muted" | null;
}

const MAX_MESSAGE = 2000;

/** The issues as the clerk reads them, errors first, joined and cut to fit a cell. */
export function issuesMessage(issues: readonly Issue[], locale: Locale): string {
  const sorted = [...issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1,
  );
  const joined = joinMessages(
    sorted.map((i) => issueText(i, locale)),
    locale,
  );
  return joined.length > MAX_MESSAGE ? `${joined.slice(0, MAX_MESSAGE - 1)}…` : joined;
}

/** The exact start and end a record sends, as stored in its body. */
export function sentSpan(record: PreparedRecord): [string, string] | null {
  const item = recordItem(record);
  return item.start_time !== undefined && item.end_time !== undefined
    ? [item.start_time, item.end_time]
    : null;
}

/** "将提交：2026-01-21 00:00:00 至 2026-01-21 23:59:59。" — the clerk sees what will be sent. */
export function sendLine(record: PreparedRecord, locale: Locale): string {
  const span = sentSpan(record);
  if (!span) return "";
  const [start, end] = span;
  return formatMessage(locale, "run.willSend", { start, end });
}

/** A row's Status, Message and state highlight. A row without a verdict is blank. */
export function rowView(verdict: RowVerdict | undefined, issues: readonly Issue[], locale: Locale): RowView {
  const state = verdict?.state ?? "blank";
  const shown = issues.length ? issuesMessage(issues, locale) : "";
  switch (state) {
    case "blank":
      return { state, message: "", stateMark: null };
    case "ready": {
      const line = verdict?.record ? sendLine(verdict.record, locale) : "";
      // Messages end with their own full stop; the send line follows as one more sentence.
      const message = shown && line ? `${shown}${locale === "zh-CN" ? "" : " "}${line}` : shown || line;
      return { state, message, stateMark: null };
    }
    case "invalid":
    case "edited":
      return { state, message: shown, stateMark: null };
    case "failed":
      return { state, message: null, stateMark: "error" };
    case "unknown":
      return { state, message: null, stateMark: "warning" };
    case "revoked":
      return { state, message: null, stateMark: "muted" };
    case "replacing":
      return { state, message: null, stateMark: "warning" };
    case "submitting":
    case "submitted":
      return { state, message: null, stateMark: null };
  }
}
