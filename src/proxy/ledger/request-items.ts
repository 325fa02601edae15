/**
 * What the ledger keeps of one create request: one item per record it carries (kind, key,
 * employee, type, days, reason) and a hash of the whole request, the same for the same content
 * whatever its key order or spacing, so a resend with the same body is recognised.
 */
import { createHash } from "node:crypto";
import type { CreateUserApprovalBody, EmployeeType } from "../../core/feishu/schemas";
import { KINDS, RECORD_KINDS, type RecordKind } from "../../core/kinds";

export interface LedgerItem {
  kind: RecordKind;
  idempotentId: string | null;
  employeeType: EmployeeType;
  employee: string;
  /** Leave and out: the type's uniq_id; overtime: `category/type`; trip: null. */
  type: string | null;
  /** user_approval.date, yyyyMMdd. */
  date: string;
  start: string;
  end: string;
  reason: string | null;
}

type Item = Record<string, unknown>;
const text = (v: unknown): string | null => (typeof v === "string" && v ? v : null);

function typeOf(kind: RecordKind, it: Item): string | null {
  if (kind === "leave" || kind === "out") return text(it.uniq_id);
  if (kind === "overtime") return `${String(it.category)}/${String(it.type)}`;
  return null;
}

export function itemsOfCreate(employeeType: EmployeeType, body: CreateUserApprovalBody): LedgerItem[] {
  const ua = body.user_approval;
  return RECORD_KINDS.flatMap((kind) =>
    ((ua[KINDS[kind].feishuField] ?? []) as Item[]).map((it) => ({
      kind,
      idempotentId: text(it.idempotent_id),
      employeeType,
      employee: ua.user_id,
      type: typeOf(kind, it),
      date: ua.date,
      start: String(it.start_time),
      end: String(it.end_time),
      reason: text(it.reason),
    })),
  );
}

/** JSON with object keys sorted at every level: equal content, equal text. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Item)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v) ?? "null";
}

/** SHA-256 of the request's content (employee_type and body), hex. */
export function requestHash(employeeType: string, body: unknown): string {
  return createHash("sha256")
    .update(canonical({ employee_type: employeeType, body }), "utf8")
    .digest("hex");
}
