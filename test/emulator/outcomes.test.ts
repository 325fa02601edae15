/** The emulator's answers, including the encodings we chose for UNCONFIRMED facts, read by the core's one mapping. */
import { mapCallResult } from "../../src/core/feishu/outcomes";
import type { OutcomeKind } from "../../src/core/outcome";
import { startEmulator, type Emulator } from "../../src/emulator";
import { api, approval, createPath, getToken, leave, trip } from "./client";

let emu: Emulator;
let token: string;

beforeAll(async () => {
  emu = await startEmulator({ closedBefore: "2026-02-01", rateLimitPerSec: 1000 });
  token = await getToken(emu.url);
  await api(emu.url, token, createPath(), approval({ leaves: [leave({ idempotent_id: "o-dup" })] }));
});
afterAll(() => emu.close());

const cases: [string, unknown, OutcomeKind, RegExp | null][] = [
  ["success", approval({ leaves: [leave({ idempotent_id: "o-ok" })] }), "ok", null],
  ["schema error", approval({ leaves: [leave({ unit: 7 })] }), "invalid", /unit/],
  [
    "1225001",
    approval({ trips: [trip({ end_time: "2026-03-01 00:00:00" })] }),
    "invalid",
    /TripErrorRecords|end_time/,
  ],
  ["unknown user", approval({ leaves: [leave()] }, "X1"), "unknown_user", null],
  ["out of scope", approval({ leaves: [leave()] }, "S0003"), "permission", null],
  [
    "sealed",
    approval({ leaves: [leave({ start_time: "2026-01-05 09:00:00", end_time: "2026-01-05 18:00:00" })] }),
    "period_closed",
    null,
  ],
  ["duplicate", approval({ leaves: [leave({ idempotent_id: "o-dup" })] }), "duplicate", null],
];

describe("core mapCallResult reads the emulator's answers", () => {
  it.each(cases)("%s", async (_n, body, kind, detail) => {
    const a = await api(emu.url, token, createPath(), body);
    const o = mapCallResult({
      answer: { status: a.status, headers: a.headers as Record<string, string | undefined>, body: a.body },
    });
    expect(o.kind).toBe(kind);
    if (detail) expect(o.detail).toMatch(detail);
    if (kind === "ok") expect(o.approvalIds).toHaveLength(1);
  });

  it("expired token and rate limit", async () => {
    const expired = await api(emu.url, "t-expired", createPath(), approval({ leaves: [leave()] }));
    expect(mapCallResult({ answer: { status: expired.status, headers: {}, body: expired.body } }).kind).toBe(
      "retryable",
    );
    emu.setFaults({ rateLimit429Rate: 1 });
    const limited = await api(emu.url, token, createPath(), approval({ leaves: [leave()] }));
    emu.setFaults(undefined);
    const o = mapCallResult({
      answer: {
        status: limited.status,
        headers: limited.headers as Record<string, string | undefined>,
        body: limited.body,
      },
    });
    expect(o).toMatchObject({ kind: "rate_limited", retryAfterMs: 1000 });
  });
});
