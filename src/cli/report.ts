/**
 * What a run says about each row, for people (one line per row that needs a look, then a
 * summary) and for scripts (--json: one document; `request` is exactly the body that is or
 * would be posted to user_approvals). The states, issues and bodies are the core's.
 */
import { formatMessage } from "../core/catalog";
import type { CreateUserApprovalBody } from "../core/feishu/schemas";
import type { Locale } from "../core/i18n";
import type { Issue, PreparedRecord } from "../core/model";
import type { PreparedWorkbook } from "../core/prepare";
import type { RowState } from "../core/row-state";
import { sheetRowOf } from "../core/sheet-rows";
import { statusLabel } from "../core/status";
import { matchHeaders } from "../core/template/headers";
import { issueText } from "../core/validate/issue-text";
import type { SubmitSummary } from "../core/engine";
import type { FileTable } from "./files/source";

export interface RowReport {
  sheet: string;
  row: number;
  kind: string;
  employee: string;
  state: RowState;
  approval_id: string | null;
  errors: { field: string | null; code: string; severity: Issue["severity"]; message: string }[];
  request: CreateUserApprovalBody | null;
}

export interface RunReport {
  file: string;
  rows: RowReport[];
  summary: Record<string, number | boolean | string | null>;
}

/** States after which a row needs nobody's attention; any other makes the exit code 1. */
const FINE: ReadonlySet<RowState> = new Set<RowState>(["blank", "ready", "submitted", "revoked"]);

const RUN_PROBLEMS: ReadonlySet<RowState> = new Set<RowState>([
  "failed",
  "unknown",
  "submitting",
  "replacing",
]);

const issueJson = (i: Issue, locale: Locale) => ({
  field: i.column,
  code: i.code,
  severity: i.severity,
  message: issueText(i, locale),
});

/** One entry per non-blank row; `sent` are the bodies posted (or to be posted), by kind and row. */
export function rowReports(
  tables: readonly FileTable[],
  prepared: Pick<PreparedWorkbook, "rows" | "issues">,
  sent: ReadonlyMap<string, PreparedRecord>,
  locale: Locale,
): RowReport[] {
  const at = (kind: string, row: number) => `${kind}:${row}`;
  const issues = new Map<string, Issue[]>();
  for (const i of prepared.issues)
    issues.set(at(i.kind, i.row), [...(issues.get(at(i.kind, i.row)) ?? []), i]);
  const out: RowReport[] = [];
  for (const t of tables) {
    const index = matchHeaders(t.kind, t.snapshot.headers).index;
    const employeeAt = index.get("employee");
    const messageAt = index.get("message");
    for (const v of prepared.rows) {
      if (v.kind !== t.kind) continue;
      const cell = employeeAt === undefined ? "" : t.snapshot.rows[v.row]?.[employeeAt];
      out.push({
        sheet: t.sheet,
        row: sheetRowOf(t.snapshot, v.row),
        kind: v.kind,
        employee: cell == null ? "" : String(cell).trim(),
        state: v.state,
        approval_id: v.stored.approvalId ?? null,
        errors: [
          ...(issues.get(at(v.kind, v.row)) ?? []).map((i) => issueJson(i, locale)),
          ...runError(v.state, messageAt === undefined ? "" : t.snapshot.rows[v.row]?.[messageAt]),
        ],
        request: (sent.get(at(v.kind, v.row)) ?? v.record)?.body ?? null,
      });
    }
  }
  return out;
}

/** A failed or unconfirmed row's reason, as the run wrote it in the row's Message cell. */
function runError(state: RowState, message: unknown): RowReport["errors"] {
  if (!RUN_PROBLEMS.has(state) || typeof message !== "string" || !message.trim()) return [];
  return [{ field: null, code: `row_${state}`, severity: "error", message: message.trim() }];
}

/** Table-level problems (a missing column…), as rows of their own at the header. */
export function tableReports(
  tables: readonly FileTable[],
  issues: readonly Issue[],
  locale: Locale,
): RowReport[] {
  return tables.flatMap((t) => {
    const own = issues.filter((i) => i.kind === t.kind && i.row < 0);
    if (!own.some((i) => i.severity === "error")) return [];
    return [
      {
        sheet: t.sheet,
        row: t.snapshot.headerRow ?? 1,
        kind: t.kind,
        employee: "",
        state: "invalid" as const,
        approval_id: null,
        errors: own.map((i) => issueJson(i, locale)),
        request: null,
      },
    ];
  });
}

export const needsAttention = (rows: readonly RowReport[]): boolean => rows.some((r) => !FINE.has(r.state));

export function countStates(rows: readonly RowReport[]): Record<string, number> {
  const counts: Record<string, number> = { rows: rows.length };
  for (const r of rows) counts[r.state] = (counts[r.state] ?? 0) + 1;
  return counts;
}

export function runSummary(rows: readonly RowReport[], summary: SubmitSummary | null, dryRun: boolean) {
  return {
    ...countStates(rows),
    written: summary?.written ?? 0,
    skipped: summary?.skipped ?? 0,
    cancelled: summary?.cancelled ?? 0,
    held: summary?.held ?? 0,
    retries: summary?.retries ?? 0,
    stopped_by: summary?.stoppedBy ?? null,
    dry_run: dryRun,
  };
}

/** The lines a person reads: rows that need a look (with their issues), and with `requests` every body. */
export function reportLines(report: RunReport, locale: Locale, requests: boolean): string[] {
  const lines: string[] = [];
  for (const r of report.rows) {
    const quiet = FINE.has(r.state) && r.errors.length === 0;
    if (quiet && !requests) continue;
    const state = statusLabel(r.state, locale) || r.state;
    lines.push(formatMessage(locale, "cli.rowLine", { sheet: r.sheet, row: r.row, state }));
    for (const e of r.errors) lines.push(`  ${e.severity === "error" ? "✗" : "!"} ${e.message}`);
    if (requests && r.request)
      lines.push(`  ${formatMessage(locale, "cli.wouldSend", { body: JSON.stringify(r.request) })}`);
  }
  const s = report.summary;
  const n = (k: string) => Number(s[k] ?? 0);
  lines.push(
    formatMessage(locale, "cli.summary", {
      rows: n("rows"),
      written: n("written"),
      submitted: n("submitted"),
      ready: n("ready"),
      invalid: n("invalid") + n("edited"),
      failed: n("failed") + n("unknown"),
      pending: n("submitting"),
    }),
  );
  return lines;
}
