/**
 * One revoke (src/core/engine/revoke.ts) against a scripted Feishu: success, "already revoked"
 * under either code, an unknown outcome settled by the query (status 3 or 4), a record still
 * live, and a query that cannot tell.
 */
import { checkWindows } from "../../src/core/engine/approval-check";
import { ProgressTracker } from "../../src/core/engine/progress";
import { DEFAULT_RETRY } from "../../src/core/engine/retry-policy";
import { revokeApproval, type Revocation } from "../../src/core/engine/revoke";
import type { LifecycleTransport } from "../../src/core/engine/types";
import type { ApprovalEntry } from "../../src/core/lifecycle/history";
import type { CallResult } from "../../src/core/outcome";
import { FakeClock } from "./support/fake-clock";

const ENTRY: ApprovalEntry = {
  approvalId: "7000000000000000042",
  kind: "leave",
  row: 0,
  key: "k",
  fingerprint: "f",
  employeeType: "employee_id",
  userId: "E0001",
  from: "20260105",
  to: "20260105",
  state: "revoke-pending",
  intent: "revoke",
  writtenAt: "2026-01-06 09:00:00",
};

const answer = (code: number, data: unknown = {}, status = code === 0 ? 200 : 400): CallResult => ({
  answer: { status, headers: {}, body: { code, msg: code ? "refused" : "success", data } },
});
const LOST: CallResult = { failure: { type: "timeout", sent: true } };
const listing = (approvalId: string) => ({
  user_approvals: [{ user_id: "E0001", date: "20260105", leaves: [{ approval_id: approvalId }] }],
});

/** Scripted answers for process; the query lists the record under `heldAs` (null: nowhere, "down": fails). */
function feishu(process: CallResult[], heldAs: 2 | 3 | 4 | null | "down") {
  const calls = { process: 0, query: [] as number[] };
  const transport: LifecycleTransport = {
    create: async () => answer(0),
    process: async () => process[Math.min(calls.process++, process.length - 1)],
    query: async (_type, body) => {
      calls.query.push(body.status ?? 2);
      if (heldAs === "down") return answer(1225000, {}, 500);
      // Leave is queryable as passed or withdrawn only: status 3 is refused, as Feishu may do.
      if (body.status === 3 && heldAs !== 3) return answer(1220001);
      return answer(0, body.status === heldAs ? listing(ENTRY.approvalId) : { user_approvals: [] });
    },
  };
  return { transport, calls };
}

async function revoke(
  process: CallResult[],
  heldAs: 2 | 3 | 4 | null | "down",
): Promise<[Revocation, ReturnType<typeof feishu>["calls"]]> {
  const clock = new FakeClock(Date.UTC(2026, 0, 20, 2));
  const { transport, calls } = feishu(process, heldAs);
  const r = await revokeApproval(ENTRY, {
    transport,
    clock,
    policy: { ...DEFAULT_RETRY, maxAttempts: 4, random: () => 0.5 },
    progress: new ProgressTracker(1, clock.now, undefined),
    pace: () => 0,
  });
  return [r, calls];
}

test("the proxy's queue-full refusals (nothing sent) are waits, not tries: more of them than maxAttempts still ends revoked", async () => {
  const queued: CallResult = {
    answer: {
      status: 429,
      headers: { "x-proxy-upstream-sends": "0", "retry-after": "0" },
      body: { code: 99991400, msg: "request trigger frequency limit" },
    },
  };
  // maxAttempts is 4 here: six waits in the proxy's queue, then the revoke goes through.
  const [r, calls] = await revoke(
    [...Array<CallResult>(6).fill(queued), answer(0, { approval_info: { status: 4 } })],
    4,
  );
  expect(r).toEqual({ status: "revoked", already: false });
  expect(calls.process).toBe(7);
});

test("a plain success is done without a query", async () => {
  const [r, calls] = await revoke([answer(0, { approval_info: { status: 4 } })], 4);
  expect(r).toEqual({ status: "revoked", already: false });
  expect(calls.query).toEqual([]);
});

test.each([
  ["the emulator's 1220001, revoked shows as 4", 1220001, 4],
  ["Feishu's documented 1227500, revoked shows as 3", 1227500, 3],
] as const)("already revoked: %s — counts as done", async (_name, code, shows) => {
  const [r] = await revoke([answer(code)], shows);
  expect(r).toEqual({ status: "revoked", already: true });
});

test("an unknown outcome (answer lost, then refused as not passed) is settled by the query", async () => {
  const [r, calls] = await revoke([LOST, answer(1227500)], 4);
  expect(r).toEqual({ status: "revoked", already: false });
  expect(calls.process).toBe(2);
  expect(calls.query).toEqual([2, 4]);
});

test.each([
  ["after a lost answer: the lost send revoked it", [LOST, answer(1227500)], false],
  [
    "at once: revoked before (a leave revoked as 4 is listed under no status it can be asked by)",
    [answer(1227500)],
    true,
  ],
] as const)("refused and not listed as passed where it would be, %s", async (_name, answers, already) => {
  const [r] = await revoke([...answers], null);
  expect(r).toEqual({ status: "revoked", already });
});

test("refused for a record past tomorrow whose writing time is unknown: the query cannot tell, unknown", async () => {
  const clock = new FakeClock(Date.UTC(2026, 0, 20, 2));
  const { transport } = feishu([answer(1227500)], null);
  const r = await revokeApproval(
    { ...ENTRY, from: "20260301", to: "20260301", writtenAt: undefined },
    {
      transport,
      clock,
      policy: DEFAULT_RETRY,
      progress: new ProgressTracker(1, clock.now, undefined),
      pace: () => 0,
    },
  );
  expect(r.status).toBe("unknown");
});

test("refused while Feishu still holds it as passed: failed, with Feishu's reason", async () => {
  const [r] = await revoke([answer(1227500)], 2);
  expect(r).toMatchObject({ status: "failed", unresolved: false, outcome: { code: 1227500 } });
});

test("every answer lost and the query down: unknown, the revoke stays pending", async () => {
  const [r, calls] = await revoke([LOST], "down");
  expect(r.status).toBe("unknown");
  expect(calls.process).toBeGreaterThan(1);
});

test("the query's windows: the record's days by period, then around its writing and today by creation", () => {
  expect(checkWindows(ENTRY, Date.UTC(2026, 0, 20, 2))).toEqual([
    { check_date_from: 20260104, check_date_to: 20260106, check_date_type: "PeriodTime" },
    { check_date_from: 20260105, check_date_to: 20260107, check_date_type: "CreateTime" },
    { check_date_from: 20260119, check_date_to: 20260121, check_date_type: "CreateTime" },
  ]);
  // A record past tomorrow cannot be asked by period (docs/feishu-api.md §3).
  const future = { ...ENTRY, from: "20260301", to: "20260301", writtenAt: undefined };
  expect(checkWindows(future, Date.UTC(2026, 0, 20, 2)).map((w) => w.check_date_type)).toEqual([
    "CreateTime",
  ]);
});
