/**
 * `push`: what the pane's Send does (src/taskpane/state/runSubmit.ts), from a file. Emails and
 * mobiles looked up, the full check, a look at what Feishu already holds (rows written before or
 * overlapping a record are flagged and not sent), the engine with resumed rows under their stored
 * keys and written rows skipped, then every row's Status and Message as the pane paints them.
 * The `submitting` marks are on disk (journal.ts) before the first send, results as they come.
 */
import { formatMessage } from "../core/catalog";
import { existingApprovals, planRecords, submitRecords, type SubmitSummary } from "../core/engine";
import { lookBeforeSend, withFeishuIssues } from "../core/engine/look-before-send";
import type { EmployeeType } from "../core/feishu/schemas";
import type { Locale } from "../core/i18n";
import type { CoreSettings, PreparedRecord, RowResult } from "../core/model";
import type { Outcome } from "../core/outcome";
import { bookFromRows, bookToRows } from "../core/people/cache-rows";
import { lookupPeople } from "../core/people/lookup";
import { contactsIn } from "../core/people/resolve";
import { prepareWorkbook, type PreparedWorkbook } from "../core/prepare";
import { rowView } from "../core/row-message";
import { TO_SEND } from "../core/row-state";
import type { ProxyClient } from "../client/proxy-client";
import type { SourceFile } from "./files/source";
import { CliProblem } from "./problem";
import type { ProgressSink } from "./progress";
import { rowReports, runSummary, tableReports, type RunReport } from "./report";
import { journalPath, openJournal, type Journal } from "./journal";

export interface PushOptions {
  file: SourceFile;
  client: Pick<ProxyClient, "transport" | "lookup">;
  settings: Pick<CoreSettings, "employeeType" | "workdayHours">;
  locale: Locale;
  dryRun: boolean;
  only: "failed" | "pending";
  signal: AbortSignal;
  progress: ProgressSink;
  now?: () => number;
}

const at = (kind: string, row: number) => `${kind}:${row}`;
const reason = (o: Outcome, l: Locale) =>
  [o.message, o.hint]
    .map((t) => (l === "zh-CN" ? t.zh : t.en))
    .filter(Boolean)
    .join(" ");

/** The file's rows through the core, with the file's catalog, date system and people book. */
export function prepareFile(
  file: SourceFile,
  settings: PushOptions["settings"],
  book = bookFromRows(file.peopleRows),
) {
  return prepareWorkbook(
    file.tables.map((t) => t.snapshot),
    { ...settings, dateSystem: file.dateSystem, people: book },
    file.catalog,
  );
}

/** The records a push takes: every row not written yet (`pending`), or the failed ones. */
export function scopeRecords(
  p: Pick<PreparedWorkbook, "records" | "rows">,
  only: PushOptions["only"],
): PreparedRecord[] {
  const state = new Map(p.rows.map((v) => [at(v.kind, v.row), v.state]));
  return p.records.filter((r) => {
    const s = state.get(at(r.kind, r.row));
    return s !== undefined && (only === "failed" ? s === "failed" : TO_SEND.has(s));
  });
}

/**
 * The file's people book, with the emails and mobiles of its Employee cells looked up in Feishu
 * (as the pane's Check and Send do); what was learned goes into the file when `keep`.
 */
export async function lookUpPeople(
  o: Pick<PushOptions, "file" | "client" | "settings" | "locale" | "signal" | "progress">,
  keep: boolean,
) {
  const { file, settings, locale } = o;
  const book = bookFromRows(file.peopleRows);
  const employeeType: EmployeeType = settings.employeeType;
  const refs = [
    ...contactsIn(
      file.tables.map((t) => t.snapshot),
      employeeType,
    ),
  ];
  if (refs.length === 0) return book;
  const looked = await lookupPeople({
    refs,
    book,
    employeeType,
    transport: o.client.lookup,
    signal: o.signal,
  });
  if (looked.failure)
    o.progress.note(
      "lookup_failed",
      formatMessage(locale, "cli.lookupFailed", { reason: reason(looked.failure, locale) }),
    );
  if (looked.learned > 0 && keep) file.writePeople(bookToRows(book));
  return book;
}

