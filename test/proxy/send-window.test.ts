/**
 * The limit holds on the wire: on a manual clock, and counted by the independent Feishu stub
 * in its own process (its clock, its event loop) while the proxy's event loop is stalled.
 */
import { systemClock, type ProxyClock } from "../../src/proxy/clock";
import { SendWindow, type SendGate } from "../../src/proxy/send-window";
import { createUpstreamClient, type UpstreamClient } from "../../src/proxy/upstream";
import { Agent, request } from "node:http";
import { CREATE, KEY, createBody, startStubStack } from "./support";
import { FakeClock } from "./fake-clock";
import { busiestSecond, spawnFeishuStub, type StubProcess } from "../support/feishu-stub-process";

const CREATE_PATH = CREATE.split("?")[0];

jest.setTimeout(30_000);

/** Queues `send` on the gate; the answer comes back `answerAfterMs` after it was written (0: at once). */
function sendThrough(gate: SendGate, clock: FakeClock, send: () => void, answerAfterMs = 0): void {
  let answered = () => undefined as void;
  answered = gate.whenFree(() => {
    send();
    if (answerAfterMs) clock.setTimer(() => answered(), answerAfterMs);
    else queueMicrotask(() => answered());
    return true;
  });
}

describe("SendWindow (manual clock)", () => {
  it("lets at most `limit` sends through in any sliding second, and does not count a send given up", async () => {
    const clock = new FakeClock();
    const gate = new SendWindow(5, clock);
    const sent: number[] = [];
    for (let i = 0; i < 12; i++) sendThrough(gate, clock, () => sent.push(clock.now()));
    gate.whenFree(() => false); // given up (timed out) while waiting: takes no slot
    sendThrough(gate, clock, () => sent.push(clock.now()));
    await clock.advance(0);
    expect(sent).toEqual([0, 0, 0, 0, 0]);
    await clock.advance(3000);
    expect(sent).toEqual([0, 0, 0, 0, 0, 1000, 1000, 1000, 1000, 1000, 2000, 2000, 2000]);
    expect(busiestSecond(sent)).toBe(5);
  });

  it("holds a request's place until a second after its answer: arrivals anywhere in between stay within the limit", async () => {
    const clock = new FakeClock();
    const gate = new SendWindow(5, clock);
    const sent: number[] = [];
    for (let i = 0; i < 5; i++) sendThrough(gate, clock, () => sent.push(clock.now()), 300); // answered at 300
    for (let i = 0; i < 5; i++) sendThrough(gate, clock, () => sent.push(clock.now()));
    await clock.advance(1299);
    expect(sent).toEqual([0, 0, 0, 0, 0]); // the first five may have arrived as late as 299
    await clock.advance(1);
    expect(sent).toEqual([0, 0, 0, 0, 0, 1300, 1300, 1300, 1300, 1300]);
  });

  it("counts a send from when its answer came back, so a write held up on its way cannot crowd the next second", async () => {
    const clock = new FakeClock();
    let heldUp = 0; // how far the real moment of writing is behind the gate's check
    const late: ProxyClock = { now: () => clock.now() + heldUp, setTimer: clock.setTimer };
    const gate = new SendWindow(5, late);
    const wrote: number[] = [];
    const send = (delay: number) => () => {
      heldUp += delay; // e.g. the process descheduled between the check and the write
      wrote.push(late.now());
    };
    sendThrough(gate, clock, send(30));
    for (let i = 0; i < 9; i++) sendThrough(gate, clock, send(0));
    await clock.advance(2500);
    expect(wrote).toHaveLength(10);
    expect(busiestSecond(wrote)).toBe(5);
  });
});

