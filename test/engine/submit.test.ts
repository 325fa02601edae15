import { submitRecords } from "../../src/core/engine/submit";
import type { SubmitOptions, SubmitProgress } from "../../src/core/engine/types";
import type { RowResult } from "../../src/core/model";
import { FakeClock } from "./support/fake-clock";
import { fakeFeishu, type Fault } from "./support/fake-feishu";
import { makeRecords } from "./support/records";

function run(
  n: number,
  opts: Partial<SubmitOptions> & {
    plan?: (key: string, attempt: number) => Fault | undefined;
    query?: "normal" | "empty" | "fail";
    echoKey?: boolean;
  } = {},
) {
  const clock = new FakeClock();
  const { plan, query, echoKey, ...rest } = opts;
  const feishu = fakeFeishu(clock, { plan: plan && ((r, a) => plan(r.key, a)), query, echoKey });
  const batches: RowResult[][] = [];
  const progress: SubmitProgress[] = [];
  const records = rest.records ?? makeRecords(n);
  const done = submitRecords({
    transport: feishu.transport,
    clock,
    concurrency: 4,
    baseDelayMs: 10,
    random: () => 0.5,
    onResults: (b) => void batches.push(b),
    onProgress: (p) => progress.push(p),
    ...rest,
    records,
  });
  const final = () =>
    new Map(
      batches
        .slice(1)
        .flat()
        .map((r) => [r.row, r] as const),
    );
  return { clock, feishu, batches, progress, records, done, final };
}

