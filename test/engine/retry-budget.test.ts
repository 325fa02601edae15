/**
 * One retry budget across the engine and the proxy: each time a record reaches Feishu counts
 * once, whoever retried it, and a record reaches Feishu at most DEFAULT_RETRY.maxSends times.
 * Counted where the requests arrive (the independent Feishu stub, or the emulator's own
 * store), through the real proxy. Out of budget after a send that may have written the record,
 * the engine asks Feishu with a query (no send) instead of leaving the row unconfirmed.
 */
import { createProxyClient } from "../../src/client/proxy-client";
import { DEFAULT_RETRY } from "../../src/core/engine/retry-policy";
import { mapCallResult } from "../../src/core/feishu/outcomes";
import { submitRecords } from "../../src/core/engine/submit";
import type { SubmitTransport } from "../../src/core/engine/types";
import type { RowResult } from "../../src/core/model";
import { defaultAnswer, type StubRequest } from "../support/feishu-stub";
import { KEY, startStubStack, type StubStack } from "../proxy/support";
import { makeRecords } from "./support/records";
import { startEngineStack, type EngineStack } from "./support/stack";

jest.setTimeout(60_000);

const RATE_LIMITED = {
  kind: "json" as const,
  status: 429,
  body: { code: 99991400, msg: "request trigger frequency limit" },
};

