/**
 * What the task pane is handed from outside. The pane never reaches for Office.js, fetch or
 * the core's engine by itself: index.tsx (inside Excel) and the playground (in a browser)
 * build these and pass them in, and the component tests pass fakes.
 */
import type { SelfCheck } from "../client/types";
import type { LifecycleTransport, SubmitOptions, SubmitSummary } from "../core/engine/types";
import type { RefusalReason } from "../core/feishu/proxy-codes";
import type { Locale } from "../core/i18n";
import type { LookupTransport } from "../core/people/lookup";
import type { RecordKind } from "../core/kinds";
import type { LiveUpdate } from "../core/live";
import type { CheckProgress } from "../core/prepare";
import type { CoreSettings, Issue, PreparedRecord, TableSnapshot } from "../core/model";
import type { RowVerdict } from "../core/row-state";
import type { HeaderRows } from "../core/sheet-rows";
import type { RowChanges, WorkbookAdapter, WorkbookSnapshot } from "../excel/types";
import type { PaneLifecycle } from "./lifecycle-port";

export type { WorkbookAdapter };

/**
 * How the pane proves who the clerk is to the proxy: an API key the clerk pasted, or the
 * Microsoft Entra ID sign-in (the client then asks the SignInPort for a token per call).
 */
export type Credential = { type: "apiKey"; key: string } | { type: "entra" };

/** Who is signed in, as the pane shows it. */
export interface SignedInUser {
  /** Display name, e.g. 王芳. */
  name: string;
  /** Sign-in name, e.g. wang.fang@contoso.com. */
  username: string;
}

/**
 * Sign-in with Microsoft, behind a port so tests substitute it (the real one is MSAL,
 * src/taskpane/auth/msal-sign-in.ts). Every method may throw an Error whose message says why.
 */
export interface SignInPort {
  /** The account already signed in (to Office, or earlier in this browser), without any window; null when the clerk must sign in. */
  silent(): Promise<SignedInUser | null>;
  /** Signs in with a window: the Office broker's, a popup, or an Office dialog where popups are blocked. */
  interactive(): Promise<SignedInUser>;
  /** A current access token for the proxy's API scope; throws when signed out. */
  accessToken(): Promise<string>;
  /** Forgets the account in this pane (Office itself stays signed in). */
  signOut(): Promise<void>;
}

/** What one check of the workbook yields: the core decides, the pane only shows. */
export interface Prepared {
  issues: Issue[];
  /** Rows that can be sent (no errors), one request each. */
  records: PreparedRecord[];
  /** Every non-blank row's state and stored result, as the core decided (row-state.ts). */
  rows: RowVerdict[];
  /** Non-blank data rows per kind. */
  rowCounts: Partial<Record<RecordKind, number>>;
  /** Each table's header row in the sheet, for row numbers (core sheet-rows.ts). */
  headerRows: HeaderRows;
}

/** What to repaint in the sheet after an edit: issues and verdicts for exactly the rows in `scope`. */
export type Repaint = LiveUpdate;

/** A run as the pane asks for it: the chosen records plus what the sheet already holds. */
export interface PaneSubmitOptions extends SubmitOptions {
  /** The rows' verdicts, so rows already written are skipped and interrupted ones keep their key. */
  stored: readonly RowVerdict[];
  locale: Locale;
}

/** The pure core's entry points the pane calls (bound in core-bridge.ts). */
export interface PaneCore {
  /** A full check of the tables in `snapshot`; remembers them for live updates. */
  prepare(snapshot: WorkbookSnapshot, settings: CoreSettings): Prepared;
  /**
   * prepare() in steps of about a thousand rows, each yielding the progress, so the pane can
   * give the browser its turn between them (state/slices.ts). Remembers the tables only once done.
   */
  prepareSteps(snapshot: WorkbookSnapshot, settings: CoreSettings): Generator<CheckProgress, Prepared>;
  /**
   * Re-checks the changed rows (`snapshot` holds the changed kinds' tables, whole or only the
   * changed rows: `partRows`) and brings the last check up to date. Null when there is
   * no earlier full check with the same settings to build on, or rows read in part cannot be
   * placed in it: then the pane runs a full check.
   */
  update(
    snapshot: WorkbookSnapshot,
    changes: RowChanges,
    settings: CoreSettings,
  ): { prepared: Prepared; repaint: Repaint } | null;
  submit(options: PaneSubmitOptions): Promise<SubmitSummary>;
  /**
   * The key each data row of `table` makes now, with the settings and catalog of the last full
   * check (core row-identity.ts contentKeysOf): how a write finds a row that holds no key yet.
   */
  contentKeys(table: TableSnapshot): (string | undefined)[];
  /**
   * What a look at Feishu found for the rows it looked at (core/records/findings.ts): kept, and
   * added to every later check, until a row's cells change or Feishu is looked at again.
   */
  rememberLook(looked: readonly PreparedRecord[], issues: readonly Issue[]): void;
  /** A check with the remembered findings added (prepare and update add them themselves). */
  withFindings(prepared: Prepared): Prepared;
}

/** Why a connection test failed, as the client reports it. */
export interface ConnectionFailure {
  /** HTTP status when the proxy answered, null when it could not be reached. */
  status: number | null;
  /** The envelope code when there was one (proxy codes 17900xx, Feishu codes). */
  code: number | null;
  message: string;
  /** Why the proxy refused the caller (`data.reason`), when it said. */
  reason?: RefusalReason | null;
  /** Why no answer came: CORS refused this page, the proxy could not be reached, or it was too slow. */
  cause?: "cors" | "unreachable" | "timeout";
}

export type SelfCheckAnswer = { ok: true; check: SelfCheck } | { ok: false; failure: ConnectionFailure };

/** The proxy client for one proxy URL and credential. */
export interface PaneClient {
  transport: LifecycleTransport;
  /** batch_get_id through the proxy, for emails and mobiles in the Employee column. */
  lookup: LookupTransport;
  selfCheck(): Promise<SelfCheckAnswer>;
}

export type ClientFactory = (options: {
  baseUrl: string;
  credential: Credential;
  /** The clerk's name for the proxy's audit (selectors.ts clerkName): self-declared, not a credential. */
  declaredName?: string;
}) => PaneClient;

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
  /** The proxy address IT configured for this deployment (the clerk cannot change it); absent = the clerk types it. */
  managedProxyUrl?: string | null;
  /** Present when IT chose sign-in with Microsoft (Entra ID) for this deployment; absent = API keys. */
  signIn?: SignInPort | null;
  /** What was wrong with the deployment's configuration, shown to the clerk for IT. */
  configProblems?: string[];
  /** Office's display language when known, to pick the first language. */
  displayLanguage?: string | null;
  /**
   * The clerk's name for the Run log's "Who" column, where the host gives one. Excel gives an
   * add-in no user profile (Office.context.userProfile is Outlook only), so inside Excel this is
   * left out: the column takes the signed-in account's name, else "Your name" under Setup, else
   * stays blank (core/run-log.ts runLogWho).
   */
  userName?: string | null;
  /** Revoke, replace, verify and adopt on records already in Feishu; absent = not offered. */
  lifecycle?: PaneLifecycle | null;
  /** Playground / tests: overrides Date.now for ETAs. */
  now?: () => number;
}

export type { Locale };
