/**
 * The ledger as CSV for IT (RFC 4180: commas, CRLF, quotes doubled), safe to open in a
 * spreadsheet: a cell that begins with = + - @, a tab or a carriage return is prefixed with '
 * so it is read as text, never as a formula (CSV injection). A UTF-8 byte order mark lets
 * Excel read the Chinese.
 */
import { formatMessage, type MessageId } from "../../core/catalog";
import { pick, type Locale } from "../../core/i18n";
import { KINDS, type RecordKind } from "../../core/kinds";
import { OUTCOME_NAME } from "./records";
import type { LedgerRecord } from "./query";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? "" : String(v);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

type Column = [MessageId, (r: LedgerRecord, l: Locale) => unknown];

const COLUMNS: Column[] = [
  ["ledger.colKey", (r) => r.idempotent_id],
  ["ledger.colEmployee", (r) => r.employee],
  ["ledger.colKind", (r, l) => (r.kind in KINDS ? pick(KINDS[r.kind as RecordKind].label, l) : r.kind)],
  ["ledger.colType", (r) => r.type],
  ["ledger.colStart", (r) => r.start_time],
  ["ledger.colEnd", (r) => r.end_time],
  ["ledger.colApproval", (r) => r.approval_id],
  ["ledger.colState", (r, l) => formatMessage(l, OUTCOME_NAME[r.outcome])],
  ["ledger.colCode", (r) => r.code],
  ["ledger.colClerk", (r) => r.caller],
  ["ledger.colWritten", (r) => r.written_at ?? r.created_at],
  ["ledger.colRevoked", (r) => r.revoked_at],
];

export function ledgerCsv(records: readonly LedgerRecord[], locale: Locale, withReason: boolean): string {
  const cols: Column[] = withReason ? [...COLUMNS, ["ledger.colReason", (r) => r.reason]] : COLUMNS;
  const lines = [cols.map(([id]) => csvCell(formatMessage(locale, id))).join(",")];
  for (const r of records) lines.push(cols.map(([, get]) => csvCell(get(r, locale))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