/** Creates per idempotent_id as the stub received them. */
function sendsByKey(received: readonly StubRequest[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of received) {
    if (!r.path.endsWith("/user_approvals")) continue;
    const keys = [...r.body.toString("utf8").matchAll(/"idempotent_id":"([^"]+)"/g)].map((m) => m[1]);
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

async function run(stack: StubStack, n: number, prefix: string) {
  const client = createProxyClient({ baseUrl: stack.url, credential: { key: KEY } });
  const results: RowResult[] = [];
  const records = makeRecords(n, { prefix });
  const summary = await submitRecords({
    records,
    transport: client.transport,
    baseDelayMs: 1,
    maxDelayMs: 20,
    concurrency: 4,
    onResults: (b) => void results.push(...b),
  });
  return { summary, records, results, sends: sendsByKey(stack.stub.received) };
}

describe("one retry budget", () => {
  let stack: StubStack | null = null;
  afterEach(async () => {
    await stack?.close();
    stack = null;
  });

  test("under 20% upstream 429s every record is written, none reaching Feishu more than the budget", async () => {
    let draw = 7;
    const random = () => (draw = (draw * 48271) % 2147483647) / 2147483647;
    stack = await startStubStack({
      stub: { answer: (r) => (random() < 0.2 ? RATE_LIMITED : defaultAnswer(r)) },
    });
    const { summary, records, sends } = await run(stack, 30, "budget-a");
    expect(summary).toMatchObject({ written: 30, failed: 0 });
    expect(stack.stub.rateLimited + [...sends.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(30);
    for (const r of records) expect(sends.get(r.key) ?? 0).toBeLessThanOrEqual(DEFAULT_RETRY.maxSends);
  });

  test("under a sustained 429 each record reaches Feishu exactly the budget, then gives up saying why", async () => {
    stack = await startStubStack({ stub: { answer: () => RATE_LIMITED } });
    const { summary, records, results, sends } = await run(stack, 3, "budget-b");
    expect(summary).toMatchObject({ written: 0, failed: 3 });
    for (const r of records) expect(sends.get(r.key)).toBe(DEFAULT_RETRY.maxSends);
    const final = results.filter((r) => r.status === "failed");
    expect(final).toHaveLength(3);
    for (const r of final) expect(r.message).toMatch(/已向飞书发送 6 次仍未成功/);
  });
});

describe("the engine's side of the budget", () => {
  test("counts the proxy's sends from x-proxy-upstream-sends and asks for no more than is left", async () => {
    const asked: (number | undefined)[] = [];
    const transport: SubmitTransport = {
      create: async (_record, _signal, maxSends) => {
        asked.push(maxSends);
        return {
          answer: {
            status: 429,
            headers: { "x-proxy-upstream-sends": "4", "x-ogw-ratelimit-reset": "0" },
            body: { code: 99991400, msg: "request trigger frequency limit" },
          },
        };
      },
      query: async () => ({ failure: { type: "refused", sent: false } }),
    };
    const results: RowResult[] = [];
    const summary = await submitRecords({
      records: makeRecords(1, { prefix: "budget-c" }),
      transport,
      baseDelayMs: 1,
      maxDelayMs: 2,
      locale: "en-US",
      onResults: (b) => void results.push(...b),
    });
    expect(summary).toMatchObject({ written: 0, failed: 1 });
    expect(asked).toEqual([6, 2]);
    expect(results.at(-1)?.message).toMatch(/^Sent to Feishu 8 times without success/);
  });
});

test("the proxy's queue-full refusals (nothing sent) are waits, not tries: more of them than maxAttempts still ends written", async () => {
  let calls = 0;
  const transport: SubmitTransport = {
    create: async () =>
      ++calls <= 12
        ? {
            answer: {
              status: 429,
              headers: { "x-proxy-upstream-sends": "0", "retry-after": "0" },
              body: { code: 99991400, msg: "request trigger frequency limit" },
            },
          }
        : {
            answer: {
              status: 200,
              headers: { "x-proxy-upstream-sends": "1" },
              body: {
                code: 0,
                data: { user_approval: { leaves: [{ approval_id: "7000000000000000042" }] } },
              },
            },
          },
    query: async () => ({ failure: { type: "refused", sent: false } }),
  };
  const summary = await submitRecords({
    records: makeRecords(1, { prefix: "budget-i" }),
    transport,
    baseDelayMs: 1,
    maxDelayMs: 2,
    onResults: () => undefined,
  });
  expect(calls).toBe(13);
  expect(summary).toMatchObject({ written: 1, failed: 0 });
});

test("out of budget with the last send unanswered upstream (504): Feishu is asked, but the row stays unconfirmed", async () => {
  const transport: SubmitTransport = {
    create: async () => ({
      answer: {
        status: 504,
        headers: { "x-proxy-upstream-sends": "1" },
        body: { code: 1790005, msg: "no answer from Feishu in time" },
      },
    }),
    query: async () => ({
      answer: { status: 200, headers: {}, body: { code: 0, data: { user_approvals: [] } } },
    }),
  };
  const results: RowResult[] = [];
  const summary = await submitRecords({
    records: makeRecords(1, { prefix: "budget-h" }),
    transport,
    baseDelayMs: 1,
    maxDelayMs: 2,
    locale: "en-US",
    onResults: (b) => void results.push(...b),
  });
  expect(summary).toMatchObject({ failed: 0, unresolved: 1, failedBy: {} });
  expect(results.at(-1)?.message).toMatch(
    /^Sent to Feishu 6 times without success.*; It may have been written/,
  );
});

describe("out of budget after a send that may have written the record", () => {
  let stack: EngineStack | null = null;
  afterEach(async () => {
    await stack?.close();
    stack = null;
  });

  /** Every create answered 5xx (not written, outcome uncertain); `first` overrides the first one. */
  async function exhaust(prefix: string, first: "lostResponseRate" | "http5xxRate") {
    stack = await startEngineStack({ emulator: { faults: { [first]: 1 }, seed: 3 } });
    const emu = stack.emu;
    const inner = stack.client.transport;
    const transport: SubmitTransport = {
      ...inner,
      create: async (record, signal, maxSends) => {
        const result = await inner.create(record, signal, maxSends);
        emu.setFaults({ http5xxRate: 1 });
        return result;
      },
    };
    const records = makeRecords(1, { prefix });
    const results: RowResult[] = [];
    const summary = await submitRecords({
      records,
      transport,
      baseDelayMs: 1,
      maxDelayMs: 20,
      locale: "en-US",
      onResults: (b) => void results.push(...b),
    });
    const key = records[0].key;
    return {
      summary,
      final: results.at(-1),
      sends: emu.stats().createsByKey[key],
      stored: emu.countsByIdempotentId().get(key) ?? 0,
      queries: emu.stats().byPath["/open-apis/attendance/v1/user_approvals/query"] ?? 0,
    };
  }

  test("written by the first send, its answer lost, then 5xx: found by query and stamped written", async () => {
    const { summary, final, sends, stored, queries } = await exhaust("budget-d", "lostResponseRate");
    expect(sends).toBe(DEFAULT_RETRY.maxSends);
    expect(stored).toBe(1);
    expect(queries).toBeGreaterThan(0);
    expect(summary).toMatchObject({ written: 1, failed: 0, unresolved: 0 });
    expect(final).toMatchObject({ status: "submitted" });
    expect(final?.approval_id).toMatch(/^\d{19}$/);
    expect(final?.message).toMatch(/^An earlier send had reached Feishu/);
  });

  test("never written: the query finds nothing, so the row fails saying why, not unknown", async () => {
    const { summary, final, sends, stored } = await exhaust("budget-e", "http5xxRate");
    expect(sends).toBe(DEFAULT_RETRY.maxSends);
    expect(stored).toBe(0);
    expect(summary).toMatchObject({ written: 0, failed: 1, unresolved: 0, failedBy: { retryable: 1 } });
    expect(final).toMatchObject({ status: "failed" });
    expect(final?.message).toMatch(
      /^Sent to Feishu 6 times without success, the most allowed for one record; .*; Feishu was checked and holds none of these sends/,
    );
  });
});

describe("the proxy answers within the pane's own timeout, so no send is guessed", () => {
  let stack: EngineStack | null = null;
  afterEach(async () => {
    await stack?.close();
    stack = null;
  });

  test("sent but unanswered upstream: the proxy says so, with its one send, before the pane gives up", async () => {
    stack = await startEngineStack({
      emulator: { faults: { slowRate: 1, slowMs: 3000 }, seed: 3 },
      clientTimeoutMs: 1000,
    });
    const [record] = makeRecords(1, { prefix: "budget-f" });
    const started = performance.now();
    const result = await stack.client.transport.create(record, undefined, 6);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({ answer: { status: 504, headers: { "x-proxy-upstream-sends": "1" } } });
    expect(mapCallResult(result)).toMatchObject({ kind: "retryable", uncertain: true });
  });

  test("still queued at the pane's timeout: answered not sent, and Feishu never sees it", async () => {
    stack = await startEngineStack({
      emulator: { faults: { latencyMs: { min: 300, max: 300 } }, seed: 3 },
      env: { PROXY_UPSTREAM_RATE: "2", PROXY_CALLER_RATE: "1000" },
      clientTimeoutMs: 1000,
    });
    const records = makeRecords(6, { prefix: "budget-g" });
    const client = stack.client;
    const results = await Promise.all(records.map((r) => client.transport.create(r, undefined, 6)));
    const attempts = stack.emu.stats().createsByKey;
    const refused = results.filter(
      (r) => "answer" in r && r.answer.headers["x-proxy-upstream-sends"] === "0",
    );
    expect(refused.length).toBeGreaterThan(0);
    expect(results.every((r) => "answer" in r)).toBe(true); // none left to the pane's timeout
    for (const [i, r] of results.entries()) {
      const sends = "answer" in r ? Number(r.answer.headers["x-proxy-upstream-sends"]) : NaN;
      expect(attempts[records[i].key] ?? 0).toBe(sends);
      if (sends === 0) expect(mapCallResult(r)).toMatchObject({ kind: "rate_limited", uncertain: false });
    }
  });
});
