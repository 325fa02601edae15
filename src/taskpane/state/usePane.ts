/**
 * The pane's side effects in one place: it receives the ports (Excel adapter, core, proxy
 * client factory, settings store) and turns clerk intents into reducer actions.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { FEISHU_PATHS } from "../../core/feishu/schemas";
import type { Locale } from "../../core/i18n";
import { RECORD_KINDS, type RecordKind } from "../../core/kinds";
import { previewLine } from "../../core/preview";
import { logTime, type FailedRow, type RunLogEntry } from "../../core/run-log";
import { messageText, type MessageId } from "../../core/catalog";
import { DEFAULT_SETTINGS, type CoreSettings } from "../../core/model";
import type { RowChanges, WorkbookSnapshot } from "../../excel/types";
import type { PanePorts, Prepared, SelfCheckAnswer } from "../ports";
import { loadSettings, saveSettings, type PaneSettings } from "../settings";
import { S } from "../strings";
import { initialState, isBusy, paneReducer, type Scope, type Tab } from "./reducer";
import { scopeRecords } from "./selectors";
import { useLiveValidation } from "./useLiveValidation";

const SCOPE_NAMES: Record<Scope, MessageId> = {
  pending: "pane.scopePending",
  selected: "pane.scopeSelected",
  failed: "pane.scopeFailed",
};

/** Progress events can come hundreds a second; the pane repaints at most this often. */
const PROGRESS_EVERY_MS = 100;

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export interface PaneActions {
  setLocale(locale: Locale): void;
  setTab(tab: Tab): void;
  setScope(scope: Scope): void;
  createTemplate(): Promise<void>;
  saveAndTest(settings: PaneSettings): Promise<void>;
  checkAll(): Promise<void>;
  goTo(kind: RecordKind, row: number, column: string | null): Promise<void>;
  refreshSelection(): Promise<RowChanges>;
  previewSelected(): Promise<void>;
  submit(): Promise<void>;
  cancel(): void;
  dismissNotice(): void;
}

