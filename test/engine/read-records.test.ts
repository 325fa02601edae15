/**
 * Reading what Feishu holds through the real proxy and emulator: plans of many people, a batch
 * refused for an unknown (E9999) or out-of-range (S0001) person bisected down to them, revoked
 * records read back under either status number, passing faults retried.
 */
import { readFeishuRecords } from "../../src/core/engine/read-records";
import { dayIndex } from "../../src/core/feishu/calendar";
import { planQueries, type DaySpan } from "../../src/core/records/plan";
import { makeRecords } from "./support/records";
import { startEngineStack, type EngineStack } from "./support/stack";

// 2026-02-01 in Shanghai: the records of makeRecords (2026-01-05 onwards) are all reachable.
const NOW = Date.parse("2026-02-01T02:00:00Z");
const fast = { maxAttempts: 5, baseDelayMs: 1, maxDelayMs: 5, random: () => 0.5 };
const spanOf = (userId: string): DaySpan => ({ userId, first: dayIndex(20260105), last: dayIndex(20260106) });

async function writeAll(stack: EngineStack, n: number, prefix: string) {
  const records = makeRecords(n, { prefix, employees: 60 });
  for (const r of records) {
    const a = await stack.client.transport.create(r);
    expect("answer" in a && (a.answer.body as { code: number }).code).toBe(0);
  }
  return records;
}

describe("readFeishuRecords", () => {
  let stack: EngineStack;
  beforeAll(async () => {
    // A fixed clock never opens a new rate window, so the limit is lifted.
    stack = await startEngineStack({ emulator: { now: () => NOW, rateLimitPerSec: 100_000 } });
    await writeAll(stack, 120, "rd");
  });
  afterAll(() => stack.close());

  it("reads every record of 60 people in two batches", async () => {
    const people = Array.from({ length: 60 }, (_, i) => spanOf(`E${String(i + 1).padStart(4, "0")}`));
    const plan = planQueries(people, NOW);
    expect(plan.requests).toHaveLength(2);
    const r = await readFeishuRecords(plan, {
      transport: stack.client.transport,
      employeeType: "employee_id",
    });
    expect(r).toMatchObject({ failure: null, refused: [], calls: 2, cancelled: false });
    expect(r.records).toHaveLength(120);
    expect(new Set(r.records.map((x) => x.approvalId)).size).toBe(120);
  });

  it("bisects a refused batch down to the unknown and the out-of-range person, and still reads the rest", async () => {
    const people = [
      ...Array.from({ length: 48 }, (_, i) => spanOf(`E${String(i + 1).padStart(4, "0")}`)),
      spanOf("E9999"),
      spanOf("S0001"),
    ];
    const r = await readFeishuRecords(planQueries(people, NOW), {
      transport: stack.client.transport,
      employeeType: "employee_id",
    });
    expect(r.failure).toBeNull();
    expect(r.refused).toEqual(
      expect.arrayContaining([
        { userId: "E9999", code: 1220004 },
        { userId: "S0001", code: 1220005 },
      ]),
    );
    expect(r.refused).toHaveLength(2);
    expect(new Set(r.records.map((x) => x.userId)).size).toBe(48);
    // log2(50) levels, two refused leaves: far fewer calls than one per person.
    expect(r.calls).toBeLessThanOrEqual(16);
  });

  it("stops with the outcome when the setup is broken, and stops at once when cancelled", async () => {
    const plan = planQueries([spanOf("E0001")], NOW);
    const broken = await readFeishuRecords(plan, {
      transport: { query: async () => ({ answer: { status: 400, headers: {}, body: { code: 99991672 } } }) },
      employeeType: "employee_id",
    });
    expect(broken.failure?.kind).toBe("permission");
    const controller = new AbortController();
    controller.abort();
    const cancelled = await readFeishuRecords(plan, {
      transport: stack.client.transport,
      employeeType: "employee_id",
      signal: controller.signal,
    });
    expect(cancelled).toMatchObject({ cancelled: true, calls: 0, records: [] });
  });

  it("retries passing faults", async () => {
    let n = 0;
    const flaky = {
      query: async (...args: Parameters<EngineStack["client"]["transport"]["query"]>) =>
        n++ < 2
          ? { answer: { status: 500, headers: {}, body: { code: 1225000, msg: "internal" } } }
          : stack.client.transport.query(...args),
    };
    const r = await readFeishuRecords(planQueries([spanOf("E0001")], NOW), {
      transport: flaky,
      employeeType: "employee_id",
      policy: fast,
    });
    expect(r).toMatchObject({ failure: null, calls: 3 });
    expect(r.records).toHaveLength(2);
  });
});

describe.each([3, 4] as const)("revoked records, the emulator showing them as %i", (revokedStatus) => {
  let stack: EngineStack;
  beforeAll(async () => {
    stack = await startEngineStack({ emulator: { now: () => NOW, revokedStatus } });
  });
  afterAll(() => stack.close());

  it("reads passed and revoked records with statuses 2, 3 and 4; a revoked leave is readable only as 3", async () => {
    const written = await writeAll(stack, 4, `rv${revokedStatus}`); // leave, out, overtime, trip of E0001–E0004
    for (const r of stack.emu.records())
      expect((await stack.client.revoke(r.approval_id, r.kind)).kind).toBe("ok");
    const spans = written.map((r) => spanOf(r.body.user_approval.user_id));
    const r = await readFeishuRecords(planQueries(spans, NOW), {
      transport: stack.client.transport,
      employeeType: "employee_id",
      statuses: [2, 3, 4],
    });
    expect(r.failure).toBeNull();
    const kinds = r.records.map((x) => `${x.kind}:${x.status}`).sort();
    expect(kinds).toEqual(
      revokedStatus === 3 ? ["leave:3", "out:3", "overtime:3", "trip:3"] : ["out:4", "trip:4"],
    );
  });
});
