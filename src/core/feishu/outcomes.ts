/**
 * The one pure mapping from an HTTP answer or transport failure to an Outcome (docs/architecture.md §8).
 * Decided by the body `code` (Feishu's or the proxy's), never by HTTP status alone; the
 * status only decides when there is no code. Facts: docs/feishu-api.md §1.9, §4.2, §4.3.
 * What each code means is the one table, codes.ts; message patterns and transport rules are in outcome-rules*.ts.
 */
import { formatMessage } from "../catalog";
import { pick, type Locale } from "../i18n";
import type { CallResult, HttpAnswer, Outcome } from "../outcome";
import { codeMeaning } from "./codes";
import { GENERIC_ERROR, MESSAGE_RULES, OK, UNKNOWN_CODE, ruleOfCode, type Rule } from "./outcome-rules";
import { TRANSPORT, byStatus } from "./outcome-rules-other";
import { PROXY_HEADERS } from "./proxy-codes";

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function parseBody(body: unknown): unknown {
  if (typeof body !== "string") return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

/** Seconds in x-ogw-ratelimit-reset (docs/feishu-api.md §4.3) or Retry-After, as milliseconds. */
function retryAfter(headers: HttpAnswer["headers"]): number | null {
  for (const name of ["x-ogw-ratelimit-reset", "retry-after"]) {
    const v = Number(headers[name]);
    if (headers[name] !== undefined && Number.isFinite(v) && v >= 0) return Math.round(v * 1000);
  }
  return null;
}

const ERROR_RECORD_KEYS = [
  "LeaveErrorRecords",
  "OutErrorRecords",
  "OvertimeWorkErrorRecords",
  "TripErrorRecords",
];

function errorRecordsIn(v: unknown, depth = 0): string | null {
  if (typeof v === "string") {
    const start = v.indexOf("{");
    const end = v.lastIndexOf("}");
    const parsed = start >= 0 && end > start ? parseBody(v.slice(start, end + 1)) : null;
    return isRecord(parsed) ? errorRecordsIn(parsed, depth) : null;
  }
  if (!isRecord(v)) return null;
  if (ERROR_RECORD_KEYS.some((k) => k in v)) {
    const parts = ERROR_RECORD_KEYS.filter((k) => v[k] !== undefined && v[k] !== "" && v[k] !== null).map(
      (k) => `${k}: ${typeof v[k] === "string" ? v[k] : JSON.stringify(v[k])}`,
    );
    return parts.length ? parts.join("; ") : null;
  }
  if (depth > 1) return null;
  for (const inner of Object.values(v)) {
    const found = errorRecordsIn(inner, depth + 1);
    if (found) return found;
  }
  return null;
}

/** 1225001's per-kind error records, wherever they sit: msg, error.message or data (docs/feishu-api.md §10.5). */
export function findErrorRecords(body: Record<string, unknown>): string | null {
  const err = isRecord(body.error) ? body.error : {};
  for (const place of [body.msg, err.message, body.data, err]) {
    const found = errorRecordsIn(place);
    if (found) return found;
  }
  return null;
}

/** approval_ids of a create success `data` (docs/feishu-api.md §1.8), leaves, outs, overtime_works then trips. */
export function approvalIdsFrom(data: unknown): string[] {
  const approval = isRecord(data) ? data.user_approval : undefined;
  if (!isRecord(approval)) return [];
  const ids: string[] = [];
  for (const field of ["leaves", "outs", "overtime_works", "trips"]) {
    const items = approval[field];
    if (!Array.isArray(items)) continue;
    for (const item of items)
      if (isRecord(item) && typeof item.approval_id === "string" && item.approval_id)
        ids.push(item.approval_id);
  }
  return ids;
}

function detailOf(body: Record<string, unknown>): string | null {
  const msg = typeof body.msg === "string" ? body.msg : "";
  const err = isRecord(body.error) && typeof body.error.message === "string" ? body.error.message : "";
  const joined = [msg, err && err !== msg ? err : ""].filter(Boolean).join(" | ");
  return joined || null;
}

function ruleFor(code: number, detail: string): Rule {
  const known = ruleOfCode(code);
  if (known && codeMeaning(code)?.from === "proxy") return known;
  for (const [pattern, rule] of MESSAGE_RULES) {
    const distinctive = rule.kind === "duplicate" || rule.kind === "period_closed";
    if ((distinctive || !known || code === 1220600) && pattern.test(detail)) return rule;
  }
  return known ?? (code === 1220600 ? GENERIC_ERROR : UNKNOWN_CODE(code));
}

function fromAnswer(answer: HttpAnswer): Outcome {
  const body = parseBody(answer.body);
  const base = {
    httpStatus: answer.status,
    retryAfterMs: retryAfter(answer.headers),
    approvalIds: [] as string[],
  };
  if (!isRecord(body) || typeof body.code !== "number") {
    const rule = byStatus(answer.status, answer.headers[PROXY_HEADERS.sends] !== undefined);
    const raw = typeof body === "string" ? body.slice(0, 200) : null;
    return {
      ...base,
      kind: rule.kind,
      code: null,
      uncertain: rule.uncertain ?? false,
      message: rule.message,
      hint: rule.hint,
      // The status is for IT (the failure report), never in the clerk's sentence.
      detail: raw ? `HTTP ${answer.status}: ${raw}` : `HTTP ${answer.status}`,
    };
  }
  const code = body.code;
  if (code === 0)
    return {
      ...base,
      ...OK,
      code,
      uncertain: false,
      retryAfterMs: null,
      detail: null,
      approvalIds: approvalIdsFrom(body.data),
    };
  const detail = detailOf(body);
  const rule = ruleFor(code, detail ?? "");
  const records = rule.kind === "invalid" || code === 1225001 ? findErrorRecords(body) : null;
  const uncertain = rule.uncertain ?? answer.status >= 500;
  return {
    ...base,
    kind: rule.kind,
    code,
    uncertain,
    message: rule.message,
    hint: rule.hint,
    detail: records ?? detail,
  };
}

/** The one mapping: every answer or failure to an Outcome with a zh/en message and hint. */
export function mapCallResult(result: CallResult): Outcome {
  if ("answer" in result) return fromAnswer(result.answer);
  const { type, sent, message } = result.failure;
  const rule = TRANSPORT[type];
  return {
    kind: rule.kind,
    code: null,
    httpStatus: null,
    uncertain: sent && type !== "refused",
    retryAfterMs: null,
    message: rule.message,
    hint: rule.hint,
    detail: message ?? null,
    approvalIds: [],
  };
}

/**
 * "message（detail）hint" in one language. The Message column leaves the upstream detail out
 * (`withDetail` false): it is Feishu's own words, in English, and goes to IT in the failure report.
 */
export function describeOutcome(o: Outcome, locale: Locale, withDetail = true): string {
  const message = pick(o.message, locale);
  const text =
    o.detail && withDetail
      ? formatMessage(locale, "outcome.withDetail", { text: message, detail: o.detail })
      : message;
  const hint = pick(o.hint, locale);
  return hint ? formatMessage(locale, "outcome.withHint", { text, hint }) : text;
}
