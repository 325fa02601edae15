/**
 * An in-memory Feishu behind a SubmitTransport, with scripted faults per record and attempt.
 * Latency runs on the FakeClock. It keeps its own written records, so tests count duplicates.
 */
import { KINDS } from "../../../src/core/kinds";
import type { PreparedRecord } from "../../../src/core/model";
import type { CallResult } from "../../../src/core/outcome";
import type { QueryUserApprovalBody } from "../../../src/core/feishu/schemas";
import type { SubmitTransport } from "../../../src/core/engine/types";
import type { FakeClock } from "./fake-clock";

export type Fault =
  | "5xx"
  | "429"
  | "reset"
  | "refused"
  | "timeout" // not written
  | "lost" // written, then the answer is lost (timeout)
  | "invalid"
  | "unknown_user"
  | "sealed"
  | "fatal" // not fixable by retrying, but not the whole setup
  | "setup"; // the proxy cannot get a token: every row would fail

export interface Written {
  approvalId: string;
  record: PreparedRecord;
  item: Record<string, unknown>;
}

const answer = (status: number, body: unknown, headers: Record<string, string> = {}): CallResult => ({
  answer: { status, headers, body },
});

export interface FakeFeishuOptions {
  latencyMs?: number;
  plan?: (record: PreparedRecord, attempt: number) => Fault | undefined;
  /** Whether query answers echo idempotent_id (default true). */
  echoKey?: boolean;
  /** Query answers: "normal", "empty" (finds nothing) or "fail" (permission error). */
  query?: "normal" | "empty" | "fail";
}

export function fakeFeishu(clock: FakeClock, opts: FakeFeishuOptions = {}) {
  const written = new Map<string, Written>();
  const writes: string[] = [];
  const attempts = new Map<string, number>();
  const queries: QueryUserApprovalBody[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let nextId = 7_000_000_000;

  const write = (record: PreparedRecord): Written => {
    const item = {
      ...(record.body.user_approval[KINDS[record.kind].feishuField]?.[0] as object),
      approval_id: String(nextId++),
    };
    const w = { approvalId: item.approval_id, record, item };
    written.set(record.key, w);
    writes.push(record.key);
    return w;
  };

  const create = async (record: PreparedRecord): Promise<CallResult> => {
    const attempt = (attempts.get(record.key) ?? 0) + 1;
    attempts.set(record.key, attempt);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await clock.sleep(opts.latencyMs ?? 100);
    inFlight--;
    const fault = opts.plan?.(record, attempt);
    switch (fault) {
      case "5xx":
        return answer(500, { code: 1225000, msg: "internal server error" });
      case "429":
        return answer(
          429,
          { code: 99991400, msg: "request trigger frequency limit" },
          { "x-ogw-ratelimit-reset": "1" },
        );
      case "reset":
        return { failure: { type: "reset", sent: true } };
      case "refused":
        return { failure: { type: "refused", sent: false } };
      case "timeout":
        return { failure: { type: "timeout", sent: true } };
      case "invalid":
        return answer(400, { code: 1220001, msg: "param is invalid: start_time" });
      case "unknown_user":
        return answer(400, { code: 1220004, msg: "user_id is not exist" });
      case "sealed":
        return answer(400, {
          code: 1220600,
          msg: "the attendance result has been sealed and can not modify",
        });
      case "fatal":
        return answer(500, { code: 1226500, msg: "unused" });
      case "setup":
        return answer(503, { code: 1790010, msg: "no token" });
      default:
    }
    if (written.has(record.key)) return answer(400, { code: 1220600, msg: "the object already exists" });
    const w = write(record);
    if (fault === "lost") return { failure: { type: "timeout", sent: true } };
    return answer(200, {
      code: 0,
      msg: "success",
      data: {
        user_approval: {
          user_id: record.body.user_approval.user_id,
          [KINDS[record.kind].feishuField]: [w.item],
        },
      },
    });
  };

  const query = async (_type: string, body: QueryUserApprovalBody): Promise<CallResult> => {
    queries.push(body);
    await clock.sleep(opts.latencyMs ?? 100);
    if (opts.query === "fail") return answer(400, { code: 99991672, msg: "Access denied" });
    const approvals =
      opts.query === "empty"
        ? []
        : [...written.values()]
            .filter((w) => body.user_ids.includes(w.record.body.user_approval.user_id))
            .map((w) => {
              const item = { ...w.item };
              if (opts.echoKey === false) delete (item as { idempotent_id?: string }).idempotent_id;
              return {
                user_id: w.record.body.user_approval.user_id,
                date: w.record.body.user_approval.date,
                [KINDS[w.record.kind].feishuField]: [item],
              };
            });
    return answer(200, { code: 0, msg: "success", data: { user_approvals: approvals } });
  };

  const transport: SubmitTransport = { create, query };
  return { transport, written, writes, attempts, queries, maxInFlight: () => maxInFlight };
}
