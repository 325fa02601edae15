/**
 * A record of one run, as a row of the Run log sheet: when, who, what was asked for, what came
 * of it and how long it took. The Excel adapter only writes what this file lays out.
 */
import { RUN_LOG_SHEET } from "./catalog/glossary";
import { messageText, type RunKey } from "./catalog";
import { pick, type Locale, type Text } from "./i18n";
import type { RecordKind } from "./kinds";
import { sheetRowsOf, type SheetRow } from "./sheet-rows";

export { RUN_LOG_SHEET };

/** The Excel table that holds the run log (language independent, a valid table name). */
export const RUN_LOG_TABLE = "FeishuRunLog";

/** The kinds of run the log records; each is named by the catalogue (RUN_ACTIONS). */
export type RunAction = "send" | "revoke" | "replace" | "verify";

export interface RunLogEntry {
  /** Local wall-clock time the run started, yyyy-MM-dd HH:mm:ss. */
  at: string;
  /** Who ran it (runLogWho): the signed-in name, the host's, the name typed under Setup, or blank. */
  who: string;
  action: RunAction;
  /** What the clerk chose to send, in words (e.g. "The failed rows"). */
  scope: Text;
  /** Records handed to the run. */
  total: number;
  written: number;
  failed: number;
  skipped: number;
  durationSeconds: number;
}

const RUN_LOG_COLUMN_KEYS = [
  "logWhen",
  "logWho",
  "logAction",
  "logScope",
  "logRows",
  "logWritten",
  "logFailed",
  "logSkipped",
  "logDuration",
] as const satisfies readonly RunKey[];

export const RUN_LOG_COLUMNS: Text[] = RUN_LOG_COLUMN_KEYS.map((k) => messageText(`run.${k}`));

/** The catalogue's word for each kind of run, as the Action column shows it. */
export const RUN_ACTIONS: Record<RunAction, Text> = {
  send: messageText("run.kindSend"),
  revoke: messageText("run.kindRevoke"),
  replace: messageText("run.kindReplace"),
  verify: messageText("run.kindVerify"),
};

/** The names the pane may know for the clerk, best first. */
export interface ClerkNames {
  /** The display name of the Microsoft (Entra ID) account the pane is signed in with. */
  signedIn?: string | null;
  /** A name the Office host gives (Excel gives none). */
  host?: string | null;
  /** The "Your name" setting under Setup. */
  typed?: string | null;
}

/** The Run log's "Who": the first name the pane really knows, else blank (never an invented one). */
export function runLogWho(names: ClerkNames): string {
  for (const n of [names.signedIn, names.host, names.typed]) if (n && n.trim()) return n.trim();
  return "";
}

/** What a run reports when it ends, whatever its kind. */
export interface RunReport {
  startedAtMs: number;
  endedAtMs: number;
  who: string;
  scope: Text;
  total: number;
  written: number;
  failed: number;
  skipped: number;
}

/** The Run log row of one send, revoke or verify run. */
export function runLogEntry(action: RunAction, run: RunReport): RunLogEntry {
  return {
    at: logTime(run.startedAtMs),
    who: run.who,
    action,
    scope: run.scope,
    total: run.total,
    written: run.written,
    failed: run.failed,
    skipped: run.skipped,
    durationSeconds: Math.max(0, run.endedAtMs - run.startedAtMs) / 1000,
  };
}

export function runLogRow(e: RunLogEntry, locale: Locale): (string | number)[] {
  return [
    e.at,
    e.who,
    pick(RUN_ACTIONS[e.action], locale),
    pick(e.scope, locale),
    e.total,
    e.written,
    e.failed,
    e.skipped,
    Math.round(e.durationSeconds * 10) / 10,
  ];
}

/** A timestamp as the log shows it (local time). */
export function logTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** A row the run could not write, with the reason written in its Message column. */
export interface FailedRow {
  kind: RecordKind;
  row: number;
  message: string;
  /** Feishu's or the proxy's own words, for IT. */
  detail?: string;
}

const csvCell = (v: string | number): string => {
  const s = String(v);
  // A leading = + - @ would run as a formula when the file is opened in Excel.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The failure report for IT: one line per failed row (sheet, sheet row, reason, Feishu's words), CSV. */
export function failureReportCsv(
  rows: readonly FailedRow[],
  sheetName: (kind: FailedRow["kind"]) => string,
  header: readonly string[],
  sheetRow: SheetRow = sheetRowsOf({}),
): string {
  const lines = [
    header,
    ...rows.map((r) => [sheetName(r.kind), sheetRow(r.kind, r.row), r.message, r.detail ?? ""]),
  ];
  return lines.map((l) => l.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
