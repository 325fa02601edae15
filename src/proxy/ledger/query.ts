/**
 * Asking the ledger: by keys, by approval IDs, or by employees and days, narrowed by kind,
 * clerk (caller) and state. One parameterised SELECT; the filter comes from the query string
 * of GET /ledger/records and of the CSV export, checked with zod.
 */
import { z } from "zod";
import { RECORD_KINDS } from "../../core/kinds";
import type { LedgerDatabase } from "./database";
import { OUTCOMES, type LedgerRow } from "./records";

/** `keys=a,b` (typed by a person) or `keys=a&keys=b` (a program: a value may hold a comma). */
const list = (max: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v : (v ?? "").split(",")).map((x) => x.trim()).filter(Boolean))
    .refine((a) => a.length <= max, `at most ${max} values`);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be yyyy-MM-dd")
  .optional();

export const LedgerFilter = z.object({
  keys: list(500),
  approval_ids: list(500),
  employees: list(500),
  /** Records whose days overlap from…to (yyyy-MM-dd, both included). */
  from: day,
  to: day,
  kind: z.enum(RECORD_KINDS).optional(),
  caller: z.string().max(200).optional(),
  outcome: z.enum(OUTCOMES).optional(),
  /** The reason text is left out unless asked for (docs/ledger.md). */
  include_reason: z
    .enum(["0", "1", "true", "false"])
    .optional()
    .transform((v) => v === "1" || v === "true"),
  limit: z.coerce.number().int().min(1).max(10_000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});
export type LedgerFilter = z.infer<typeof LedgerFilter>;

/** A record as the ledger's API answers it (times in ISO 8601, UTC). */
export interface LedgerRecord {
  idempotent_id: string | null;
  employee_type: string;
  employee: string;
  kind: string;
  type: string | null;
  start_time: string;
  end_time: string;
  approval_id: string | null;
  outcome: LedgerRow["outcome"];
  code: number | null;
  caller: string;
  created_at: string;
  written_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
  reason?: string | null;
}

const iso = (d: Date | string | null): string | null =>
  d === null ? null : (d instanceof Date ? d : new Date(d)).toISOString();

export function toRecord(r: LedgerRow, withReason: boolean): LedgerRecord {
  return {
    idempotent_id: r.idempotent_id,
    employee_type: r.employee_type,
    employee: r.employee,
    kind: r.kind,
    type: r.type,
    start_time: r.start_time,
    end_time: r.end_time,
    approval_id: r.approval_id,
    outcome: r.outcome,
    code: r.code,
    caller: r.caller,
    created_at: iso(r.created_at) as string,
    written_at: iso(r.written_at),
    revoked_at: iso(r.revoked_at),
    revoked_by: r.revoked_by,
    ...(withReason ? { reason: r.reason } : {}),
  };
}

export async function findRecords(
  db: LedgerDatabase,
  f: LedgerFilter,
): Promise<{ records: LedgerRecord[]; total: number }> {
  const where: string[] = [];
  const args: unknown[] = [];
  const add = (sql: string, v: unknown) => (args.push(v), where.push(sql.replace("?", `$${args.length}`)));
  if (f.keys.length) add("idempotent_id = ANY(?::text[])", f.keys);
  if (f.approval_ids.length) add("approval_id = ANY(?::text[])", f.approval_ids);
  if (f.employees.length) add("employee = ANY(?::text[])", f.employees);
  // Wall-clock times as Feishu takes them ("yyyy-MM-dd HH:mm:ss") compare as text.
  if (f.from) add("end_time >= ?::text", `${f.from} 00:00:00`);
  if (f.to) add("start_time <= ?::text", `${f.to} 23:59:59`);
  if (f.kind) add("kind = ?::text", f.kind);
  if (f.caller) add("caller ILIKE ?::text", `%${f.caller.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (f.outcome) add("outcome = ?::text", f.outcome);
  const cond = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const [count] = await db.query<{ n: string | number }>(
    `SELECT count(*) AS n FROM ledger_records ${cond}`,
    args,
  );
  const rows = await db.query<LedgerRow>(
    `SELECT * FROM ledger_records ${cond} ORDER BY created_at DESC, id DESC
     LIMIT $${args.length + 1} OFFSET $${args.length + 2}`,
    [...args, f.limit, f.offset],
  );
  return { records: rows.map((r) => toRecord(r, f.include_reason)), total: Number(count?.n ?? 0) };
}