describe("on the wire, with the proxy's event loop stalled", () => {
  let stub: StubProcess;
  let stubUrl: string;
  beforeAll(async () => {
    stub = await spawnFeishuStub({ limitPerSec: 50, closeConnections: true });
    stubUrl = stub.url;
  });
  afterAll(() => stub.close());

  it("never sends Feishu more than its 50 in any sliding second, counted where the requests arrive", async () => {
    // A busy proxy: now and then, right after one of its timers (a release, say) has run, its
    // event loop stops for a while, so the connects and writes of what was just released wait.
    let fired = 0;
    const stalling: ProxyClock = {
      now: systemClock.now,
      setTimer: (fn, ms) =>
        systemClock.setTimer(() => {
          fn();
          if (++fired % 100 === 0) {
            const until = performance.now() + 150;
            while (performance.now() < until);
          }
        }, ms),
    };
    // And the burst's first sends are held up on their way out (new connections on a loaded
    // host), while the ones released after them go at once: they would all land together.
    const real = createUpstreamClient(stubUrl);
    let creates = 0;
    const slowStart: UpstreamClient = {
      ...real,
      post: (req) =>
        req.path.startsWith(CREATE.split("?")[0]) && ++creates <= 20
          ? new Promise((r) => setTimeout(r, 400)).then(() => real.post(req))
          : real.post(req),
    };
    // Paced at 40/s: the 10 left under Feishu's 50 absorb the stub's own scheduling jitter in
    // stamping arrivals, so what is counted is the proxy, not the stub's event loop.
    const s = await startStubStack({
      env: { PROXY_UPSTREAM_RATE: "40" },
      upstreamUrl: stubUrl,
      deps: { clock: stalling, upstream: slowStart },
    });
    try {
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) => post(`${s.url}${CREATE}`, createBody(`w-${i}`))),
      );
      expect(
        answers.filter((a) => a.status !== 200 || !a.text.startsWith('{"code":0')).map((a) => a.text),
      ).toEqual([]);
      const arrived = await stub.arrivals(CREATE_PATH);
      expect(busiestSecond(arrived)).toBeLessThanOrEqual(50);
      expect(arrived).toHaveLength(200); // none refused upstream: a 429 would have been retried
    } finally {
      await s.close();
    }
  });
});

describe("bursts at Feishu's default pace, the stub's host and the proxy both busy", () => {
  let stub: StubProcess;
  // Every 700 ms the stub's host stops it for 150 ms: what reaches it meanwhile is stamped
  // together when it wakes, as a loaded gateway (or the network) bunches arrivals.
  beforeAll(
    async () => (stub = await spawnFeishuStub({ limitPerSec: 50, stall: { ms: 150, everyMs: 700 } })),
  );
  afterAll(() => stub.close());

  it("4 bursts of 300 creates, from one caller and from three, never put more than 50 in a sliding second at the stub", async () => {
    let fired = 0;
    const stalling: ProxyClock = {
      now: systemClock.now,
      setTimer: (fn, ms) =>
        systemClock.setTimer(() => {
          fn();
          if (++fired % 150 === 0) {
            const until = performance.now() + 100;
            while (performance.now() < until); // the proxy's own host busy now and then
          }
        }, ms),
    };
    const s = await startStubStack({ upstreamUrl: stub.url, deps: { clock: stalling } }); // default pace (48/s)
    try {
      const callers = [[KEY], [KEY, "pk_other", "pk_third"]];
      const failed: string[] = [];
      for (let burst = 0; burst < 4; burst++) {
        const keys = callers[burst % 2];
        const answers = await Promise.all(
          Array.from({ length: 300 }, (_, i) =>
            post(`${s.url}${CREATE}`, createBody(`b${burst}-${i}`), keys[i % keys.length]),
          ),
        );
        failed.push(
          ...answers.filter((a) => a.status !== 200 || !a.text.startsWith('{"code":0')).map((a) => a.text),
        );
        await new Promise((r) => setTimeout(r, 1200)); // idle: the next burst starts afresh
      }
      expect(failed).toEqual([]);
      const arrived = await stub.arrivals(CREATE_PATH);
      expect(busiestSecond(arrived)).toBeLessThanOrEqual(50);
      expect(arrived).toHaveLength(1200); // none refused upstream (a 429 is retried, arriving twice)
    } finally {
      await s.close();
    }
  }, 120_000);
});

/** The client keeps its connections to the proxy (the stall should slow the proxy, not the test's client). */
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
afterAll(() => agent.destroy());
function post(url: string, body: unknown, key = KEY): Promise<{ status: number; text: string }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
      },
      (res) => {
        let text = "";
        res.on("data", (c: Buffer) => (text += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}