describe("submitRecords", () => {
  test("all rows written once, marked submitting first, within the concurrency bound", async () => {
    const t = run(40);
    const summary = await t.done;
    expect(summary).toMatchObject({
      written: 40,
      failed: 0,
      skipped: 0,
      cancelled: 0,
      unresolved: 0,
      retries: 0,
      stoppedBy: null,
    });
    expect(t.feishu.writes).toHaveLength(40);
    expect(new Set(t.feishu.writes).size).toBe(40);
    expect(t.feishu.maxInFlight()).toBe(4);
    expect(t.batches[0]).toHaveLength(40);
    expect(
      t.batches[0].every(
        (r) => r.status === "submitting" && r.key === `t-${r.row}` && r.fingerprint === `fp-t-${r.row}`,
      ),
    ).toBe(true);
    const final = t.final();
    expect(final.size).toBe(40);
    for (const [row, r] of final) {
      expect(r).toMatchObject({
        status: "submitted",
        key: `t-${row}`,
        approval_id: t.feishu.written.get(`t-${row}`)?.approvalId,
      });
      expect(r.submitted_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    }
    // 10 rounds of 100 ms latency at 4 in flight.
    expect(summary.elapsedMs).toBeGreaterThanOrEqual(1000);
    expect(summary.elapsedMs).toBeLessThan(1100);
  });

  test("results come in batches of at most batchSize", async () => {
    const t = run(30, { batchSize: 7, concurrency: 8 });
    await t.done;
    const later = t.batches.slice(1);
    expect(later.flat()).toHaveLength(30);
    expect(Math.max(...later.map((b) => b.length))).toBeLessThanOrEqual(7);
    expect(later.length).toBeLessThan(30);
  });

  test("a result waits at most about flushMs when batches do not fill", async () => {
    const clock = new FakeClock();
    const feishu = fakeFeishu(clock, { plan: (r, a) => (r.key === "t-2" && a < 4 ? "5xx" : undefined) });
    const seen: { at: number; rows: number[] }[] = [];
    await submitRecords({
      records: makeRecords(3),
      transport: feishu.transport,
      clock,
      concurrency: 1,
      batchSize: 1000,
      flushMs: 250,
      baseDelayMs: 1000,
      random: () => 0.5,
      onResults: (b) =>
        void seen.push({
          at: clock.now(),
          rows: b.filter((r) => r.status !== "submitting").map((r) => r.row),
        }),
    });
    const start = seen[0].at;
    const first = seen.find((b) => b.rows.includes(0));
    expect(first?.rows).toEqual([0, 1]); // rows 0 and 1 done at 100 and 200 ms
    expect((first?.at ?? 0) - start).toBeLessThanOrEqual(250 + 100);
    expect(seen[seen.length - 1].rows).toEqual([2]); // row 2 after its retries
    expect(seen[seen.length - 1].at - start).toBeGreaterThan(3000);
  });

  test("rows whose key already has an approval_id are skipped", async () => {
    const t = run(10, {
      existing: new Map([
        ["t-3", "A3"],
        ["t-4", "A4"],
        ["other", "X"],
      ]),
    });
    const s = await t.done;
    expect(s).toMatchObject({ written: 8, skipped: 2 });
    expect(t.feishu.attempts.has("t-3")).toBe(false);
    expect(t.batches[0].map((r) => r.row)).not.toContain(3);
  });

  test.each<[string, Fault]>([
    ["5xx", "5xx"],
    ["429", "429"],
    ["reset", "reset"],
    ["refused", "refused"],
    ["timeout", "timeout"],
  ])("retries %s with the same key until written", async (_n, fault) => {
    const t = run(8, { plan: (k, a) => (k === "t-5" && a <= 2 ? fault : undefined) });
    const s = await t.done;
    expect(s).toMatchObject({ written: 8, failed: 0, retries: 2 });
    expect(t.feishu.attempts.get("t-5")).toBe(3);
    expect(t.feishu.writes.filter((k) => k === "t-5")).toHaveLength(1);
  });

  test("x-ogw-ratelimit-reset is honoured", async () => {
    const t = run(1, { plan: (_k, a) => (a === 1 ? "429" : undefined) });
    const s = await t.done;
    expect(s.written).toBe(1);
    expect(t.clock.sleeps).toContain(1000 + 5); // reset 1 s + jitter 0.5 × baseDelayMs
  });

  test("backoff grows exponentially with full jitter", async () => {
    const t = run(1, { plan: (_k, a) => (a <= 4 ? "5xx" : undefined), baseDelayMs: 1000, maxDelayMs: 3000 });
    await t.done;
    expect(t.clock.sleeps.filter((ms) => ms !== 100 && ms !== 250)).toEqual([500, 1000, 1500, 1500]);
  });

  test("a lost answer is resolved: resent with the same key, 'already exists', approval_id found by query", async () => {
    const t = run(6, { plan: (k, a) => (k === "t-1" && a === 1 ? "lost" : undefined) });
    const s = await t.done;
    expect(s).toMatchObject({ written: 6, failed: 0, unresolved: 0 });
    expect(t.feishu.writes.filter((k) => k === "t-1")).toHaveLength(1);
    expect(t.feishu.attempts.get("t-1")).toBe(2);
    const row = t.final().get(1);
    expect(row).toMatchObject({ status: "submitted", approval_id: t.feishu.written.get("t-1")?.approvalId });
    expect(row?.message).toMatch(/审批 ID/);
    expect(t.feishu.queries[0]).toMatchObject({
      user_ids: ["E0002"],
      status: 2,
      check_date_type: "PeriodTime",
      check_date_from: 20260104,
      check_date_to: 20260106,
    });
  });

  test("without an echoed key the query matches by content", async () => {
    const t = run(4, { echoKey: false, plan: (k, a) => (k === "t-2" && a === 1 ? "lost" : undefined) });
    await t.done;
    expect(t.final().get(2)).toMatchObject({
      status: "submitted",
      approval_id: t.feishu.written.get("t-2")?.approvalId,
    });
  });

  test.each<["empty" | "fail"]>([["empty"], ["fail"]])(
    "a duplicate the query cannot find (%s) is unknown, never resent",
    async (query) => {
      const t = run(3, { query, plan: (k, a) => (k === "t-0" && a === 1 ? "lost" : undefined) });
      const s = await t.done;
      expect(s).toMatchObject({ written: 2, failed: 0, unresolved: 1, failedBy: {} });
      expect(t.feishu.attempts.get("t-0")).toBe(2);
      expect(t.final().get(0)).toMatchObject({ status: "unknown" });
      expect(t.final().get(0)?.message).toMatch(/查询不到/);
    },
  );

  test.each<[Fault, string]>([
    ["invalid", "invalid"],
    ["unknown_user", "unknown_user"],
    ["sealed", "period_closed"],
    ["fatal", "fatal"],
  ])("a permanent failure (%s) is not retried and carries message and hint", async (fault, kind) => {
    const t = run(2, { locale: "en-US", plan: (k) => (k === "t-1" ? fault : undefined) });
    const s = await t.done;
    expect(s).toMatchObject({ written: 1, failed: 1, unresolved: 0, failedBy: { [kind]: 1 } });
    expect(t.feishu.attempts.get("t-1")).toBe(1);
    const msg = t.final().get(1)?.message ?? "";
    expect(t.final().get(1)?.status).toBe("failed");
    expect(msg.length).toBeGreaterThan(20);
    expect(msg).toMatch(/\. [A-Z]/); // message, then the hint
  });

  test("a setup failure stops the run: nothing is stamped failed, the rest stay pending", async () => {
    let sent = 0;
    const t = run(40, { locale: "en-US", plan: () => (++sent > 6 ? "setup" : undefined) });
    const s = await t.done;
    expect(s.stoppedBy).toBe("setup");
    expect(s.setup?.code).toBe(1790010);
    expect(s.failed).toBe(0);
    expect(s.written + s.cancelled).toBe(40);
    expect(s.written).toBeLessThanOrEqual(6);
    expect(t.feishu.writes.length).toBeLessThan(12); // in flight when it came, no more
    const rows = [...t.final().values()];
    expect(rows.some((r) => r.status === "failed")).toBe(false);
    const pending = rows.filter((r) => r.status === "ready");
    expect(pending).toHaveLength(s.cancelled);
    expect(pending.every((r) => /needs fixing by IT/.test(r.message ?? ""))).toBe(true);
  });

  test("a person Feishu refuses is reported once; their later rows are held, not sent", async () => {
    const records = makeRecords(12, { userOf: (i) => (i % 3 === 0 ? "E9999" : `E${i + 1}`) });
    const refused: [number, number][] = [];
    const t = run(12, {
      records,
      concurrency: 1,
      plan: (k) => (["t-0", "t-3", "t-6", "t-9"].includes(k) ? "unknown_user" : undefined),
      onPersonRefused: (r, code) => refused.push([r.row, code]),
    });
    const s = await t.done;
    expect(refused).toEqual([[0, 1220004]]);
    expect(s).toMatchObject({ written: 8, failed: 1, held: 3 });
    expect([...t.feishu.attempts.keys()]).not.toContain("t-3");
    expect(t.final().get(6)).toMatchObject({ status: "invalid" });
    expect(t.final().get(6)?.message).toMatch(/^未发送，飞书已拒绝此人的另一行：/);
  });

  test("retries stop after maxAttempts with the reason; not sent means failed", async () => {
    // 1225000 is a 5xx: it may have been written, so Feishu is asked before saying anything.
    const t = run(1, { maxAttempts: 3, locale: "en-US", plan: () => "5xx" });
    const s = await t.done;
    expect(t.feishu.attempts.get("t-0")).toBe(3);
    expect(t.feishu.queries.length).toBeGreaterThan(0);
    expect(s).toMatchObject({ failed: 1, unresolved: 0, failedBy: { retryable: 1 } });
    expect(t.final().get(0)).toMatchObject({ status: "failed" });
    expect(t.final().get(0)?.message).toMatch(
      /^Still failing after 3 tries; Feishu was checked and holds none of these sends/,
    );
    const t2 = run(1, { maxAttempts: 3, locale: "en-US", plan: () => "refused" });
    const s2 = await t2.done;
    expect(s2).toMatchObject({ failed: 1, unresolved: 0, failedBy: { retryable: 1 } });
    expect(t2.final().get(0)?.message).toMatch(/^Still failing after 3 tries: Could not reach the proxy/);
  });

  test("out of tries after a send that wrote it: the query finds it, written once, no further send", async () => {
    const t = run(1, { maxAttempts: 4, plan: (_k, a) => (a === 2 ? "lost" : "5xx") });
    const s = await t.done;
    expect(t.feishu.attempts.get("t-0")).toBe(4);
    expect(t.feishu.writes).toEqual(["t-0"]);
    expect(s).toMatchObject({ written: 1, failed: 0, unresolved: 0 });
    expect(t.final().get(0)).toMatchObject({
      status: "submitted",
      approval_id: t.feishu.written.get("t-0")?.approvalId,
    });
    expect(t.final().get(0)?.message).toMatch(/已查到其审批 ID/);
  });

  test("out of tries after an uncertain send, and the query cannot answer: unknown, saying why", async () => {
    const t = run(1, { maxAttempts: 3, locale: "en-US", query: "fail", plan: () => "5xx" });
    const s = await t.done;
    expect(s).toMatchObject({ failed: 0, unresolved: 1, failedBy: {} });
    expect(t.final().get(0)).toMatchObject({ status: "unknown" });
    expect(t.final().get(0)?.message).toMatch(/^Still failing after 3 tries; It may have been written/);
  });

  test("out of tries while the last send is unanswered: absent now proves nothing, so unknown", async () => {
    const t = run(1, { maxAttempts: 3, locale: "en-US", plan: (_k, a) => (a < 3 ? "5xx" : "timeout") });
    const s = await t.done;
    expect(t.feishu.queries.length).toBeGreaterThan(0);
    expect(s).toMatchObject({ failed: 0, unresolved: 1, failedBy: {} });
    expect(t.final().get(0)?.message).toMatch(/^Still failing after 3 tries; It may have been written/);
  });

  test("retries stop when the time bound is reached", async () => {
    const t = run(1, { maxRetryMs: 5000, maxAttempts: 100, plan: () => "429" });
    const s = await t.done;
    expect(s).toMatchObject({ failed: 1, unresolved: 0 });
    expect(t.feishu.attempts.get("t-0")).toBeLessThanOrEqual(5);
    expect(s.elapsedMs).toBeLessThanOrEqual(5000);
  });

  test("an uncertain try followed by a configuration error is unknown, not failed", async () => {
    const t = run(1, { plan: (_k, a) => (a === 1 ? "timeout" : "fatal") });
    const s = await t.done;
    expect(s).toMatchObject({ failed: 0, unresolved: 1, failedBy: {} });
  });

  test("progress reports sent, ok, failed, retrying, remaining and an ETA", async () => {
    const t = run(12, {
      plan: (k, a) => (k === "t-3" && a === 1 ? "5xx" : k === "t-7" ? "invalid" : undefined),
    });
    await t.done;
    const last = t.progress[t.progress.length - 1];
    expect(last).toMatchObject({
      total: 12,
      sent: 12,
      ok: 11,
      failed: 1,
      retrying: 0,
      remaining: 0,
      etaMs: 0,
    });
    expect(t.progress[0]).toMatchObject({ sent: 0, remaining: 12, etaMs: null });
    expect(t.progress.some((p) => p.retrying === 1)).toBe(true);
    const mid = t.progress.find((p) => p.ok === 4);
    expect(mid?.etaMs).toBeGreaterThan(0);
  });

  test("pacePerSecond spaces the sends", async () => {
    const t = run(20, { pacePerSecond: 10, concurrency: 16 });
    const s = await t.done;
    expect(s.written).toBe(20);
    expect(s.elapsedMs).toBeGreaterThanOrEqual(1900);
  });

  test("if the submitting marker cannot be written, nothing is sent", async () => {
    const t = run(5, { onResults: () => Promise.reject(new Error("sheet is locked")) });
    await expect(t.done).rejects.toThrow("sheet is locked");
    expect(t.feishu.attempts.size).toBe(0);
  });

  test("if a later result batch fails, scheduling stops and the summary says so", async () => {
    let calls = 0;
    const t = run(40, {
      batchSize: 5,
      onResults: () => (++calls === 2 ? Promise.reject(new Error("sync failed")) : undefined),
    });
    const s = await t.done;
    expect(s.stoppedBy).toBe("results");
    expect(t.feishu.attempts.size).toBeLessThan(40);
    expect(new Set(t.feishu.writes).size).toBe(t.feishu.writes.length);
  });
});
