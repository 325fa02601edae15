/**
 * The pane's one reducer. `phase` says what long work the pane is doing (one at a time);
 * everything else is what the clerk sees. Side effects live in usePane.ts, never here.
 */
import type { SubmitProgress, SubmitSummary } from "../../core/engine/types";
import type { CheckProgress } from "../../core/prepare";
import type { Locale } from "../../core/i18n";
import type { Words } from "../i18n";
import type { PreviewLine } from "../../core/preview";
import type { FailedRow } from "../../core/run-log";
import type { RowChanges, TemplateReport } from "../../excel/types";
import type { Prepared, SelfCheckAnswer, SignedInUser } from "../ports";
import type { PaneSettings } from "../settings";
import type { LifecycleRun } from "../lifecycle-port";
import {
  initialLifecycle,
  isLifecycleAction,
  lifecycleReducer,
  type LifecycleAction,
  type LifecycleState,
  type RanPhase,
  type RunningPhase,
} from "./lifecycle-state";

export type Scope = "pending" | "selected" | "failed";
export type Tab = "setup" | "check" | "submit";

export type Phase =
  | { name: "idle" }
  | { name: "templating" }
  | { name: "checking"; progress: CheckProgress | null; stopping: boolean }
  | { name: "submitting"; scope: Scope; progress: SubmitProgress; cancelling: boolean; startedAt: number }
  | {
      name: "done";
      scope: Scope;
      summary: SubmitSummary;
      failures: FailedRow[];
      /** Rows the look at Feishu kept from the send (a record already on those days). */
      keptBack: FailedRow[];
    }
  | RunningPhase
  | RanPhase;

export type Connection =
  { state: "untested" } | { state: "testing" } | { state: "answered"; answer: SelfCheckAnswer };

/** Sign-in with Microsoft: "off" in API-key deployments. */
export type SignIn =
  | { state: "off" }
  | { state: "checking" }
  | { state: "signed-out" }
  | { state: "signing-in" }
  | { state: "signed-in"; user: SignedInUser }
  | { state: "failed"; detail: string };

/** What the chosen rows would send, shown and never sent. */
export interface Preview {
  /** One line per record that would be sent, in sheet order. */
  lines: PreviewLine[];
  /** Chosen rows that hold errors and would not be sent. */
  notReady: number;
  /** For IT: each request line and its exact JSON body, in the order of `lines`. */
  requests: { path: string; json: string }[];
}

export interface Notice {
  intent: "error" | "warning" | "success" | "info";
  text: Words;
  /** Detail from the system, shown as is (not translated). */
  detail?: string;
}

/** What IT's configuration decided for this deployment (fixed while the pane is open). */
export interface Deployment {
  /** The proxy address is IT's: the clerk cannot change it. */
  proxyUrlManaged: boolean;
  /** What was wrong with the configuration, for IT. */
  configProblems: string[];
  /** The actions on records in Feishu the pane was handed (none when absent). */
  lifecycle?: LifecycleRun[];
  /** Rows Feishu probably holds already can take its approval ID. */
  adopt?: boolean;
}

export interface PaneState {
  locale: Locale;
  deployment: Deployment;
  tab: Tab;
  phase: Phase;
  settings: PaneSettings;
  template: TemplateReport | null;
  connection: Connection;
  signIn: SignIn;
  /** The last check of the workbook; null before the first one. */
  prepared: Prepared | null;
  /** True while an edit is being re-validated in the background. */
  liveChecking: boolean;
  selection: RowChanges;
  scope: Scope;
  preview: Preview | null;
  notice: Notice | null;
  /** Records already in Feishu: revoke confirmation, rows to adopt (lifecycle-state.ts). */
  lifecycle: LifecycleState;
}

export type Action =
  | LifecycleAction
  | { type: "locale/set"; locale: Locale }
  | { type: "tab/set"; tab: Tab }
  | { type: "settings/save"; settings: PaneSettings }
  | { type: "template/start" }
  | { type: "template/done"; report: TemplateReport }
  | { type: "connection/start" }
  | { type: "connection/done"; answer: SelfCheckAnswer }
  | { type: "signin/set"; signIn: SignIn }
  | { type: "check/start" }
  | { type: "check/done"; prepared: Prepared }
  | { type: "check/progress"; progress: CheckProgress }
  | { type: "check/stop" }
  | { type: "check/stopped" }
  | { type: "live/start" }
  | { type: "live/done"; prepared: Prepared | null }
  | { type: "selection/set"; selection: RowChanges }
  | { type: "scope/set"; scope: Scope }
  | { type: "preview/set"; preview: Preview | null }
  | { type: "submit/start"; scope: Scope; total: number; at: number }
  | { type: "submit/progress"; progress: SubmitProgress }
  | { type: "submit/cancel" }
  | { type: "submit/done"; summary: SubmitSummary; failures: FailedRow[]; keptBack?: FailedRow[] }
  | { type: "work/failed"; notice: Notice }
  | { type: "notice/set"; notice: Notice | null };

