import { attempt, type AttemptContext } from "../../../src/core/engine/attempt";
import { StopSignal } from "../../../src/core/engine/clock";
import { ProxyWatch } from "../../../src/core/engine/proxy-watch";
import { DEFAULT_RETRY } from "../../../src/core/engine/retry-policy";
import { PROXY_CODES, PROXY_HEADERS } from "../../../src/core/feishu/proxy-codes";
import type { CallResult } from "../../../src/core/outcome";
import { FakeClock } from "../../engine/support/fake-clock";

const answer = (status: number, code: number, headers: Record<string, string> = {}): CallResult => ({
  answer: { status, headers, body: { code, msg: "x" } },
});
const OK = answer(200, 0);
const BUSY = answer(500, 1225000);
const REFUSED: CallResult = { failure: { type: "refused", sent: false } };

function context(over: Partial<AttemptContext> = {}): AttemptContext & { clock: FakeClock } {
  return {
    clock: new FakeClock(),
    policy: { ...DEFAULT_RETRY, baseDelayMs: 10, random: () => 0.5 },
    ...over,
  } as AttemptContext & { clock: FakeClock };
}

function script(results: CallResult[]) {
  const budgets: number[] = [];
  const send = (left: number) => {
    budgets.push(left);
    return Promise.resolve(results[Math.min(budgets.length - 1, results.length - 1)]);
  };
  return { send, budgets };
}

describe("attempt: the one loop every call to Feishu goes through", () => {
  it("retries a passing fault and hands back the first answer that is not retried", async () => {
    const s = script([BUSY, BUSY, OK]);
    const end = await attempt(s.send, context());
    expect(end).toMatchObject({ end: "answer", attempts: 3, sends: 3, uncertain: true });
    expect(end.end === "answer" && end.outcome.kind).toBe("ok");
  });

  it("counts the proxy's sends against the one budget and tells the proxy what is left", async () => {
    const twice = answer(500, 1225000, { [PROXY_HEADERS.sends]: "2" });
    const s = script([twice]);
    const end = await attempt(s.send, context());
    expect(s.budgets).toEqual([6, 4, 2]);
    expect(end).toMatchObject({ end: "gave-up", why: "sends", sends: 6, attempts: 3 });
  });

  it("a read is bounded by tries and time, not by the sends budget of a write", async () => {
    const s = script([BUSY]);
    const end = await attempt(
      s.send,
      context({ policy: { ...DEFAULT_RETRY, maxSends: 2, random: () => 0 } }),
      {
        read: true,
      },
    );
    expect(end).toMatchObject({ end: "gave-up", why: "attempts", attempts: 10 });
  });

  it("a queued answer that sent nothing is a wait, not a try", async () => {
    const queued = answer(429, 99991400, { [PROXY_HEADERS.sends]: "0", "x-ogw-ratelimit-reset": "1" });
    const s = script([queued, queued, queued, queued, OK]);
    const end = await attempt(
      s.send,
      context({ policy: { ...DEFAULT_RETRY, maxAttempts: 2, random: () => 0 } }),
    );
    expect(end).toMatchObject({ end: "answer", attempts: 5, sends: 1 });
  });

  it("gives up on attempts and on time", async () => {
    const few = await attempt(
      script([BUSY]).send,
      context({ policy: { ...DEFAULT_RETRY, maxAttempts: 2, maxSends: 99 } }),
    );
    expect(few).toMatchObject({ end: "gave-up", why: "attempts", attempts: 2 });
    const slow = await attempt(
      script([answer(429, 99991400, { "x-ogw-ratelimit-reset": "60" })]).send,
      context({ policy: { ...DEFAULT_RETRY, maxRetryMs: 30_000, random: () => 0 } }),
    );
    expect(slow).toMatchObject({ end: "gave-up", why: "time", attempts: 1 });
  });

  it("stopOn hands an answer back at once although it would be retried", async () => {
    const s = script([answer(400, 99991663)]);
    const end = await attempt(s.send, context(), { stopOn: (o) => o.code === 99991663 });
    expect(end).toMatchObject({ end: "answer", attempts: 1 });
  });

  it("a cancel ends the call before the next send, even mid-wait", async () => {
    const stop = new StopSignal();
    const s = script([BUSY]);
    const ctx = context({ signal: stop });
    const pending = attempt(s.send, ctx);
    await new Promise((r) => setImmediate(r));
    stop.stop();
    expect(await pending).toMatchObject({ end: "stopped", proxyLost: false, attempts: 1 });
    const before = await attempt(s.send, ctx);
    expect(before).toMatchObject({ end: "stopped", attempts: 0 });
  });

  it("transport failures in a row lose the proxy, and the call stops rather than gives up", async () => {
    const watch = new ProxyWatch({ lostAfter: 3 });
    const ctx = context({ watch, policy: { ...DEFAULT_RETRY, maxAttempts: 3, random: () => 0.5 } });
    const end = await attempt(script([REFUSED]).send, ctx);
    expect(end).toMatchObject({ end: "stopped", proxyLost: true, attempts: 3 });
    expect(await attempt(script([OK]).send, ctx)).toMatchObject({
      end: "stopped",
      proxyLost: true,
      attempts: 0,
    });
  });

  it("a lost proxy wakes a call waiting to retry", async () => {
    const watch = new ProxyWatch();
    const slow = { ...DEFAULT_RETRY, baseDelayMs: 60_000, maxDelayMs: 60_000, random: () => 1 };
    const ctx = context({ watch, policy: slow });
    const started = ctx.clock.now();
    const pending = attempt(script([BUSY]).send, ctx);
    await new Promise((r) => setImmediate(r));
    watch.lose();
    expect(await pending).toMatchObject({ end: "stopped", proxyLost: true, attempts: 1 });
    expect(ctx.clock.now() - started).toBeLessThan(60_000);
  });

  it("a proxy code that sent nothing is not counted as a send", async () => {
    const s = script([answer(502, PROXY_CODES.upstreamUnreachable, { [PROXY_HEADERS.sends]: "0" }), OK]);
    expect(await attempt(s.send, context())).toMatchObject({ end: "answer", sends: 1, attempts: 2 });
  });
});
