/**
 * Asking the ledger before Feishu: the writes it holds come back by key (in calls of at most
 * LEDGER_KEYS_PER_CALL keys), revoked ones marked, others ignored; a ledger that cannot answer
 * gives null; and the engine's look-up takes a held write without querying Feishu.
 */
import { findExistingApproval } from "../../../src/core/engine/resolver";
import { DEFAULT_RETRY } from "../../../src/core/engine/retry-policy";
import type { SubmitTransport } from "../../../src/core/engine/types";
import type { PreparedRecord } from "../../../src/core/model";
import {
  LEDGER_KEYS_PER_CALL,
  restoreFromLedger,
  settleFromLedger,
  type LedgerEntry,
  type LedgerTransport,
} from "../../../src/core/records/ledger";

const entry = (key: string, outcome: LedgerEntry["outcome"], approval: string | null): LedgerEntry => ({
  idempotent_id: key,
  approval_id: approval,
  outcome,
  caller: "key:clerks",
  created_at: "2026-03-02T01:00:00.000Z",
  written_at: outcome === "written" || outcome === "revoked" ? "2026-03-02T01:00:01.000Z" : null,
  revoked_at: outcome === "revoked" ? "2026-03-03T01:00:00.000Z" : null,
});

function fakeLedger(entries: LedgerEntry[]) {
  const asked: string[][] = [];
  const ledger: LedgerTransport = {
    byKeys: async (keys) => {
      asked.push([...keys]);
      return entries.filter((e) => e.idempotent_id !== null && keys.includes(e.idempotent_id));
    },
  };
  return { ledger, asked };
}

describe("restoreFromLedger", () => {
  it("answers the written and revoked writes by key, and nothing for the rest", async () => {
    const { ledger } = fakeLedger([
      entry("a", "written", "7001"),
      entry("b", "revoked", "7002"),
      entry("c", "refused", null),
      entry("d", "uncertain", null),
    ]);
    const got = await restoreFromLedger(
      ["a", "b", "c", "d", "e"].map((key) => ({ key })),
      ledger,
    );
    expect(Object.fromEntries(got ?? [])).toEqual({
      a: { approvalId: "7001", writtenAt: "2026-03-02T01:00:01.000Z", caller: "key:clerks", revoked: false },
      b: { approvalId: "7002", writtenAt: "2026-03-02T01:00:01.000Z", caller: "key:clerks", revoked: true },
    });
  });

  it("asks in calls of at most LEDGER_KEYS_PER_CALL keys, each key once", async () => {
    const { ledger, asked } = fakeLedger([]);
    const keys = Array.from({ length: LEDGER_KEYS_PER_CALL * 2 + 5 }, (_, i) => ({ key: `k${i % 205}` }));
    await restoreFromLedger([...keys, ...keys], ledger);
    expect(asked.map((a) => a.length)).toEqual([LEDGER_KEYS_PER_CALL, LEDGER_KEYS_PER_CALL, 5]);
  });

  it("answers null when the ledger cannot be asked", async () => {
    expect(await restoreFromLedger([{ key: "a" }], { byKeys: async () => null })).toBeNull();
  });
});

describe("settling an uncertain record", () => {
  const record = {
    kind: "leave",
    row: 0,
    key: "k-1",
    fingerprint: "f",
    employeeType: "employee_id",
    body: {
      user_approval: {
        user_id: "E0001",
        date: "20260302",
        leaves: [
          { start_time: "2026-03-02 09:00:00", end_time: "2026-03-02 18:00:00", idempotent_id: "k-1" },
        ],
      },
    },
  } as unknown as PreparedRecord;
  const clock = { now: () => Date.UTC(2026, 2, 2), sleep: async () => undefined };

  it("takes the ledger's written record without a query, and ignores a revoked one", async () => {
    expect(await settleFromLedger(record, fakeLedger([entry("k-1", "written", "7009")]).ledger)).toEqual({
      found: true,
      approvalId: "7009",
    });
    expect(await settleFromLedger(record, fakeLedger([entry("k-1", "revoked", "7009")]).ledger)).toEqual({
      found: false,
    });
  });

  it("lets the engine's look-up answer from the ledger before it queries Feishu", async () => {
    let queries = 0;
    const transport: SubmitTransport = {
      create: async () => ({ failure: { type: "refused", sent: false } }),
      query: async () => {
        queries++;
        return { answer: { status: 200, headers: {}, body: { code: 0, data: { user_approvals: [] } } } };
      },
    };
    const withLedger = { ...transport, ledger: fakeLedger([entry("k-1", "written", "7009")]).ledger };
    expect(await findExistingApproval(record, withLedger, { clock, policy: DEFAULT_RETRY })).toEqual({
      found: true,
      approvalId: "7009",
    });
    expect(queries).toBe(0);
    expect((await findExistingApproval(record, transport, { clock, policy: DEFAULT_RETRY })).found).toBe(
      false,
    );
    expect(queries).toBeGreaterThan(0);
  });
});
