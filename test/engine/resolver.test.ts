import { findExistingApproval, matchApproval, queryWindows } from "../../src/core/engine/resolver";
import type { SubmitTransport } from "../../src/core/engine/types";
import type { CallResult } from "../../src/core/outcome";
import { FakeClock } from "./support/fake-clock";
import { backoffDelay, shouldGiveUp, DEFAULT_RETRY } from "../../src/core/engine/retry-policy";
import { mapCallResult } from "../../src/core/feishu/outcomes";
import { concurrencyFor } from "../../src/core/engine/pool";
import { makeRecord } from "./support/records";

const localMs = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

describe("queryWindows", () => {
  const r = makeRecord(0); // leave on 2026-01-05 09:00–11:00
  test("a past record: its own days (PeriodTime), then the days around now (CreateTime)", () => {
    expect(queryWindows(r, localMs(2026, 3, 1))).toEqual([
      { check_date_from: 20260104, check_date_to: 20260106, check_date_type: "PeriodTime" },
      { check_date_from: 20260228, check_date_to: 20260302, check_date_type: "CreateTime" },
    ]);
  });
  test("a record after tomorrow cannot be queried by period", () => {
    expect(queryWindows(r, localMs(2026, 1, 2))).toEqual([
      { check_date_from: 20260101, check_date_to: 20260103, check_date_type: "CreateTime" },
    ]);
  });
  test("a long trip is capped at 30 days", () => {
    const trip = makeRecord(3);
    const item = trip.body.user_approval.trips?.[0];
    if (item) item.end_time = "2026-03-31 23:59:59";
    const [w] = queryWindows(trip, localMs(2026, 6, 1));
    expect(w).toEqual({ check_date_from: 20260104, check_date_to: 20260203, check_date_type: "PeriodTime" });
  });
});

describe("matchApproval", () => {
  const r = makeRecord(0);
  const item = { ...r.body.user_approval.leaves?.[0] };
  const data = (items: object[], user = "E0001") => ({
    user_approvals: [{ user_id: user, date: "20260105", leaves: items }],
  });
  test.each<[string, unknown, string | null]>([
    [
      "by echoed key",
      data([
        { ...item, idempotent_id: "other", approval_id: "X" },
        { ...item, approval_id: "A" },
      ]),
      "A",
    ],
    [
      "by content when no key is echoed",
      data([{ ...item, idempotent_id: undefined, approval_id: "B" }]),
      "B",
    ],
    [
      "not another key's record with the same content",
      data([{ ...item, idempotent_id: "someone-else", approval_id: "C" }]),
      null,
    ],
    [
      "not a different time",
      data([{ ...item, idempotent_id: undefined, start_time: "2026-01-05 10:00:00", approval_id: "D" }]),
      null,
    ],
    ["not another user", data([{ ...item, approval_id: "E" }], "E0002"), null],
    [
      "not another kind",
      { user_approvals: [{ user_id: "E0001", outs: [{ ...item, approval_id: "F" }] }] },
      null,
    ],
    ["nothing", { user_approvals: [] }, null],
    ["garbage", "nope", null],
  ])("%s", (_n, d, expected) => {
    expect(matchApproval(r, d)).toBe(expected);
  });
});

describe("findExistingApproval: found, absent (every window answered) or unanswered", () => {
  const r = makeRecord(0);
  const ok = (user_approvals: unknown[]): CallResult => ({
    answer: { status: 200, headers: {}, body: { code: 0, msg: "success", data: { user_approvals } } },
  });
  const denied: CallResult = {
    answer: { status: 400, headers: {}, body: { code: 99991672, msg: "denied" } },
  };
  const busy: CallResult = { answer: { status: 500, headers: {}, body: { code: 1225000, msg: "internal" } } };
  const mine = {
    user_id: "E0001",
    leaves: [{ approval_id: "7000000000000000001", idempotent_id: r.key }],
  };
  async function resolve(answers: CallResult[]) {
    let calls = 0;
    const transport: SubmitTransport = {
      create: async () => denied,
      query: async () => answers[Math.min(calls++, answers.length - 1)],
    };
    const clock = new FakeClock(localMs(2026, 3, 1));
    const res = await findExistingApproval(r, transport, {
      clock,
      policy: { ...DEFAULT_RETRY, maxAttempts: 3 },
    });
    return { res, calls };
  }

  test("listed in the second window: found", async () => {
    expect((await resolve([ok([]), ok([mine])])).res).toEqual({
      found: true,
      approvalId: mine.leaves[0].approval_id,
    });
  });
  test("both windows answered, nothing of ours: absent", async () => {
    const { res, calls } = await resolve([ok([]), ok([])]);
    expect(res).toMatchObject({ found: false, answered: true });
    expect(calls).toBe(2);
  });
  test.each<[string, CallResult[]]>([
    ["a window refused", [ok([]), denied]],
    ["a window failing past its tries", [busy, busy, busy, ok([])]],
  ])("%s: not answered, so nothing is concluded", async (_name, answers) => {
    expect((await resolve(answers)).res).toMatchObject({ found: false, answered: false });
  });
});

describe("retry policy", () => {
  const fiveHundred = mapCallResult({ answer: { status: 500, headers: {}, body: "" } });
  const limited = mapCallResult({
    answer: { status: 429, headers: { "x-ogw-ratelimit-reset": "3" }, body: "" },
  });
  test("full jitter stays within [0, min(max, base·2^(n-1)))", () => {
    for (const random of [0, 0.25, 0.999]) {
      const p = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000, random: () => random };
      expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(p, n, fiveHundred))).toEqual(
        [100, 200, 400, 800, 1000, 1000].map((c) => c * random),
      );
    }
  });
  test("the server's reset wins over the backoff", () => {
    expect(backoffDelay({ ...DEFAULT_RETRY, baseDelayMs: 100, random: () => 0 }, 1, limited)).toBe(3000);
  });
  test("giving up: attempts first, then time", () => {
    const p = { ...DEFAULT_RETRY, maxAttempts: 3, maxRetryMs: 1000 };
    expect(shouldGiveUp(p, 3, 0, 0)).toBe("attempts");
    expect(shouldGiveUp(p, 1, 900, 200)).toBe("time");
    expect(shouldGiveUp(p, 1, 100, 200)).toBeNull();
  });
});

describe("concurrencyFor", () => {
  test.each([
    [48, 150, 15],
    [48, 300, 29],
    [1, 300, 4],
    [500, 1000, 64],
  ])("pace %d/s at %d ms → %d in flight", (pace, rtt, n) => {
    expect(concurrencyFor(pace, rtt)).toBe(n);
  });
});
