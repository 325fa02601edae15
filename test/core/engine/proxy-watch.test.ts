import { ProxyWatch } from "../../../src/core/engine/proxy-watch";
import type { CallResult } from "../../../src/core/outcome";

const refused: CallResult = { failure: { type: "refused", sent: false } };
const reset: CallResult = { failure: { type: "reset", sent: true } };
const aborted: CallResult = { failure: { type: "aborted", sent: false } };
const answered: CallResult = { answer: { status: 502, headers: {}, body: { code: 1790004 } } };
const settle = () => new Promise((r) => setImmediate(r));

describe("ProxyWatch", () => {
  it("is lost after lostAfter transport failures in a row, not counting cancels", () => {
    const w = new ProxyWatch({ lostAfter: 3 });
    w.saw(refused);
    w.saw(aborted);
    w.saw(reset);
    expect(w.lost).toBe(false);
    w.saw(refused);
    expect(w.lost).toBe(true);
  });

  it("timeouts alone (a slow, busy proxy) never lose it; they only have the self-check asked", async () => {
    const timeout: CallResult = { failure: { type: "timeout", sent: true } };
    let asked = 0;
    const w = new ProxyWatch({ lostAfter: 3, probe: async () => (asked++, true) });
    for (let i = 0; i < 20; i++) w.saw(timeout);
    await settle();
    expect(w.lost).toBe(false);
    expect(asked).toBeGreaterThan(0);
  });

  it("any HTTP answer, even an error, shows the proxy is there", () => {
    const w = new ProxyWatch({ lostAfter: 2 });
    for (let i = 0; i < 10; i++) {
      w.saw(refused);
      w.saw(answered);
    }
    expect(w.lost).toBe(false);
  });

  it("asks the self-check once failures start, and is lost when it fails", async () => {
    let asked = 0;
    const w = new ProxyWatch({ lostAfter: 100, probeAfter: 2, probe: async () => (asked++, false) });
    w.saw(refused);
    await settle();
    expect(asked).toBe(0);
    w.saw(refused);
    w.saw(refused);
    await settle();
    expect(asked).toBe(1);
    expect(w.lost).toBe(true);
  });

  it("a self-check that answers keeps the run going", async () => {
    const w = new ProxyWatch({ lostAfter: 100, probe: async () => true });
    w.saw(refused);
    w.saw(refused);
    await settle();
    expect(w.lost).toBe(false);
  });

  it("its signal fires for waits on a loss or on the run's cancel", () => {
    const w = new ProxyWatch();
    let woke = 0;
    const s = w.signalFor();
    s.addEventListener("abort", () => woke++);
    w.lose();
    expect(s.aborted).toBe(true);
    expect(woke).toBe(1);
  });
});