export async function push(o: PushOptions): Promise<RunReport> {
  const { file, client, settings, locale, signal } = o;
  const now = o.now ?? Date.now;
  const employeeType: EmployeeType = settings.employeeType;
  const book = await lookUpPeople(o, !o.dryRun);
  let prepared = prepareFile(file, settings, book);
  const look = await lookBeforeSend({
    records: scopeRecords(prepared, o.only),
    rows: prepared.rows,
    transport: client.transport,
    employeeType,
    nowMs: now(),
    signal,
  });
  if (look.failure) throw new CliProblem("cli.lookFailed", { reason: reason(look.failure, locale) });
  if (look.refused.length) {
    for (const p of look.refused) book.refuse({ employeeType, userId: p.userId, code: p.code, at: now() });
    if (!o.dryRun) file.writePeople(bookToRows(book));
    prepared = prepareFile(file, settings, book);
  }
  prepared = withFeishuIssues(prepared, look.issues);
  const planned = planRecords(scopeRecords(prepared, o.only), prepared.rows);
  const sent = new Map(planned.map((r) => [at(r.kind, r.row), r]));
  let summary: SubmitSummary | null = null;
  if (!o.dryRun) {
    const journal = await openJournal(journalPath(file));
    summary = await send(o, journal, planned, prepared, book);
    const after = withFeishuIssues(prepareFile(file, settings, book), look.issues);
    paint(file, after);
    await file.save();
    await journal.remove();
    prepared = after;
  }
  const rows = [
    ...tableReports(file.tables, prepared.issues, locale),
    ...rowReports(file.tables, prepared, sent, locale),
  ];
  return { file: file.path, rows, summary: runSummary(rows, summary, o.dryRun) };
}

async function send(
  o: PushOptions,
  journal: Journal,
  records: PreparedRecord[],
  prepared: PreparedWorkbook,
  book: ReturnType<typeof bookFromRows>,
) {
  const { file, locale } = o;
  let refused = false;
  const summary = await submitRecords({
    records,
    existing: existingApprovals(prepared.rows),
    transport: o.client.transport,
    signal: o.signal,
    locale,
    onProgress: (p) => o.progress.update(p),
    onResults: async (batch: RowResult[]) => {
      // On disk before the run goes on: the first batch (the marks and keys) before any send.
      await journal.append(batch);
      file.writeResults(batch);
    },
    onPersonRefused: (r, code) => {
      book.refuse({
        employeeType: r.employeeType,
        userId: r.body.user_approval.user_id,
        code,
        at: Date.now(),
      });
      refused = true;
    },
  });
  o.progress.done();
  if (refused) file.writePeople(bookToRows(book));
  if (summary.stoppedBy === "setup" && summary.setup)
    o.progress.note(
      "setup_stopped",
      formatMessage(locale, "cli.setupStopped", { reason: reason(summary.setup, locale) }),
    );
  if (summary.stoppedBy === "cancel") o.progress.note("cancelled", formatMessage(locale, "cli.cancelled"));
  return summary;
}

/** Every row's Status and Message as the pane paints them after a run (core row-message.ts). */
function paint(file: SourceFile, p: PreparedWorkbook): void {
  const issues = new Map<string, PreparedWorkbook["issues"]>();
  for (const i of p.issues)
    if (i.row >= 0) issues.set(at(i.kind, i.row), [...(issues.get(at(i.kind, i.row)) ?? []), i]);
  const views: RowResult[] = [];
  for (const v of p.rows) {
    const table = file.tables.find((t) => t.kind === v.kind);
    const view = rowView(v, issues.get(at(v.kind, v.row)) ?? [], table?.locale ?? "zh-CN");
    views.push({
      kind: v.kind,
      row: v.row,
      status: view.state,
      ...(view.message === null ? {} : { message: view.message }),
    });
  }
  file.writeResults(views);
}
