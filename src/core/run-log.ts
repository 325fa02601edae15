/**
 * A record of one run, as a row of the Run log sheet: when, who, what was asked for, what came
 * of it and how long it took. The Excel adapter only writes what this file lays out.
 */
import { RUN_LOG_SHEET } from "./catalog/glossary";
import { pick, text, type Locale, type Text } from "./i18n";
import type { RecordKind } from "./kinds";
import { sheetRowsOf, type SheetRow } from "./sheet-rows";

export { RUN_LOG_SHEET };

/** The Excel table that holds the run log (language independent, a valid table name). */
export const RUN_LOG_TABLE = "FeishuRunLog";

export type RunAction = "send" | "revoke" | "replace" | "verify";

export interface RunLogEntry {
  /** Local wall-clock time the run started, yyyy-MM-dd HH:mm:ss. */
  at: string;
  /** The Office user's name where the host gives it, else the name under Setup, else blank. */
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

export const RUN_LOG_COLUMNS: Text[] = [
  text("时间", "When"),
  text("操作人", "Who"),
  text("操作", "Action"),
  text("范围", "Scope"),
  text("行数", "Rows"),
  text("已写入", "Written"),
  text("失败", "Failed"),
  text("已跳过", "Skipped"),
  text("用时（秒）", "Duration (s)"),
];

const ACTIONS: Record<RunAction, Text> = {
  send: text("提交", "Send"),
  revoke: text("撤销", "Revoke"),
  replace: text("替换", "Replace"),
  verify: text("核对", "Verify"),
};

export function runLogRow(e: RunLogEntry, locale: Locale): (string | number)[] {
  return [
    e.at,
    e.who,
    pick(ACTIONS[e.action], locale),
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
