/**
 * The pane's side effects in one place: it receives the ports (Excel adapter, core, proxy
 * client factory, settings store) and turns clerk intents into reducer actions.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Locale } from "../../core/i18n";
import type { RecordKind } from "../../core/kinds";
import { DEFAULT_SETTINGS, type CoreSettings } from "../../core/model";
import { type RowChanges, type WorkbookSnapshot, isSeveralAreasSelected } from "../../excel/types";
import type { PaneClient, PanePorts, SelfCheckAnswer } from "../ports";
import { applyDeployment, loadSettings, saveSettings, YOUR_NAME_MAX, type PaneSettings } from "../settings";
import { S } from "../strings";
import { PeopleSession } from "./people-session";
import { runSubmit } from "./runSubmit";
import { clientOf, missingCredential } from "./credential";
import { initialState, isBusy, paneReducer, type Scope, type Tab } from "./reducer";
import { clerkName } from "./selectors";
import { useCheck } from "./useCheck";
import { previewSelected } from "./preview-selected";
import { offeredRuns } from "../lifecycle-port";
import { useLifecycle, type LifecycleActions } from "./useLifecycle";
import { useLiveValidation } from "./useLiveValidation";
import { useSignIn, type SignInActions } from "./useSignIn";

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export interface PaneActions extends SignInActions, LifecycleActions {
  setLocale(locale: Locale): void;
  setTab(tab: Tab): void;
  setScope(scope: Scope): void;
  createTemplate(): Promise<void>;
  saveAndTest(settings: PaneSettings): Promise<void>;
  checkAll(): Promise<void>;
  /** Stops a running "check everything"; nothing is marked in the sheet. */
  stopCheck(): void;
  /** Check everything, looking every email and mobile up again. */
  refreshPeople(): Promise<void>;
  setPeopleMaxAge(days: number): void;
  /** The "Your name" setting, for the Run log when the pane is not signed in. */
  setYourName(name: string): void;
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
    initialState(
      applyDeployment(loadSettings(store, ports.defaultProxyUrl), {
        managedProxyUrl: ports.managedProxyUrl,
        entra: !!ports.signIn,
      }),
      officeLocale,
      {
        proxyUrlManaged: !!ports.managedProxyUrl,
        configProblems: ports.configProblems ?? [],
        lifecycle: offeredRuns(ports.lifecycle ?? null),
        adopt: !!ports.lifecycle?.adopt,
      },
    ),
  );
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);
  const abort = useRef<AbortController | null>(null);
  const now = ports.now ?? Date.now;
  const hostName = ports.userName ?? null;
  const people = useMemo(() => new PeopleSession(adapter, ports.now ?? Date.now), [adapter, ports.now]);

  const coreSettings = useCallback(
    (snapshot: WorkbookSnapshot): CoreSettings => ({
      ...DEFAULT_SETTINGS,
      employeeType: latest.current.settings.employeeType,
      dateSystem: snapshot.dateSystem,
      people: people.book,
      lookupReady: missingCredential(latest.current) === null,
    }),
    [people],
  );
  const clientFor = useCallback((): PaneClient | null => clientOf(ports, latest.current), [ports]);
  const fail = useCallback(
    (e: unknown) =>
      dispatch({ type: "work/failed", notice: { intent: "error", text: S.failedWork, detail: message(e) } }),
    [],
  );

  const { prepareNow, lookUpAndPrepare, check, stopCheck } = useCheck({
    adapter,
    core,
    people,
    latest,
    dispatch,
    coreSettings,
    clientFor,
    fail,
  });

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

  const testConnection = useCallback(
    async (settings: PaneSettings) => {
      dispatch({ type: "connection/start" });
      let answer: SelfCheckAnswer;
      try {
        answer = await ports
          .createClient({ baseUrl: settings.proxyUrl, credential: settings.credential })
          .selfCheck();
      } catch (e) {
        answer = { ok: false, failure: { status: null, code: null, message: message(e) } };
      }
      dispatch({ type: "connection/done", answer });
    },
    [ports],
  );
  const testNow = useCallback(() => void testConnection(latest.current.settings), [testConnection]);
  const signInActions = useSignIn(ports.signIn, store, dispatch, testNow);

  const refreshSelection = useCallback(async (): Promise<RowChanges> => {
    const selection = await adapter.selectedRows().catch((e: unknown): RowChanges => {
      // Never an unexplained empty selection: say why nothing is selected.
      const notice = isSeveralAreasSelected(e)
        ? { intent: "warning" as const, text: S.selectionSeveralAreas }
        : { intent: "warning" as const, text: S.selectionUnreadable, detail: message(e) };
      dispatch({ type: "notice/set", notice });
      return [];
    });
    dispatch({ type: "selection/set", selection });
    return selection;
  }, [adapter]);

  const whoIs = useCallback(() => clerkName(latest.current, hostName), [hostName]);
  const lifecycleActions = useLifecycle({
    lifecycle: ports.lifecycle ?? null,
    ...{
      adapter,
      latest,
      dispatch,
      abortRef: abort,
      now,
      whoIs,
      clientFor,
      refreshSelection,
      prepareNow,
      fail,
    },
  });

  const actions = useMemo<PaneActions>(
    () => ({
      ...signInActions,
      ...lifecycleActions,
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
        await testConnection(clean);
      },
      checkAll: () => check(false),
      stopCheck,
      refreshPeople: () => check(true),
      setPeopleMaxAge(days) {
        const settings = { ...latest.current.settings, peopleMaxAgeDays: days };
        dispatch({ type: "settings/save", settings });
        saveSettings(store, settings);
      },
      setYourName(name) {
        const settings = { ...latest.current.settings, yourName: name.slice(0, YOUR_NAME_MAX) };
        dispatch({ type: "settings/save", settings });
        saveSettings(store, settings);
      },
      async goTo(kind, row, column) {
        await adapter.select(kind, row, column).catch(fail);
      },
      refreshSelection,
      previewSelected: () => previewSelected({ dispatch, refreshSelection, prepareNow, fail }),
      async submit() {
        const s = latest.current;
        if (isBusy(s.phase)) return;
        const needs = missingCredential(s);
        if (needs) {
          dispatch({ type: "notice/set", notice: { intent: "warning", text: S[needs] } });
          return;
        }
        const controller = new AbortController();
        abort.current = controller;
        const startedAt = now();
        dispatch({ type: "submit/start", scope: s.scope, total: 0, at: startedAt });
        try {
          await runSubmit({
            state: s,
            locale: latest.current.locale,
            dispatch,
            adapter,
            core,
            people,
            client: clientFor() as PaneClient,
            signal: controller.signal,
            now,
            startedAt,
            userName: clerkName(latest.current, hostName),
            refreshSelection,
            lookUpAndPrepare,
            prepareNow,
          });
        } catch (e) {
          fail(e);
        } finally {
          abort.current = null;
        }
      },
      cancel() {
        abort.current?.abort();
        dispatch({ type: "submit/cancel" });
        dispatch({ type: "lifecycle/cancel" });
      },
      dismissNotice() {
        dispatch({ type: "notice/set", notice: null });
      },
    }),
    [
      adapter,
      core,
      store,
      now,
      hostName,
      stopCheck,
      prepareNow,
      refreshSelection,
      fail,
      check,
      clientFor,
      lookUpAndPrepare,
      people,
      signInActions,
      lifecycleActions,
      testConnection,
    ],
  );

  return { state, actions };
}
