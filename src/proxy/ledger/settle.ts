/**
 * Settling a record whose outcome is uncertain (sent, no certain answer) or whose request was
 * cut off while "sending": the engine's own look-up (core/engine/resolver.ts
 * `findExistingApproval`: the query call by the employee and the record's days, matched by the
 * echoed idempotent_id), run through the proxy's relay and pacer. Nothing is sent to create.
 */
import { systemClock as engineClock } from "../../core/engine/clock";
import { findExistingApproval } from "../../core/engine/resolver";
import { DEFAULT_RETRY } from "../../core/engine/retry-policy";
import type { SubmitTransport } from "../../core/engine/types";
import { FEISHU_PATHS, type CreateUserApprovalBody, type EmployeeType } from "../../core/feishu/schemas";
import { KINDS, type RecordKind } from "../../core/kinds";
import type { PreparedRecord } from "../../core/model";
import type { CallResult } from "../../core/outcome";
import type { ProxyClock } from "../clock";
import { ProxyError } from "../errors";
import type { Relay } from "../relay";
import type { LedgerRow } from "./records";

export type Settlement = { found: true; approvalId: string } | { found: false; answered: boolean };
export type Settle = (row: LedgerRow) => Promise<Settlement>;

/** The one-record create body the row stands for: what the look-up matches on. */
function recordOf(row: LedgerRow): PreparedRecord {
  const kind = row.kind as RecordKind;
  const item: Record<string, unknown> = { start_time: row.start_time, end_time: row.end_time };
  if (row.idempotent_id) item.idempotent_id = row.idempotent_id;
  if ((kind === "leave" || kind === "out") && row.type) item.uniq_id = row.type;
  if (kind === "overtime" && row.type) {
    const [category, type] = row.type.split("/").map(Number);
    Object.assign(item, { category, type });
  }
  const body = {
    user_approval: { user_id: row.employee, date: row.date, [KINDS[kind].feishuField]: [item] },
  } as CreateUserApprovalBody;
  return {
    kind,
    row: -1,
    key: row.idempotent_id ?? "",
    fingerprint: row.body_hash,
    employeeType: row.employee_type as EmployeeType,
    body,
  };
}

/** Queries go through the relay as the ledger's own caller, paced like every other call. */
export function createSettle(relay: Relay, clock: ProxyClock, timeoutMs: number): Settle {
  const transport: SubmitTransport = {
    create: async () => ({ failure: { type: "refused", sent: false, message: "the ledger never creates" } }),
    async query(employeeType, body): Promise<CallResult> {
      const ac = new AbortController();
      const cancel = clock.setTimer(() => ac.abort(), timeoutMs);
      try {
        const a = await relay({
          caller: "ledger",
          route: "query",
          pathWithQuery: `${FEISHU_PATHS.query}?employee_type=${encodeURIComponent(employeeType)}`,
          body: JSON.stringify(body),
          signal: ac.signal,
          deadline: clock.now() + timeoutMs,
        });
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(a.headers)) if (typeof v === "string") headers[k] = v;
        return { answer: { status: a.status, headers, body: a.json ?? a.text } };
      } catch (e) {
        if (e instanceof ProxyError)
          return { answer: { status: e.status, headers: e.headers, body: e.envelope } };
        return {
          failure: { type: "network", sent: true, message: e instanceof Error ? e.message : String(e) },
        };
      } finally {
        cancel();
      }
    },
  };
  const policy = { ...DEFAULT_RETRY, maxAttempts: 3, baseDelayMs: 100 };
  return async (row) => {
    const found = await findExistingApproval(recordOf(row), transport, { clock: engineClock, policy });
    return found.found
      ? { found: true, approvalId: found.approvalId }
      : { found: false, answered: found.answered };
  };
}
