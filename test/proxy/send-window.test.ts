/**
 * The limit holds on the wire: on a manual clock, and counted by the independent Feishu stub
 * in its own process (its clock, its event loop) while the proxy's event loop is stalled.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { systemClock, type ProxyClock } from "../../src/proxy/clock";
import { SendWindow } from "../../src/proxy/send-window";
import { createUpstreamClient, type UpstreamClient } from "../../src/proxy/upstream";
import { Agent, request } from "node:http";
import { CREATE, KEY, createBody, startStubStack } from "./support";
import { FakeClock } from "./fake-clock";

jest.setTimeout(30_000);

/** Most arrivals in any sliding window [t, t + 1000 ms). */
function busiestSecond(times: number[]): number {
  const t = [...times].sort((a, b) => a - b);
  let worst = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (j < t.length && t[j] < t[i] + 1000) j++;
    worst = Math.max(worst, j - i);
  }
  return worst;
}

describe("SendWindow (manual clock)", () => {
  it("lets at most `limit` sends through in any sliding second, and does not count a send given up", async () => {
    const clock = new FakeClock();
    const gate = new SendWindow(5, clock);
    const sent: number[] = [];
    for (let i = 0; i < 12; i++) gate.whenFree(() => (sent.push(clock.now()), true));
    gate.whenFree(() => false); // given up (timed out) while waiting: takes no slot
    gate.whenFree(() => (sent.push(clock.now()), true));
    expect(sent).toEqual([0, 0, 0, 0, 0]);
    await clock.advance(3000);
    expect(sent).toEqual([0, 0, 0, 0, 0, 1000, 1000, 1000, 1000, 1000, 2000, 2000, 2000]);
    expect(busiestSecond(sent)).toBe(5);
  });

  it("counts a send from when its write returned, so a write held up on its way cannot crowd the next second", async () => {
    const clock = new FakeClock();
    let heldUp = 0; // how far the real moment of writing is behind the gate's check
    const late: ProxyClock = { now: () => clock.now() + heldUp, setTimer: clock.setTimer };
    const gate = new SendWindow(5, late);
    const wrote: number[] = [];
    const send = (delay: number) => () => {
      heldUp += delay; // e.g. the process descheduled between the check and the write
      wrote.push(late.now());
      return true;
    };
    gate.whenFree(send(30));
    for (let i = 0; i < 9; i++) gate.whenFree(send(0));
    await clock.advance(2500);
    expect(wrote).toHaveLength(10);
    expect(busiestSecond(wrote)).toBe(5);
  });
});

describe("on the wire, with the proxy's event loop stalled", () => {
  let stub: ChildProcess;
  let stubUrl: string;
  beforeAll(async () => {
    stub = spawn(
      join(__dirname, "../../node_modules/.bin/tsx"),
      [join(__dirname, "../support/feishu-stub-main.ts")],
      {
        env: {
          ...process.env,
          STUB_OPTIONS: JSON.stringify({ limitPerSec: 50, closeConnections: true }),
        },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    stubUrl = await new Promise<string>((resolve, reject) => {
      let seen = "";
      stub.stdout?.on("data", (c: Buffer) => {
        seen += c.toString();
        const m = /listening on (http:\/\/\S+)/.exec(seen);
        if (m) resolve(m[1]);
      });
      stub.once("exit", (code) => reject(new Error(`the stub exited (${code})`)));
    });
  });
  afterAll(() => void stub.kill("SIGTERM"));

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
      const received = (await (await fetch(`${stubUrl}/__stub/received`)).json()) as {
        path: string;
        at: number;
      }[];
      const arrived = received.filter((r) => r.path === "/open-apis/attendance/v1/user_approvals");
      expect(busiestSecond(arrived.map((r) => r.at))).toBeLessThanOrEqual(50);
      expect(arrived).toHaveLength(200); // none refused upstream: a 429 would have been retried
    } finally {
      await s.close();
    }
  });
});

/** The client keeps its connections to the proxy (the stall should slow the proxy, not the test's client). */
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
afterAll(() => agent.destroy());
function post(url: string, body: unknown): Promise<{ status: number; text: string }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
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
