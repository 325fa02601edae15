/**
 * Issues as data: each code's message comes from the catalogue (src/core/catalog/issues.*.ts),
 * in both languages, with this issue's values filled in.
 */
import { ISSUE_KEYS, messageText, type IssueKey, type MessageValues } from "../catalog";
import type { Text } from "../i18n";
import type { RecordKind } from "../kinds";
import type { Issue, Severity } from "../model";

/** What a message may mention. `col` is the column header in both languages. */
export interface MessageParams {
  col?: Text;
  value?: string;
  other?: string;
  /** A sheet row number another row conflicts with. */
  row?: number;
  /** The other row's kind (sheet) label, for conflicts across tables. */
  sheet?: Text;
  options?: Text;
  max?: number;
  /** A length as the clerk gave it, and the time from start to end it must fit in. */
  amount?: Text;
  span?: Text;
  /** A record's type as Feishu names it (e.g. 年假 / Annual leave). */
  what?: Text;
  /** Whether the pane can look people up now (CoreSettings.lookupReady): the advice differs. */
  lookupReady?: boolean;
}

/** The placeholders of an issue message in one language (issues.*.ts say what each is). */
function valuesFor(p: MessageParams, lang: "zh" | "en"): MessageValues {
  return {
    col: p.col?.[lang] ?? "",
    value: p.value ?? "",
    other: p.other ?? "",
    row: p.row ?? "",
    sheet: p.sheet?.[lang] ?? "",
    options: p.options?.[lang] ?? "",
    max: p.max ?? "",
    out: p.value === "out" ? "yes" : "no",
    amount: p.amount?.[lang] ?? "",
    span: p.span?.[lang] ?? "",
    what: p.what?.[lang] ?? "",
    person: p.other ?? p.value ?? "",
    ready: p.lookupReady ? "yes" : "no",
  };
}

export type IssueCode = IssueKey;
export const ISSUE_CODES: readonly IssueCode[] = ISSUE_KEYS;

export function messageFor(code: IssueCode, p: MessageParams): Text {
  return messageText(`issue.${code}`, (locale) => valuesFor(p, locale === "zh-CN" ? "zh" : "en"));
}

export function makeIssue(
  kind: RecordKind,
  row: number,
  column: string | null,
  code: IssueCode,
  severity: Severity,
  p: MessageParams = {},
): Issue {
  const m = messageFor(code, p);
  return { kind, row, column, code, severity, message_zh: m.zh, message_en: m.en };
}
