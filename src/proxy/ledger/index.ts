/**
 * The ledger: every create and revoke the proxy relays, in a database (embedded PGlite or a
 * PostgreSQL server, database.ts), with idempotency keys you can rely on (idempotency.ts).
 * Opened at boot: migrations run, rows a crash left "sending" (or uncertain) are settled by
 * the query, and settled rows older than the retention are purged, then once a day.
 */
import type { FastifyBaseLogger } from "fastify";
import type { CreateUserApprovalBody, EmployeeType, ProcessApprovalBody } from "../../core/feishu/schemas";
import type { ProxyClock } from "../clock";
import type { Relay, RelayAnswer, RouteName } from "../relay";
import { conflictAnswer, replayAnswer } from "./answers";
import { openDatabase, type DatabaseSettings, type LedgerDatabase } from "./database";
import { createIdempotency } from "./idempotency";
import { migrate } from "./migrations";
import { findRecords, type LedgerFilter } from "./query";
import { ledgerRecords } from "./records";
import { itemsOfCreate, requestHash } from "./request-items";
import { createSettle } from "./settle";
import { proxyErrors } from "../errors";

/** Who may read the ledger (GET /ledger/records, the /ledger page). */
export interface LedgerReaders {
  /** API key names marked for the ledger (PROXY_LEDGER_KEYS). */
  keys: string[];
  /** Entra ID app roles or group ids (ENTRA_LEDGER_ROLES / ENTRA_LEDGER_GROUPS); empty: nobody. */
  roles: string[];
  groups: string[];
}

export interface LedgerSettings {
  database: DatabaseSettings;
  retentionDays: number;
  readers: LedgerReaders;
}

export interface LedgerDeps {
  relay: Relay;
  clock: ProxyClock;
  logger: FastifyBaseLogger;
  /** The longest a request may hold a key while sending (its timeout, and a margin). */
  leaseMs: number;
  pollMs?: number;
}

export interface CreateCall {
  employeeType: EmployeeType;
  body: CreateUserApprovalBody;
  caller: string;
  requestId: string;
  deadline: number;
}

const DAY_MS = 86_400_000;

export async function openLedger(settings: LedgerSettings, d: LedgerDeps) {
  const db: LedgerDatabase = await openDatabase(settings.database);
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  const records = ledgerRecords(db);
  const settle = createSettle(d.relay, d.clock, Math.min(d.leaseMs, 30_000));
  const keys = createIdempotency({ records, settle, clock: d.clock, pollMs: d.pollMs ?? 20 });

  /** Relays one create through the ledger: claimed, sent (or answered from the ledger), completed. */
  async function create(call: CreateCall, send: () => Promise<RelayAnswer>): Promise<RelayAnswer> {
    const items = itemsOfCreate(call.employeeType, call.body);
    const claim = {
      hash: requestHash(call.employeeType, call.body),
      caller: call.caller,
      requestId: call.requestId,
      leaseMs: d.leaseMs,
    };
    const before = await keys.before(items, claim, call.deadline);
    if (before.action === "replay") return replayAnswer(call.body, before.row);
    if (before.action === "conflict") return conflictAnswer(before.row);
    if (before.action === "uncertain")
      throw proxyErrors.outcomeUnknown(
        true,
        "the ledger holds this key as sent, and its outcome is not known yet",
      );
    // The row is completed beside the answer, not before it: the claim is already on disk, so a
    // crash in between leaves it "sending", and it is settled by the query like any cut-off send.
    const complete = (result: Parameters<typeof keys.after>[1]) =>
      void keys
        .after(before.rowIds, result)
        .catch((err: unknown) => d.logger.error({ err }, "ledger completion failed"));
    let answer: RelayAnswer;
    try {
      answer = await send();
    } catch (error) {
      complete({ error });
      throw error;
    }
    complete({ answer });
    return answer;
  }

  /**
   * One relayed call as the ledger sees it: a create goes through the ledger; a revoke Feishu
   * accepted is recorded after its answer; other calls only read and pass by.
   */
  async function relayed(
    route: RouteName,
    call: Omit<CreateCall, "employeeType" | "body"> & { employeeType: string | null; body: unknown },
    send: () => Promise<RelayAnswer>,
  ): Promise<RelayAnswer> {
    if (route === "create")
      return create(
        {
          ...call,
          employeeType: call.employeeType as EmployeeType,
          body: call.body as CreateUserApprovalBody,
        },
        send,
      );
    const answer = await send();
    const body = call.body as ProcessApprovalBody;
    if (route === "process" && answer.code === 0 && body.status === 4)
      await records.revoked(body.approval_id, body.approval_type, call.caller, call.requestId);
    return answer;
  }

  /** Settles what a crash (or an uncertain answer) left open; answers how many rows it settled. */
  async function settleOpen(): Promise<number> {
    let settled = 0;
    for (const open of await records.unsettled()) {
      const row = await records.takeOverById(open.id, d.leaseMs);
      if (!row) continue;
      const s = await settle(row);
      if (s.found) await records.complete(row.id, "written", s.approvalId, null);
      else await records.complete(row.id, s.answered ? "refused" : "uncertain", null, null);
      if (s.found || s.answered) settled++;
    }
    return settled;
  }

  const timers: ReturnType<typeof setInterval>[] = [];
  const every = (ms: number, fn: () => Promise<unknown>, what: string) => {
    const run = () => void fn().catch((err: unknown) => d.logger.error({ err }, `ledger ${what} failed`));
    run();
    const t = setInterval(run, ms);
    t.unref();
    timers.push(t);
  };
  every(DAY_MS, () => records.purge(settings.retentionDays), "purge");
  every(Math.max(1000, Math.min(d.leaseMs, 60_000)), settleOpen, "settling");

  return {
    db,
    readers: settings.readers,
    relayed,
    find: (filter: LedgerFilter) => findRecords(db, filter),
    settleOpen,
    purge: () => records.purge(settings.retentionDays),
    async close() {
      for (const t of timers) clearInterval(t);
      await db.close();
    },
  };
}

export type Ledger = Awaited<ReturnType<typeof openLedger>>;
