/**
 * IT's ledger page: a static shell rendered here in the reader's language (every word from the
 * catalogue, ledger.*), and a small script (page-script.ts, compiled from TypeScript once, on
 * its first request) that signs in, asks GET /ledger/records and exports the CSV. No
 * framework, nothing shared with the task pane's bundle.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatMessage, type MessageId } from "../../core/catalog";
import { pick, type Locale } from "../../core/i18n";
import { KINDS, RECORD_KINDS } from "../../core/kinds";
import { OUTCOMES, OUTCOME_NAME } from "./records";
import { PAGE_STYLE } from "./page-style";

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/** Table columns: the field of a record each shows, and its heading. */
export const PAGE_COLUMNS: [string, MessageId][] = [
  ["employee", "ledger.colEmployee"],
  ["kind", "ledger.colKind"],
  ["type", "ledger.colType"],
  ["start_time", "ledger.colStart"],
  ["end_time", "ledger.colEnd"],
  ["approval_id", "ledger.colApproval"],
  ["outcome", "ledger.colState"],
  ["caller", "ledger.colClerk"],
  ["written_at", "ledger.colWritten"],
  ["idempotent_id", "ledger.colKey"],
];

/** Placeholders the script fills in (a number is formatted by the catalogue as 99,999). */
const MARK = {
  who: "\u0001who\u0001",
  why: "\u0001why\u0001",
  shown: "\u0001shown\u0001",
  count: "\u0001count\u0001",
};
export const COUNT_SENTINEL = 99_999;

function pageData(l: Locale) {
  const t = (id: MessageId, v: Record<string, string | number> = {}) => formatMessage(l, id, v);
  return {
    locale: l,
    marks: MARK,
    countSentinel: t("ledger.count", { count: COUNT_SENTINEL }).match(/\d[\d,.\u00a0\u202f]*\d/)?.[0] ?? "",
    text: {
      count0: t("ledger.count", { count: 0 }),
      count1: t("ledger.count", { count: 1 }),
      countMany: t("ledger.count", { count: COUNT_SENTINEL }),
      more: t("ledger.more", { shown: MARK.shown, count: MARK.count }),
      notAllowed: t("ledger.notAllowed"),
      failed: t("ledger.failed", { why: MARK.why }),
      loading: t("ledger.loading"),
      signedInAs: t("ledger.signedInAs", { who: MARK.who }),
    },
    kinds: Object.fromEntries(RECORD_KINDS.map((k) => [k, pick(KINDS[k].label, l)])),
    states: Object.fromEntries(OUTCOMES.map((o) => [o, t(OUTCOME_NAME[o])])),
    columns: PAGE_COLUMNS.map(([field, id]) => [field, t(id)]),
  };
}
export type LedgerPageData = ReturnType<typeof pageData>;

const option = (value: string, label: string) => `<option value="${esc(value)}">${esc(label)}</option>`;

export function ledgerPageHtml(l: Locale): string {
  const t = (id: MessageId) => esc(formatMessage(l, id));
  const data = JSON.stringify(pageData(l)).replace(/</g, "\\u003c");
  const other = l === "zh-CN" ? "en-US" : "zh-CN";
  const field = (id: string, label: MessageId, input: string) =>
    `<label class="field" for="${id}"><span>${t(label)}</span>${input}</label>`;
  const any = option("", formatMessage(l, "ledger.any"));
  return `<!doctype html>
<html lang="${l}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t("ledger.pageTitle")}</title><style>${PAGE_STYLE}</style></head>
<body><header><h1>${t("ledger.pageTitle")}</h1>
<a id="lang" href="?lang=${other}" hreflang="${other}" lang="${other}">${esc(formatMessage(other, "ledger.languageName"))}</a></header>
<main><p class="intro">${t("ledger.pageIntro")}</p>
<form id="sign-in" hidden>${field("key", "ledger.signInKey", '<input id="key" type="password" autocomplete="off" required>')}
<button type="submit">${t("ledger.signIn")}</button></form>
<div id="who" hidden><span id="who-text"></span> <button type="button" id="sign-out" class="link">${t("ledger.signOut")}</button></div>
<form id="filters" hidden>
${field("employee", "ledger.filterEmployee", '<input id="employee" name="employees" autocomplete="off">')}
${field("from", "ledger.filterFrom", '<input id="from" name="from" type="date">')}
${field("to", "ledger.filterTo", '<input id="to" name="to" type="date">')}
${field("kind", "ledger.filterKind", `<select id="kind" name="kind">${any}${RECORD_KINDS.map((k) => option(k, pick(KINDS[k].label, l))).join("")}</select>`)}
${field("clerk", "ledger.filterClerk", '<input id="clerk" name="caller" autocomplete="off">')}
${field("state", "ledger.filterState", `<select id="state" name="outcome">${any}${OUTCOMES.map((o) => option(o, formatMessage(l, OUTCOME_NAME[o]))).join("")}</select>`)}
<div class="actions"><button type="submit">${t("ledger.search")}</button>
<button type="button" id="export">${t("ledger.exportCsv")}</button>
<label class="check"><input type="checkbox" id="with-reasons"> ${t("ledger.withReasons")}</label></div>
</form>
<p id="status" role="status"></p>
<div id="results"></div></main>
<script>window.LEDGER_PAGE = ${data};</script><script type="module" src="/ledger/page.js"></script></body></html>`;
}

let script: Promise<string> | null = null;

/** page-script.ts as plain JavaScript for the browser, compiled on first use and kept. */
export function ledgerPageScript(): Promise<string> {
  return (script ??= (async () => {
    const ts = await import("typescript");
    const source = readFileSync(join(__dirname, "page-script.ts"), "utf8");
    return ts.transpileModule(source, {
      compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, removeComments: true },
    }).outputText;
  })());
}
