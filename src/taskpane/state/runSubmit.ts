/**
 * One run, as the clerk's Send starts it: pre-flight (the proxy's self-check), people looked
 * up, the full check, a look at what Feishu already holds (rows overlapping it or written
 * before are flagged and not sent; people Feishu does not know are remembered and flagged), the
 * engine, then the refused people remembered and flagged. Nothing is sent, and no row stamped,
 * when the pre-flight says the token, the write or the query fail, or the look cannot finish.
 */
import type { Dispatch } from "react";
import { messageText, type MessageId } from "../../core/catalog";
import { lookBeforeSend, type LookBeforeSend } from "../../core/engine/look-before-send";
import { goneRows } from "../../core/engine/results";
import { withKey } from "../../core/engine/resume";
import { keyForSend, keyIndex } from "../../core/lifecycle/history";
import { historyFromRows } from "../../core/lifecycle/history-rows";
import type { Locale, Text } from "../../core/i18n";
import type { Issue, PreparedRecord } from "../../core/model";
import type { SubmitSummary } from "../../core/engine/types";
import type { Outcome } from "../../core/outcome";
import { runLogEntry, type FailedRow } from "../../core/run-log";
import { runBlocker, verdictText } from "../connection";
import type { PaneClient, PaneCore, Prepared, SelfCheckAnswer, WorkbookAdapter } from "../ports";
import { paneJournal } from "../journal";
import { setupVerdict } from "../setup-verdict";
import { S } from "../strings";
import { P } from "../strings-people";
import type { RowChanges } from "../../excel/types";
import type { PeopleSession } from "./people-session";
import type { Action, PaneState, Scope } from "./reducer";
import { scopeRecords, wholeTables } from "./selectors";

/** Progress events can come hundreds a second; the pane repaints at most this often. */
const PROGRESS_EVERY_MS = 100;

const SCOPE_NAMES: Record<Scope, MessageId> = {
  pending: "pane.scopePending",
  selected: "pane.scopeSelected",
  failed: "pane.scopeFailed",
};

const pageOrigin = (): string | undefined => globalThis.location?.origin;

async function selfCheckOf(client: PaneClient): Promise<SelfCheckAnswer> {
  try {
    return await client.selfCheck();
  } catch (e) {
    return {
      ok: false,
      failure: { status: null, code: null, message: e instanceof Error ? e.message : String(e) },
    };
  }
}

export interface RunContext {
  state: PaneState;
  locale: Locale;
  dispatch: Dispatch<Action>;
  adapter: WorkbookAdapter;
  core: PaneCore;
  people: PeopleSession;
  client: PaneClient;
  signal: AbortSignal;
  /** When the clerk pressed Send, and who they are: the Run log sheet records both. */
  startedAt: number;
  userName: string;
  now(): number;
  refreshSelection(): Promise<RowChanges>;
  lookUpAndPrepare(client: () => PaneClient): Promise<{ prepared: Prepared; lookupFailed: boolean }>;
  prepareNow(): Promise<Prepared>;
}

/** Why the look at Feishu failed, in the clerk's words: a setup verdict, or what happened and what to do. */
function lookFailedText(o: Outcome): Text {
  if (o.kind === "permission" || o.kind === "fatal") return verdictText(setupVerdict(o), P.lookFailed);
  const join = (l: "zh" | "en") =>
    [P.lookFailed[l], o.message[l], o.hint[l]].filter(Boolean).join(l === "zh" ? "" : " ");
  return { zh: join("zh"), en: join("en") };
}

/**
 * Looks at what Feishu holds for the rows about to be sent; remembers the people it refused and
 * re-checks, so their rows are flagged. Null when the look failed (the pane has said so).
 */
async function lookFirst(
  ctx: RunContext,
  checked: Prepared,
  selection: RowChanges,
): Promise<{ prepared: Prepared; look: LookBeforeSend } | null> {
  const { state: s, client, people, dispatch } = ctx;
  const looked = scopeRecords(checked, s.scope, selection);
  const look = await lookBeforeSend({
    records: looked,
    rows: checked.rows,
    transport: client.transport,
    employeeType: s.settings.employeeType,
    nowMs: ctx.now(),
    signal: ctx.signal,
  });
  if (look.failure) {
    dispatch({ type: "work/failed", notice: { intent: "error", text: lookFailedText(look.failure) } });
    return null;
  }
  // The core keeps what the look found, so later checks keep these rows back too.
  ctx.core.rememberLook(looked, look.issues);
  let prepared = checked;
  if (look.refused.length) {
    for (const p of look.refused) people.refuse(s.settings.employeeType, p.userId, p.code);
    await people.save();
    prepared = await ctx.prepareNow();
  }
  prepared = ctx.core.withFindings(prepared);
  if (prepared !== checked) {
    await ctx.adapter.showIssues(wholeTables(prepared));
    dispatch({ type: "live/done", prepared });
  }
  return { prepared, look };
}

/** The rows the look flagged and kept from the send, once each, with the look's message for the summary. */
function keptBackRows(
  issues: readonly Issue[],
  sent: readonly PreparedRecord[],
  locale: Locale,
): FailedRow[] {
  const going = new Set(sent.map((r) => `${r.kind}:${r.row}`));
  const rows = new Map<string, FailedRow>();
  for (const i of issues) {
    const at = `${i.kind}:${i.row}`;
    if (i.row < 0 || going.has(at) || rows.has(at)) continue;
    rows.set(at, { kind: i.kind, row: i.row, message: locale === "zh-CN" ? i.message_zh : i.message_en });
  }
  return [...rows.values()];
}

