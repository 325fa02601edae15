/**
 * The submission engine's contract. Pure: transport and
 * clock are injected, so it runs in the task pane, in Node and in jest with fakes.
 */
import type { EmployeeType, ProcessApprovalBody, QueryUserApprovalBody } from "../feishu/schemas";
import type { CallResult, Outcome } from "../outcome";
import type { ApprovalEntry } from "../lifecycle/history";
import type { PersonRefusal } from "../feishu/codes";
import type { Locale } from "../i18n";
import type { PreparedRecord, RowResult } from "../model";
import type { LedgerTransport } from "../records/ledger";

/**
 * The part of AbortSignal the engine uses. The core compiles without DOM or Node types, so it
 * names the shape; a real AbortSignal (browser or Node) fits it.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/** How the engine reaches Feishu (through the proxy). Never throws: failures come back as CallResult. */
export interface SubmitTransport {
  /**
   * One create. `maxSends`: how many times, at most, the record may go upstream in this call
   * (a proxy retries rate-limited sends itself; the answer's `x-proxy-upstream-sends` says how
   * many there were, so the engine's retry budget counts each once).
   */
  create(record: PreparedRecord, signal?: AbortSignalLike, maxSends?: number): Promise<CallResult>;
  query(
    employeeType: EmployeeType,
    body: QueryUserApprovalBody,
    signal?: AbortSignalLike,
  ): Promise<CallResult>;
  /** The proxy's ledger, asked before the query where it can answer (records/ledger.ts); absent: not asked. */
  ledger?: LedgerTransport;
}

/** Sending and revoking: the transport of revoke and replace runs (engine/lifecycle.ts). */
export interface LifecycleTransport extends SubmitTransport {
  /**
   * One approval_infos/process call (docs/feishu-api.md §1.7); `maxSends` as for create: how often,
   * at most, the proxy may send it upstream in this call.
   */
  process(body: ProcessApprovalBody, signal?: AbortSignalLike, maxSends?: number): Promise<CallResult>;
}

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignalLike): Promise<void>;
}

export interface SubmitProgress {
  total: number;
  sent: number;
  ok: number;
  failed: number;
  retrying: number;
  remaining: number;
  /** Estimated milliseconds until done, null until there is a rate to estimate from. */
  etaMs: number | null;
}

export interface SubmitSummary {
  written: number;
  failed: number;
  /** Rows that already held an approval_id for the same key. */
  skipped: number;
  /** Left pending by a cancel, a setup failure or a lost proxy. */
  cancelled: number;
  /** Not sent because Feishu refused the same person on another row of the run. */
  held: number;
  /** Failed rows counted by outcome kind ("unknown" for rows that may be written but are unconfirmed). */
  failedBy: Record<string, number>;
  /** Rows that ended `unknown` (maybe written, not confirmed; not counted as failed): submitting again settles them. */
  unresolved: number;
  /** Sends beyond each record's first (create retries). */
  retries: number;
  elapsedMs: number;
  /** Why the run ended early, if it did. */
  stoppedBy: "cancel" | "results" | "setup" | "proxy" | null;
  /** With stoppedBy "setup": the answer that showed the setup is broken. */
  setup?: Outcome;
}

export interface SubmitOptions {
  records: PreparedRecord[];
  transport: SubmitTransport;
  clock?: Clock;
  /** In-flight requests at most. */
  concurrency?: number;
  maxAttempts?: number;
  /** The most times one record may reach Feishu in all, the proxy's retries included (default 6). */
  maxSends?: number;
  baseDelayMs?: number;
  signal?: AbortSignalLike;
  onProgress?: (p: SubmitProgress) => void;
  /**
   * Results in batches, so the Excel side writes them with few syncs. The first batch marks
   * every record to send as `submitting` with its key and is awaited BEFORE anything is sent,
   * so a crash mid-run leaves rows that recordsToResume can find. If it rejects, nothing is sent.
   */
  onResults?: (batch: RowResult[]) => void | Promise<void>;
  /**
   * The workbook's journal (history sheet): the live entries of a batch's written records,
   * awaited before the batch goes to `onResults` (engine/journal.ts).
   */
  onJournal?: (entries: ApprovalEntry[]) => void | Promise<void>;
  /** approval_ids already in the sheet by idempotent key: records with such a key are skipped. */
  existing?: ReadonlyMap<string, string>;
  /** Longest wait between tries (default 10 s) and longest time spent on one record (default 120 s). */
  maxDelayMs?: number;
  maxRetryMs?: number;
  /** Starts per second at most; default none (the proxy holds the upstream pace). */
  pacePerSecond?: number;
  /** Results per batch (default 50) and the longest a result waits for its batch (default 250 ms). */
  batchSize?: number;
  flushMs?: number;
  /** Language of the Message column; default zh-CN. */
  locale?: Locale;
  /** Feishu refused the record's person (1220004/1220005): remember them (people/book.ts). */
  onPersonRefused?: (record: PreparedRecord, code: PersonRefusal) => void;
  /** Jitter source (tests pass a fixed one); default Math.random. */
  random?: () => number;
  /**
   * The proxy's self-check, asked when calls start failing in a row: false means the proxy cannot
   * be reached, and the run stops at once (engine/proxy-watch.ts).
   */
  proxyProbe?: () => Promise<boolean>;
}
