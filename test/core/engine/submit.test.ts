/**
 * A run that loses the proxy: it stops at once, leaves the rows it did not try as they were
 * (Ready, saying the proxy cannot be reached), marks none failed, and counts every row once.
 */
import { submitRecords } from "../../../src/core/engine/submit";
import type { SubmitTransport } from "../../../src/core/engine/types";
import type { RowResult } from "../../../src/core/model";
import type { CallResult } from "../../../src/core/outcome";
import { FakeClock } from "../../engine/support/fake-clock";
import { fakeFeishu } from "../../engine/support/fake-feishu";
import { makeRecords } from "../../engine/support/records";

const REFUSED: CallResult = { failure: { type: "refused", sent: false } };

function dyingProxy(clock: FakeClock, liveCreates: number) {
  const feishu = fakeFeishu(clock);
  let creates = 0;
  const transport: SubmitTransport = {
    create: (r, s, m) =>
      ++creates > liveCreates ? Promise.resolve(REFUSED) : feishu.transport.create(r, s, m),
    query: (t, b, s) => (creates > liveCreates ? Promise.resolve(REFUSED) : feishu.transport.query(t, b, s)),
  };
  return { feishu, transport };
}

async function run(n: number, liveCreates: number, probe?: () => Promise<boolean>) {
  const clock = new FakeClock();
  const { feishu, transport } = dyingProxy(clock, liveCreates);
  const batches: RowResult[][] = [];
  const summary = await submitRecords({
    records: makeRecords(n),
    transport,
    clock,
    concurrency: 4,
    onResults: (b) => void batches.push(b),
    proxyProbe: probe,
  });
  const final = new Map(
    batches
      .slice(1)
      .flat()
      .map((r) => [r.row, r] as const),
  );
  return { summary, feishu, final };
}

describe("submitRecords when the proxy is lost", () => {
  it("stops within seconds, marks no row failed, leaves the untried rows Ready and counts each row once", async () => {
    const { summary, feishu, final } = await run(200, 20);
    expect(summary.stoppedBy).toBe("proxy");
    expect(summary.failed).toBe(0);
    expect(summary.elapsedMs).toBeLessThan(10_000);
    expect(summary.written).toBe(feishu.writes.length);
    const { written, failed, unresolved, cancelled, held, skipped } = summary;
    expect(written + failed + unresolved + cancelled + held + skipped).toBe(200);
    expect(cancelled).toBeGreaterThan(150);
    const left = [...final.values()].filter((r) => r.status === "ready");
    expect(left).toHaveLength(cancelled);
    expect(left.every((r) => /proxy cannot be reached|无法连接代理/.test(r.message ?? ""))).toBe(true);
    expect([...final.values()].some((r) => r.status === "failed")).toBe(false);
  });

  it("a failing self-check stops the run before the failures add up", async () => {
    let asked = 0;
    const { summary } = await run(100, 10, async () => (asked++, false));
    expect(asked).toBe(1);
    expect(summary.stoppedBy).toBe("proxy");
    expect(summary.failed).toBe(0);
  });

  it("a self-check that answers keeps going: passing faults are retried, not a lost proxy", async () => {
    const clock = new FakeClock();
    const feishu = fakeFeishu(clock, {
      plan: (r, a) => (a === 1 && r.row % 2 === 0 ? "refused" : undefined),
    });
    const summary = await submitRecords({
      records: makeRecords(40),
      transport: feishu.transport,
      clock,
      concurrency: 1,
      proxyProbe: async () => true,
    });
    expect(summary).toMatchObject({ written: 40, stoppedBy: null });
  });
});