export async function runSubmit(ctx: RunContext): Promise<void> {
  const { state: s, dispatch, adapter, core, people, client, now } = ctx;
  // Pre-flight: nothing is sent, and no row stamped, unless the token, write and query work.
  // The workbook is read and checked meanwhile (that writes nothing to Feishu or to the rows).
  const [answer, first] = await Promise.all([selfCheckOf(client), ctx.lookUpAndPrepare(() => client)]);
  const blocker = runBlocker(answer, s.settings.proxyUrl, pageOrigin());
  if (blocker) {
    dispatch({ type: "connection/done", answer });
    dispatch({
      type: "work/failed",
      notice: { intent: "error", text: verdictText(blocker, P.preflightRefused) },
    });
    return;
  }
  const selection = s.scope === "selected" ? await ctx.refreshSelection() : s.selection;
  const lookupFailed = first.lookupFailed;
  const looked = await lookFirst(ctx, first.prepared, selection);
  if (!looked) return;
  const { prepared, look } = looked;
  // Rows Feishu probably holds already: the clerk may adopt their approval IDs instead.
  dispatch({ type: "adopt/offer", choices: look.adoptable });
  const records = scopeRecords(prepared, s.scope, selection);
  const keptBack = keptBackRows(look.issues, records, ctx.locale);
  dispatch({
    type: "submit/progress",
    progress: {
      total: records.length,
      sent: 0,
      ok: 0,
      failed: 0,
      retrying: 0,
      remaining: records.length,
      etaMs: null,
    },
  });
  const failures: FailedRow[] = [];
  // A journal deleted since (or never made) is rebuilt from the rows before anything is sent.
  const journal = paneJournal(adapter, () => prepared.rows);
  let rebuilt = await journal.check();
  let refused = false;
  let last = Number.NEGATIVE_INFINITY;
  // Content sent again after a revoke takes the next key of its sequence (core keyForSend).
  const history = historyFromRows(await adapter.readHistory());
  const index = keyIndex(history);
  const keyed = records.map((r) => {
    const key = keyForSend(r.key, history, index);
    return key === r.key ? r : withKey(r, key);
  });
  const summary = await core.submit({
    records: keyed,
    stored: prepared.rows,
    locale: ctx.locale,
    transport: client.transport,
    signal: ctx.signal,
    // The proxy is there while its self-check answers at all, even to say Feishu is not.
    proxyProbe: () => client.selfCheck().then((a) => a.ok || a.failure.status !== null),
    onProgress: (progress) => {
      const t = now();
      if (t - last < PROGRESS_EVERY_MS && progress.remaining > 0) return;
      last = t;
      dispatch({ type: "submit/progress", progress });
    },
    onJournal: async (entries) => {
      rebuilt += await journal.merge(entries);
    },
    onResults: async (batch) => {
      // Each result lands on the row holding its key, found as it is written; deleted rows come back.
      const lost = await adapter.writeResults(batch, (table) => core.contentKeys(table));
      const gone = new Set(lost);
      for (const r of batch)
        if (r.status === "failed" && !gone.has(r))
          failures.push({ kind: r.kind, row: r.row, message: r.message ?? "", detail: r.detail });
      failures.push(...goneRows(lost, ctx.locale));
    },
    onPersonRefused: (r, code) => {
      people.refuse(r.employeeType, r.body.user_approval.user_id, code);
      refused = true;
    },
  });
  dispatch({ type: "submit/done", summary, failures, keptBack });
  await afterRun(ctx, summary, records.length, { refused, lookupFailed, rebuilt });
}

/** After a run: the Run log, the people refused, the repaint from a fresh check, and why it stopped. */
async function afterRun(
  ctx: RunContext,
  summary: SubmitSummary,
  total: number,
  o: { refused: boolean; lookupFailed: boolean; rebuilt: number },
): Promise<void> {
  const { state: s, dispatch, adapter, people, now } = ctx;
  const entry = runLogEntry("send", {
    startedAtMs: ctx.startedAt,
    endedAtMs: now(),
    who: ctx.userName,
    scope: messageText(SCOPE_NAMES[s.scope]),
    total,
    written: summary.written,
    failed: summary.failed,
    skipped: summary.skipped,
  });
  const logged = await adapter.appendRunLog(entry, ctx.locale).then(
    () => true,
    () => false,
  );
  dispatch({
    type: "notice/set",
    notice: logged ? { intent: "info", text: S.runLogged } : { intent: "warning", text: S.runLogFailed },
  });
  if (o.rebuilt > 0)
    dispatch({
      type: "notice/set",
      notice: { intent: "warning", text: messageText("pane.journalRebuilt", { n: o.rebuilt }) },
    });
  if (o.refused) await people.save();
  // The look's findings stay on the rows it kept from the send: the core keeps them (records/findings.ts).
  const after = await ctx.prepareNow();
  // Repaint from the core's fresh verdicts: failed rows are highlighted at once, and the
  // refused people's other rows are flagged before anyone sends them.
  await adapter.showIssues(wholeTables(after));
  dispatch({ type: "live/done", prepared: after });
  if (summary.stoppedBy === "setup" && summary.setup)
    dispatch({
      type: "notice/set",
      notice: { intent: "error", text: verdictText(setupVerdict(summary.setup), P.setupStopped) },
    });
  else if (summary.stoppedBy === "proxy")
    dispatch({ type: "notice/set", notice: { intent: "error", text: S.proxyLostStopped } });
  else if (o.lookupFailed)
    dispatch({ type: "notice/set", notice: { intent: "warning", text: P.lookupFailed } });
}