export function usePane(ports: PanePorts, officeLocale: Locale) {
  const { adapter, core, store } = ports;
  const [state, dispatch] = useReducer(paneReducer, undefined, () =>
    initialState(loadSettings(store, ports.defaultProxyUrl), officeLocale),
  );
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);
  const abort = useRef<AbortController | null>(null);
  const now = ports.now ?? Date.now;

  const coreSettings = useCallback(
    (snapshot: WorkbookSnapshot): CoreSettings => ({
      ...DEFAULT_SETTINGS,
      employeeType: latest.current.settings.employeeType,
      dateSystem: snapshot.dateSystem,
    }),
    [],
  );
  const prepareNow = useCallback(async (): Promise<Prepared> => {
    const snapshot = await adapter.read();
    return core.prepare(snapshot, coreSettings(snapshot));
  }, [adapter, core, coreSettings]);
  const fail = useCallback(
    (e: unknown) =>
      dispatch({ type: "work/failed", notice: { intent: "error", text: S.failedWork, detail: message(e) } }),
    [],
  );

  useLiveValidation({
    adapter,
    core,
    latest,
    dispatch,
    coreSettings,
    prepareNow,
    fail,
    templateRun: state.template,
  });

  const refreshSelection = useCallback(async (): Promise<RowChanges> => {
    const selection = await adapter.selectedRows().catch((): RowChanges => []);
    dispatch({ type: "selection/set", selection });
    return selection;
  }, [adapter]);

  const actions = useMemo<PaneActions>(
    () => ({
      setLocale(locale) {
        dispatch({ type: "locale/set", locale });
        saveSettings(store, { ...latest.current.settings, locale });
      },
      setTab(tab) {
        dispatch({ type: "tab/set", tab });
        if (tab === "submit") void refreshSelection();
      },
      setScope(scope) {
        dispatch({ type: "scope/set", scope });
        if (scope === "selected") void refreshSelection();
      },
      async createTemplate() {
        if (isBusy(latest.current.phase)) return;
        dispatch({ type: "template/start" });
        try {
          dispatch({
            type: "template/done",
            report: await adapter.ensureTemplate({ locale: latest.current.locale }),
          });
        } catch (e) {
          fail(e);
        }
      },
      async saveAndTest(settings) {
        const clean = { ...settings, proxyUrl: settings.proxyUrl.trim().replace(/\/+$/, "") };
        dispatch({ type: "settings/save", settings: clean });
        saveSettings(store, clean);
        dispatch({ type: "connection/start" });
        let answer: SelfCheckAnswer;
        try {
          answer = await ports
            .createClient({ baseUrl: clean.proxyUrl, credential: clean.credential })
            .selfCheck();
        } catch (e) {
          answer = { ok: false, failure: { status: null, code: null, message: message(e) } };
        }
        dispatch({ type: "connection/done", answer });
      },
      async checkAll() {
        if (isBusy(latest.current.phase)) return;
        dispatch({ type: "check/start" });
        try {
          const prepared = await prepareNow();
          await adapter.showIssues(
            prepared.issues,
            RECORD_KINDS.map((kind) => ({ kind })),
          );
          dispatch({ type: "check/done", prepared });
        } catch (e) {
          fail(e);
        }
      },
      async goTo(kind, row, column) {
        await adapter.select(kind, row, column).catch(fail);
      },
      refreshSelection,
      async previewSelected() {
        const selection = await refreshSelection();
        if (!selection.some((s) => s.rows.length > 0)) {
          dispatch({ type: "preview/set", preview: null });
          dispatch({ type: "notice/set", notice: { intent: "info", text: S.previewNoRow } });
          return;
        }
        try {
          const prepared = await prepareNow();
          dispatch({ type: "live/done", prepared });
          const records = scopeRecords(prepared, "selected", selection);
          const errorRows = new Set(
            prepared.issues
              .filter((i) => i.severity === "error" && i.row >= 0)
              .map((i) => `${i.kind}:${i.row}`),
          );
          const notReady = selection.reduce(
            (n, s) => n + s.rows.filter((row) => errorRows.has(`${s.kind}:${row}`)).length,
            0,
          );
          const preview = {
            lines: records.map(previewLine),
            notReady,
            requests: records.map((r) => ({
              path: `POST ${FEISHU_PATHS.create}?employee_type=${r.employeeType}`,
              json: JSON.stringify(r.body, null, 2),
            })),
          };
          dispatch({ type: "preview/set", preview });
        } catch (e) {
          fail(e);
        }
      },
      async submit() {
        const s = latest.current;
        if (isBusy(s.phase)) return;
        if (!s.settings.credential.key) {
          dispatch({ type: "notice/set", notice: { intent: "warning", text: S.needsKey } });
          return;
        }
        const controller = new AbortController();
        abort.current = controller;
        const startedAt = now();
        const failures: FailedRow[] = [];
        dispatch({ type: "submit/start", scope: s.scope, total: 0, at: startedAt });
        try {
          const selection = s.scope === "selected" ? await refreshSelection() : s.selection;
          const prepared = await prepareNow();
          const records = scopeRecords(prepared, s.scope, selection);
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
          const client = ports.createClient({
            baseUrl: s.settings.proxyUrl,
            credential: s.settings.credential,
          });
          let last = Number.NEGATIVE_INFINITY;
          const summary = await core.submit({
            records,
            stored: prepared.rows,
            locale: latest.current.locale,
            transport: client.transport,
            signal: controller.signal,
            onProgress: (progress) => {
              const t = now();
              if (t - last < PROGRESS_EVERY_MS && progress.remaining > 0) return;
              last = t;
              dispatch({ type: "submit/progress", progress });
            },
            onResults: (batch) => {
              for (const r of batch)
                if (r.status === "failed")
                  failures.push({ kind: r.kind, row: r.row, message: r.message ?? "", detail: r.detail });
              return adapter.writeResults(batch);
            },
          });
          dispatch({ type: "submit/done", summary, failures });
          const entry: RunLogEntry = {
            at: logTime(startedAt),
            who: ports.userName ?? "",
            action: "send",
            scope: messageText(SCOPE_NAMES[s.scope]),
            total: records.length,
            written: summary.written,
            failed: summary.failed,
            skipped: summary.skipped,
            durationSeconds: (now() - startedAt) / 1000,
          };
          const logged = await adapter.appendRunLog(entry, latest.current.locale).then(
            () => true,
            () => false,
          );
          dispatch({
            type: "notice/set",
            notice: logged
              ? { intent: "info", text: S.runLogged }
              : { intent: "warning", text: S.runLogFailed },
          });
          dispatch({ type: "live/done", prepared: await prepareNow() });
        } catch (e) {
          fail(e);
        } finally {
          abort.current = null;
        }
      },
      cancel() {
        abort.current?.abort();
        dispatch({ type: "submit/cancel" });
      },
      dismissNotice() {
        dispatch({ type: "notice/set", notice: null });
      },
    }),
    [adapter, core, store, ports, now, prepareNow, refreshSelection, fail],
  );

  return { state, actions };
}
