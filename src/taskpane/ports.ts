/**
 * What the task pane is handed from outside. The pane never reaches for Office.js, fetch or
 * the core's engine by itself: index.tsx (inside Excel) and the playground (in a browser)
 * build these and pass them in, and the component tests pass fakes.
 */
import type { SelfCheck } from "../client/types";
import type { SubmitOptions, SubmitSummary, SubmitTransport } from "../core/engine/types";
import type { Locale } from "../core/i18n";
import type { RecordKind } from "../core/kinds";
import type { CoreSettings, Issue, PreparedRecord, RowStatus } from "../core/model";
import type { RowChanges, WorkbookAdapter, WorkbookSnapshot } from "../excel/types";

export type { WorkbookAdapter };

/** How the pane proves who the clerk is to the proxy. Entra ID sign-in can be added as a second variant. */
export type Credential = { type: "apiKey"; key: string };

/**
 * A row's result columns as the workbook holds them, so the pane can count pending and failed
 * rows and the engine can resume interrupted ones with their stored key.
 */
export interface RowState {
  kind: RecordKind;
  row: number;
  status: RowStatus;
  key?: string;
  approvalId?: string;
  fingerprint?: string;
}

/** What one check of the workbook yields: the core decides, the pane only shows. */
export interface Prepared {
  issues: Issue[];
  /** Rows that can be sent (no errors), one request each. */
  records: PreparedRecord[];
  /** The state of each record's row: its result columns, with the core's submitted/edited verdict as status. */
  rows: RowState[];
  /** Non-blank data rows per kind. */
  rowCounts: Partial<Record<RecordKind, number>>;
}

/** What to repaint in the sheet after an edit: issues for exactly the rows in `scope`. */
export interface Repaint {
  issues: Issue[];
  scope: { kind: RecordKind; rows?: number[] }[];
}

/** A run as the pane asks for it: the chosen records plus what the sheet already holds. */
export interface PaneSubmitOptions extends SubmitOptions {
  /** Result columns of the rows, so rows already written are skipped and interrupted ones keep their key. */
  stored: readonly RowState[];
  locale: Locale;
}

/** The pure core's entry points the pane calls (bound in core-bridge.ts). */
export interface PaneCore {
  /** A full check of the tables in `snapshot`; remembers them for live updates. */
  prepare(snapshot: WorkbookSnapshot, settings: CoreSettings): Prepared;
  /**
   * Re-checks the changed rows (`snapshot` holds the changed kinds' tables). Null when there is
   * no earlier full check with the same settings to build on: then the pane runs a full check.
   */
  update(
    snapshot: WorkbookSnapshot,
    changes: RowChanges,
    settings: CoreSettings,
  ): { prepared: Prepared; repaint: Repaint } | null;
  submit(options: PaneSubmitOptions): Promise<SubmitSummary>;
}

/** Why a connection test failed, as the client reports it. */
export interface ConnectionFailure {
  /** HTTP status when the proxy answered, null when it could not be reached. */
  status: number | null;
  /** The envelope code when there was one (proxy codes 17900xx, Feishu codes). */
  code: number | null;
  message: string;
}

export type SelfCheckAnswer = { ok: true; check: SelfCheck } | { ok: false; failure: ConnectionFailure };

/** The proxy client for one proxy URL and credential. */
export interface PaneClient {
  transport: SubmitTransport;
  selfCheck(): Promise<SelfCheckAnswer>;
}

export type ClientFactory = (options: { baseUrl: string; credential: Credential }) => PaneClient;

/** Where per-user settings live on this device (localStorage in the browser). */
export interface SettingsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Everything the pane needs, in one object so tests can swap any part. */
export interface PanePorts {
  adapter: WorkbookAdapter;
  core: PaneCore;
  createClient: ClientFactory;
  store: SettingsStore;
  /** The page's own origin: the default proxy URL when the proxy also serves the add-in. */
  defaultProxyUrl: string;
  /** Office's display language when known, to pick the first language. */
  displayLanguage?: string | null;
  /**
   * The clerk's name for the Run log's "Who" column, where the host gives one. Excel gives an
   * add-in no user profile (Office.context.userProfile is Outlook only), so inside Excel this is
   * left out and the column stays blank until sign-in provides a name.
   */
  userName?: string | null;
  /** Playground / tests: overrides Date.now for ETAs. */
  now?: () => number;
}

export type { Locale };
