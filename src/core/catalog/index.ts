/**
 * The one message catalogue: every sentence the clerk reads, in zh-CN and en-US, as ICU
 * MessageFormat (plurals and placeholders through FormatJS's intl-messageformat). Areas:
 * `pane.*` (the task pane, pane.*.ts), `issue.*` (validation issues, issues.*.ts), `outcome.*`
 * (what a call's answer means, outcomes.*.ts), `run.*` (a run's words and the Run log,
 * run.*.ts), `connection.*` (the pane's verdicts on the connection, connection.*.ts) and
 * `proxy.*` (the proxy's own answers, proxy.*.ts), `cli.*` (the command line, cli.*.ts), `ledger.*` (the ledger's answers and IT's ledger page, ledger.*.ts), `template.*` (the workbook template's help notes
 * in the header cells, template.*.ts); `name.*` (names.*.ts), `choice.*` (drop-down choices,
 * choices.*.ts) and glossary.ts hold the names of
 * sheets, columns, buttons and states. Pure: runs in the pane and the proxy.
 */
import { IntlMessageFormat } from "intl-messageformat";
import type { Locale, Text } from "../i18n";
import { CHOICES_EN, type ChoiceKey } from "./choices.en-US";
import { CHOICES_ZH } from "./choices.zh-CN";
import { CLI_EN, type CliKey } from "./cli.en-US";
import { CLI_ZH } from "./cli.zh-CN";
import { CONNECTION_EN, type ConnectionKey } from "./connection.en-US";
import { CONNECTION_ZH } from "./connection.zh-CN";
import { ISSUES_EN, type IssueKey } from "./issues.en-US";
import { ISSUES_ZH } from "./issues.zh-CN";
import { LEDGER_EN, type LedgerKey } from "./ledger.en-US";
import { LEDGER_ZH } from "./ledger.zh-CN";
import { NAMES_EN, type NameKey } from "./names.en-US";
import { NAMES_ZH } from "./names.zh-CN";
import { OUTCOMES_EN, type OutcomeKey } from "./outcomes.en-US";
import { OUTCOMES_ZH } from "./outcomes.zh-CN";
import { PANE_EN, type PaneKey } from "./pane.en-US";
import { PANE_ZH } from "./pane.zh-CN";
import { PROXY_EN, type ProxyKey } from "./proxy.en-US";
import { PROXY_ZH } from "./proxy.zh-CN";
import { RUN_EN, type RunKey } from "./run.en-US";
import { RUN_ZH } from "./run.zh-CN";
import { TEMPLATE_EN, type TemplateKey } from "./template.en-US";
import { TEMPLATE_ZH } from "./template.zh-CN";

export type {
  ChoiceKey,
  CliKey,
  ConnectionKey,
  IssueKey,
  LedgerKey,
  NameKey,
  OutcomeKey,
  PaneKey,
  ProxyKey,
  RunKey,
  TemplateKey,
};
export type MessageId =
  | `pane.${PaneKey}`
  | `issue.${IssueKey}`
  | `outcome.${OutcomeKey}`
  | `run.${RunKey}`
  | `connection.${ConnectionKey}`
  | `proxy.${ProxyKey}`
  | `ledger.${LedgerKey}`
  | `template.${TemplateKey}`
  | `name.${NameKey}`
  | `choice.${ChoiceKey}`
  | `cli.${CliKey}`;
export type MessageValues = Record<string, string | number>;

/** Every message by id, per locale. */
export const CATALOGUE: Record<Locale, Record<MessageId, string>> = {
  "en-US": flatten({
    pane: PANE_EN,
    issue: ISSUES_EN,
    outcome: OUTCOMES_EN,
    run: RUN_EN,
    connection: CONNECTION_EN,
    proxy: PROXY_EN,
    ledger: LEDGER_EN,
    template: TEMPLATE_EN,
    name: NAMES_EN,
    choice: CHOICES_EN,
    cli: CLI_EN,
  }),
  "zh-CN": flatten({
    pane: PANE_ZH,
    issue: ISSUES_ZH,
    outcome: OUTCOMES_ZH,
    run: RUN_ZH,
    connection: CONNECTION_ZH,
    proxy: PROXY_ZH,
    ledger: LEDGER_ZH,
    template: TEMPLATE_ZH,
    name: NAMES_ZH,
    choice: CHOICES_ZH,
    cli: CLI_ZH,
  }),
};

function flatten(areas: Record<string, Record<string, string>>): Record<MessageId, string> {
  const out: Record<string, string> = {};
  for (const [area, messages] of Object.entries(areas))
    for (const [key, message] of Object.entries(messages)) out[`${area}.${key}`] = message;
  return out as Record<MessageId, string>;
}

const compiled = new Map<string, IntlMessageFormat>();

/** One message in one language, its placeholders filled. */
export function formatMessage(locale: Locale, id: MessageId, values: MessageValues = {}): string {
  const cacheKey = `${locale}\u0000${id}`;
  let f = compiled.get(cacheKey);
  if (!f) {
    f = new IntlMessageFormat(CATALOGUE[locale][id], locale, undefined, { ignoreTag: true });
    compiled.set(cacheKey, f);
  }
  return String(f.format(values));
}

/** Both languages of one message, for data that carries both (issues, cell messages, outcomes). */
export function messageText(
  id: MessageId,
  values: MessageValues | ((locale: Locale) => MessageValues) = {},
): Text {
  const v = (l: Locale) => (typeof values === "function" ? values(l) : values);
  // Formatted on first read, once: the tables built at start-up (outcomes, choices, states) cost
  // the pane's first render nothing, and a language nobody reads is never formatted.
  let zh: string | undefined;
  let en: string | undefined;
  return {
    get zh() {
      return (zh ??= formatMessage("zh-CN", id, v("zh-CN")));
    },
    get en() {
      return (en ??= formatMessage("en-US", id, v("en-US")));
    },
  };
}

/** A reference to a catalogue message the pane resolves in its current language. */
export interface MessageRef {
  id: MessageId;
}

/** Names joined as a list in each language: "a、b、c" / "a, b, c". */
export function listText(items: readonly Text[]): Text {
  const join = (l: Locale) =>
    items
      .map((t) => (l === "zh-CN" ? t.zh : t.en))
      .reduce(
        (list, item) => (list ? formatMessage(l, "name.listJoin", { first: list, second: item }) : item),
        "",
      );
  return { zh: join("zh-CN"), en: join("en-US") };
}

export const ISSUE_KEYS = Object.keys(ISSUES_EN) as IssueKey[];
export const PANE_KEYS = Object.keys(PANE_EN) as PaneKey[];