export function initialState(
  settings: PaneSettings,
  officeLocale: Locale,
  deployment: Deployment = { proxyUrlManaged: false, configProblems: [] },
): PaneState {
  return {
    deployment,
    signIn: settings.credential.type === "entra" ? { state: "checking" } : { state: "off" },
    locale: settings.locale ?? officeLocale,
    tab: "setup",
    phase: { name: "idle" },
    settings,
    template: null,
    connection: { state: "untested" },
    prepared: null,
    liveChecking: false,
    selection: [],
    scope: "pending",
    preview: null,
    notice: null,
    lifecycle: initialLifecycle(),
  };
}

const emptyProgress = (total: number): SubmitProgress => ({
  total,
  sent: 0,
  ok: 0,
  failed: 0,
  retrying: 0,
  remaining: total,
  etaMs: null,
});

export const isBusy = (phase: Phase): boolean =>
  phase.name === "templating" ||
  phase.name === "checking" ||
  phase.name === "submitting" ||
  phase.name === "running";

export function paneReducer(state: PaneState, action: Action): PaneState {
  if (isLifecycleAction(action)) return lifecycleReducer(state, action);
  switch (action.type) {
    case "locale/set":
      return { ...state, locale: action.locale, settings: { ...state.settings, locale: action.locale } };
    case "tab/set":
      return { ...state, tab: action.tab };
    case "settings/save": {
      const changed =
        action.settings.proxyUrl !== state.settings.proxyUrl ||
        JSON.stringify(action.settings.credential) !== JSON.stringify(state.settings.credential);
      return {
        ...state,
        settings: action.settings,
        connection: changed ? { state: "untested" } : state.connection,
      };
    }
    case "template/start":
      return isBusy(state.phase) ? state : { ...state, phase: { name: "templating" }, notice: null };
    case "template/done":
      return { ...state, phase: { name: "idle" }, template: action.report };
    case "connection/start":
      return { ...state, connection: { state: "testing" } };
    case "connection/done":
      return { ...state, connection: { state: "answered", answer: action.answer } };
    case "signin/set":
      // Another account (or none) makes the last connection test meaningless.
      return action.signIn.state === "signed-in" || action.signIn.state === "signing-in"
        ? { ...state, signIn: action.signIn }
        : { ...state, signIn: action.signIn, connection: { state: "untested" } };
    case "check/start":
      return isBusy(state.phase)
        ? state
        : { ...state, phase: { name: "checking", progress: null, stopping: false }, notice: null };
    case "check/progress":
      return state.phase.name === "checking"
        ? { ...state, phase: { ...state.phase, progress: action.progress } }
        : state;
    case "check/stop":
      return state.phase.name === "checking"
        ? { ...state, phase: { ...state.phase, stopping: true } }
        : state;
    case "check/stopped":
      return {
        ...state,
        phase: state.phase.name === "checking" ? { name: "idle" } : state.phase,
        liveChecking: false,
      };
    case "check/done":
      return {
        ...state,
        phase: state.phase.name === "checking" ? { name: "idle" } : state.phase,
        prepared: action.prepared,
        liveChecking: false,
      };
    case "live/start":
      return { ...state, liveChecking: true };
    case "live/done":
      return { ...state, liveChecking: false, prepared: action.prepared ?? state.prepared };
    case "selection/set":
      return { ...state, selection: action.selection };
    case "scope/set":
      return { ...state, scope: action.scope };
    case "preview/set":
      return { ...state, preview: action.preview };
    case "submit/start":
      if (isBusy(state.phase)) return state;
      return {
        ...state,
        phase: {
          name: "submitting",
          scope: action.scope,
          progress: emptyProgress(action.total),
          cancelling: false,
          startedAt: action.at,
        },
        preview: null,
        notice: null,
      };
    case "submit/progress":
      return state.phase.name === "submitting"
        ? { ...state, phase: { ...state.phase, progress: action.progress } }
        : state;
    case "submit/cancel":
      return state.phase.name === "submitting"
        ? { ...state, phase: { ...state.phase, cancelling: true } }
        : state;
    case "submit/done":
      return state.phase.name === "submitting"
        ? {
            ...state,
            phase: {
              name: "done",
              scope: state.phase.scope,
              summary: action.summary,
              failures: action.failures,
              keptBack: action.keptBack ?? [],
            },
          }
        : state;
    case "work/failed":
      return { ...state, phase: { name: "idle" }, liveChecking: false, notice: action.notice };
    case "notice/set":
      return { ...state, notice: action.notice };
  }
}
