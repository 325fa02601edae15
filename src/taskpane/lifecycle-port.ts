/**
 * What the pane is handed to look at, take back and correct what Feishu holds: revoke, replace,
 * verify, adopt and the read-only Feishu records sheet. The pane decides none of it: the core's
 * runners and the Excel adapter do, bound to this port in lifecycle-bridge.ts; the component
 * tests pass a fake. Absent (null) in a deployment: the pane shows none of these actions.
 */
import type { SubmitProgress } from "../core/engine/types";
import type { EmployeeType } from "../core/feishu/schemas";
import type { Locale } from "../core/i18n";
import type { RecordKind } from "../core/kinds";
import type { RevokeConfirmation } from "../core/lifecycle/choose";
import type { VerifyMark } from "../core/records/verify";
import type { PreparedRecord } from "../core/model";
import type { FailedRow } from "../core/run-log";
import type { RowVerdict } from "../core/row-state";
import type { PaneClient } from "./ports";

/** The runs the pane offers on records already in Feishu. */
export type LifecycleRun = "revoke" | "replace" | "verify" | "records";

/** What one revoke or replace run asks for: the chosen rows and how to reach Feishu. */
export interface LifecycleRunOptions {
  /** The rows' verdicts (submitted rows for revoke; edited or half-replaced rows for replace). */
  rows: RowVerdict[];
  /** Every row's verdict, so a run cut short earlier (the approval history says which) is finished first. */
  all: RowVerdict[];
  client: PaneClient;
  signal: AbortSignal;
  locale: Locale;
  /** When the clerk pressed the button (the Revoked time written on each row). */
  now(): number;
  onProgress(progress: SubmitProgress): void;
}

/** How a revoke or replace run ended. */
export interface LifecycleSummary {
  /** Rows revoked (revoke) or replaced (replace), already-revoked records included. */
  done: number;
  failed: number;
  /** Rows that needed nothing (e.g. already revoked and marked so). */
  skipped: number;
  /** Left as they were by a cancel; pressing the button again carries on. */
  cancelled: number;
  /** Outcome not settled (e.g. the query could not confirm): running again settles it. */
  unresolved: number;
  failures: FailedRow[];
  /** The history sheet was missing and was rebuilt from this many rows holding approval IDs. */
  journalRebuilt?: number;
}

export interface VerifyOptions {
  rows: RowVerdict[];
  /** The kind of ID the Employee column holds (Setup). */
  employeeType: EmployeeType;
  client: PaneClient;
  signal: AbortSignal;
  locale: Locale;
  onProgress(progress: SubmitProgress): void;
}

export interface VerifyResult {
  /** Each written row's mark, with what the clerk reads (core records/verify.ts). */
  checks: VerifyMark[];
}

export interface RecordsSheetResult {
  /** Records now listed on the Feishu records sheet. */
  records: number;
  /** Of those, records this workbook did not write. */
  foreign: number;
}

/** A row flagged "probably written before", and the approval ID Feishu already holds for it. */
export interface AdoptChoice {
  kind: RecordKind;
  row: number;
  approvalId: string;
}

/** Each action is offered when present (the pane shows only the ones it was handed). */
export interface PaneLifecycle {
  revoke?: {
    /** How many records a revoke of these rows takes back, whose and which days. */
    confirmation(rows: RowVerdict[]): Promise<RevokeConfirmation>;
    run(options: LifecycleRunOptions): Promise<LifecycleSummary>;
  };
  /** Revoke the old record, then send the new one; resumes rows left between the two steps. */
  replace?(options: LifecycleRunOptions): Promise<LifecycleSummary>;
  /** Re-reads the rows' records; answers each row's mark. */
  verify?(options: VerifyOptions): Promise<VerifyResult>;
  /** Lists what Feishu holds for the workbook's people and dates on the read-only sheet. */
  fillRecordsSheet?(options: VerifyOptions): Promise<RecordsSheetResult>;
  /** Writes the held approval ID onto each row (as the record its cells make now) instead of sending it. */
  adopt?(rows: { record: PreparedRecord; approvalId: string }[]): Promise<void>;
}

/** The runs a port offers. */
export function offeredRuns(l: PaneLifecycle | null): LifecycleRun[] {
  if (!l) return [];
  const runs: [LifecycleRun, boolean][] = [
    ["revoke", !!l.revoke],
    ["replace", !!l.replace],
    ["verify", !!l.verify],
    ["records", !!l.fillRecordsSheet],
  ];
  return runs.filter(([, on]) => on).map(([run]) => run);
}
