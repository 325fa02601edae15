/**
 * Reads what Feishu holds for a query plan (src/core/records/plan.ts) through the query call
 * (docs/feishu-api.md §3), one status at a time. Feishu refuses a whole call when one of its
 * user ids is unknown (1220004) or outside the attendance data range (1220005), so a refused
 * batch is split in halves until the refused ids stand alone: those people are answered back
 * (the caller remembers them in the people book) and everyone else is still read.
 * Every call goes through the attempt loop (attempt.ts); a failure it cannot pass ends the read with that outcome.
 */
import type { EmployeeType, QueryUserApprovalBody } from "../feishu/schemas";
import type { Outcome } from "../outcome";
import { isPersonRefusal, type PersonRefusal } from "../feishu/codes";
import { flattenQueryAnswer, type FeishuRecord } from "../records/feishu-record";
import type { QueryPlan, QueryWindow } from "../records/plan";
import { attempt, type AttemptContext } from "./attempt";
import { systemClock } from "./clock";
import { runPool } from "./pool";
import type { ProxyWatch } from "./proxy-watch";
import { DEFAULT_RETRY, type RetryPolicy } from "./retry-policy";
import type { AbortSignalLike, Clock, SubmitTransport } from "./types";

export interface ReadOptions {
  transport: Pick<SubmitTransport, "query">;
  employeeType: EmployeeType;
  /** Statuses to read (default [2], passed). Verify reads 2, 3 and 4 (docs/feishu-api.md §10.3). */
  statuses?: readonly number[];
  clock?: Clock;
  policy?: Partial<RetryPolicy>;
  /** The run's view of the proxy (proxy-watch.ts), when the read is part of a run. */
  watch?: ProxyWatch;
  concurrency?: number;
  signal?: AbortSignalLike;
}

export interface RefusedPerson {
  userId: string;
  code: PersonRefusal;
}

export interface ReadResult {
  records: FeishuRecord[];
  /** People Feishu refused by id (1220004 unknown, 1220005 outside the attendance data range). */
  refused: RefusedPerson[];
  /** Calls made, retries and bisect halves included. */
  calls: number;
  /** Set when the read could not finish (setup, permission, retries exhausted, cancel): records are partial. */
  failure: Outcome | null;
  cancelled: boolean;
}

function dataOf(body: unknown): unknown {
  if (typeof body !== "string") return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return null;
  }
}

export async function readFeishuRecords(plan: QueryPlan, options: ReadOptions): Promise<ReadResult> {
  const ctx: AttemptContext = {
    clock: options.clock ?? systemClock,
    policy: { ...DEFAULT_RETRY, ...options.policy },
    signal: options.signal,
    watch: options.watch,
  };
  const result: ReadResult = { records: [], refused: [], calls: 0, failure: null, cancelled: false };
  const refusedIds = new Set<string>();
  const seen = new Set<string>();
  const stopped = () => result.failure !== null || options.signal?.aborted === true;

  /** One call through the attempt loop; null when the read must stop. */
  async function ask(body: QueryUserApprovalBody): Promise<Outcome | null> {
    const end = await attempt(
      () => {
        result.calls++;
        return options.transport.query(options.employeeType, body, options.signal);
      },
      ctx,
      { read: true },
    );
    if (end.end === "stopped") return null;
    const { outcome } = end;
    if (end.end === "answer" && outcome.kind === "ok" && "answer" in end.result) {
      for (const r of flattenQueryAnswer(dataOf(end.result.answer.body), body.status ?? 2)) {
        // A record may be listed by its days and by its writing time: keep it once.
        const id = `${r.approvalId}\u0000${r.status}`;
        if (seen.has(id)) continue;
        seen.add(id);
        result.records.push(r);
      }
      return outcome;
    }
    if (end.end === "answer" && isPersonRefusal(outcome.code)) return outcome;
    result.failure ??= outcome;
    return null;
  }

  async function read(span: QueryWindow, status: number): Promise<void> {
    const ids = span.user_ids.filter((id) => !refusedIds.has(id));
    if (ids.length === 0 || stopped()) return;
    const outcome = await ask({ ...span, user_ids: ids, status });
    if (!outcome || !isPersonRefusal(outcome.code)) return;
    if (ids.length === 1) {
      if (!refusedIds.has(ids[0])) result.refused.push({ userId: ids[0], code: outcome.code });
      refusedIds.add(ids[0]);
      return;
    }
    const half = Math.ceil(ids.length / 2);
    await read({ ...span, user_ids: ids.slice(0, half) }, status);
    await read({ ...span, user_ids: ids.slice(half) }, status);
  }

  const work = (options.statuses ?? [2]).flatMap((status) => plan.requests.map((w) => ({ w, status })));
  await runPool(work, options.concurrency ?? 4, ({ w, status }) => read(w, status), stopped);
  result.cancelled = options.signal?.aborted === true;
  return result;
}
