/**
 * Realistic PreparedRecords for engine tests and benches: distinct employees and dates,
 * all four kinds, bodies valid against the shared zod schema.
 */
import { CreateUserApprovalBody, type EmployeeType } from "../../../src/core/feishu/schemas";
import type { RecordKind } from "../../../src/core/kinds";
import type { PreparedRecord } from "../../../src/core/model";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const KIND_ORDER: RecordKind[] = ["leave", "out", "overtime", "trip"];

/** Day `d` (0-based) counted from 2026-01-05, as [yyyy, mm, dd]. */
function day(d: number): [number, number, number] {
  const t = new Date(Date.UTC(2026, 0, 5 + d));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

export interface RecordOptions {
  /** Key prefix, so separate runs against one emulator never share keys. */
  prefix?: string;
  employees?: number;
  employeeType?: EmployeeType;
  /** Days after 2026-01-05 to start from, so separate runs use separate days. */
  firstDay?: number;
  /** Employee id for record i; default E0001…E2000 of the emulator's directory. */
  userOf?: (i: number) => string;
}

export function makeRecord(i: number, opts: RecordOptions = {}): PreparedRecord {
  const kind = KIND_ORDER[i % 4];
  const employees = opts.employees ?? 2000;
  const user = opts.userOf ? opts.userOf(i) : `E${pad((i % employees) + 1, 4)}`;
  // One employee gets a new day for each of its records, so no two records overlap.
  const [y, m, d] = day((opts.firstDay ?? 0) + (Math.floor(i / employees) % 300));
  const date = `${y}${pad(m)}${pad(d)}`;
  const on = (h: number) => `${y}-${pad(m)}-${pad(d)} ${pad(h)}:00:00`;
  const key = `${opts.prefix ?? "t"}-${i}`;
  const names = { i18n_names: { ch: "年假", en: "Annual leave" }, default_locale: "ch" as const };
  const items = {
    leave: {
      leaves: [
        {
          uniq_id: "annual",
          unit: 2 as const,
          interval: 3600 * 2,
          start_time: on(9),
          end_time: on(11),
          ...names,
          reason: "family",
          idempotent_id: key,
        },
      ],
    },
    out: {
      outs: [
        {
          uniq_id: "incity",
          unit: 2 as const,
          interval: 3600,
          start_time: on(14),
          end_time: on(15),
          ...names,
          reason: "client visit",
          idempotent_id: key,
        },
      ],
    },
    overtime: {
      overtime_works: [
        {
          duration: 2,
          unit: 2 as const,
          category: 1 as const,
          type: 1 as const,
          start_time: on(19),
          end_time: on(21),
          reason: "release",
          idempotent_id: key,
        },
      ],
    },
    trip: {
      trips: [
        {
          start_time: on(0),
          end_time: `${y}-${pad(m)}-${pad(d)} 23:59:59`,
          reason: "site",
          approve_pass_time: on(8),
          approve_apply_time: on(7),
          idempotent_id: key,
        },
      ],
    },
  }[kind];
  const body = CreateUserApprovalBody.parse({ user_approval: { user_id: user, date, ...items } });
  return {
    kind,
    row: i,
    key,
    fingerprint: `fp-${key}`,
    employeeType: opts.employeeType ?? "employee_id",
    body,
  };
}

export const makeRecords = (n: number, opts: RecordOptions = {}): PreparedRecord[] =>
  Array.from({ length: n }, (_, i) => makeRecord(i, opts));
