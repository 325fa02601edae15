/** Progress on stderr: a bar redrawn in place on a terminal, a plain line now and then otherwise, JSON lines with --log json. */
import { progressSink } from "../../src/cli/progress";
import type { SubmitProgress } from "../../src/core/engine";

const at = (sent: number, total = 100): SubmitProgress => ({
  total,
  sent,
  ok: sent,
  failed: 0,
  retrying: 0,
  remaining: total - sent,
  etaMs: sent ? 1000 : null,
});

function sink(mode: "text" | "json", isTTY: boolean) {
  let out = "";
  let now = 0;
  const s = progressSink(mode, { write: (x: string) => (out += x), isTTY }, "en-US", () => now);
  return { s, out: () => out, tick: (ms: number) => (now += ms) };
}

test("a terminal gets one line redrawn with \\r, ended before a note and at the end", () => {
  const { s, out } = sink("text", true);
  s.update(at(0));
  s.update(at(50));
  s.note("cancelled", "Stopped.");
  s.update(at(100));
  s.done();
  expect(out()).toMatch(/^\r\[-{24}\] 0\/100 sent/);
  expect(out()).toContain("\r[############------------] 50/100 sent · 50 written · 0 failed ~1s");
  expect(out()).toContain("\r\u001b[KStopped.\n");
  expect(out().endsWith("\n")).toBe(true);
});

test("a log file gets a plain line every 5 s and the last one", () => {
  const { s, out, tick } = sink("text", false);
  s.update(at(1));
  s.update(at(2));
  tick(5000);
  s.update(at(3));
  s.update(at(100));
  expect(out().split("\n").filter(Boolean)).toEqual([
    "1/100 sent · 1 written · 0 failed",
    "3/100 sent · 3 written · 0 failed",
    "100/100 sent · 100 written · 0 failed",
  ]);
  expect(out()).not.toContain("\r");
});

test("--log json: one JSON object per line, at most one progress a second, and notes as events", () => {
  const { s, out, tick } = sink("json", true);
  s.update(at(1));
  s.update(at(2));
  tick(1000);
  s.update(at(3));
  s.note("cancelled", "Stopped.");
  const lines = out()
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  expect(lines.map((l) => [l.event, l.sent ?? l.message])).toEqual([
    ["progress", 1],
    ["progress", 3],
    ["cancelled", "Stopped."],
  ]);
});
