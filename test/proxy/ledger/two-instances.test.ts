/**
 * Two proxy processes on one PostgreSQL database, in front of one emulator: the same key sent
 * to both at the same moment is written once, and both callers get its approval ID; the same
 * key with two bodies at once is written once and the other body refused.
 */
import { PROXY_CODES } from "../../../src/core/feishu/proxy-codes";
import { startEmulator, type Emulator } from "../../../src/emulator";
import { createTestDatabase, type TestDatabase } from "../../support/postgres";
import { send, leave, type Answer } from "../../support/http";
import { APP, CLERK_KEY, proxyEnv, startProxyProcess, type ProxyProcess } from "./support";

const CREATE = "/open-apis/attendance/v1/user_approvals?employee_type=employee_id";
const body = (key: string, reason = "family") => ({
  user_approval: { user_id: "E0002", date: "20260303", leaves: [leave({ idempotent_id: key, reason })] },
});
const post = (url: string, b: unknown): Promise<Answer> =>
  send(`${url}${CREATE}`, "POST", {
    body: b,
    headers: { "content-type": "application/json", authorization: `Bearer ${CLERK_KEY}` },
  });
const approvalId = (a: Answer) =>
  (a.body.data as { user_approval?: { leaves?: { approval_id: string }[] } } | undefined)?.user_approval
    ?.leaves?.[0]?.approval_id;

describe("two proxies on one PostgreSQL database", () => {
  let emu: Emulator;
  let db: TestDatabase;
  let a: ProxyProcess;
  let b: ProxyProcess;

  beforeAll(async () => {
    // A little latency, so the two sends of one key really overlap.
    emu = await startEmulator({
      appId: APP.id,
      appSecret: APP.secret,
      inspect: true,
      faults: { latencyMs: { min: 30, max: 60 } },
    });
    db = await createTestDatabase("ledger_race");
    const env = proxyEnv(emu.url, { DATABASE_URL: db.url });
    [a, b] = await Promise.all([startProxyProcess(env), startProxyProcess(env)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await emu?.close();
    await db?.drop();
  });

  it("writes a key sent to both at once exactly once, and both get its approval ID", async () => {
    const keys = Array.from({ length: 20 }, (_, i) => `race-${i}`);
    const answers = await Promise.all(
      keys.map((k) => Promise.all([post(a.url, body(k)), post(b.url, body(k))])),
    );
    const counts = emu.countsByIdempotentId();
    for (const [i, [x, y]] of answers.entries()) {
      expect([x.status, y.status, x.body.code, y.body.code]).toEqual([200, 200, 0, 0]);
      expect(approvalId(x)).toBe(approvalId(y));
      expect(counts.get(keys[i])).toBe(1);
    }
  }, 60_000);

  it("writes one of two bodies sent at once under one key and refuses the other", async () => {
    const keys = Array.from({ length: 10 }, (_, i) => `race-body-${i}`);
    const answers = await Promise.all(
      keys.map((k) => Promise.all([post(a.url, body(k, "first")), post(b.url, body(k, "second"))])),
    );
    const counts = emu.countsByIdempotentId();
    for (const [i, pair] of answers.entries()) {
      expect(pair.map((x) => x.body.code).sort()).toEqual([0, PROXY_CODES.keyConflict]);
      expect(counts.get(keys[i])).toBe(1);
    }
  }, 60_000);
});
