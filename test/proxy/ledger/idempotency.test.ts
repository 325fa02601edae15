/**
 * Idempotency keys through the ledger, on the embedded database and on the PostgreSQL server,
 * with the proxy as a process in front of the emulator: a resend is answered from the ledger
 * (same approval ID, not sent again), another body under the same key is refused naming the
 * first write, an uncertain write is settled by the query before anything is sent, a crash
 * mid-send is settled after the restart, and a revoke is recorded. Counted in the emulator's store.
 */
import { PROXY_CODES, PROXY_HEADERS } from "../../../src/core/feishu/proxy-codes";
import { startEmulator, type Emulator } from "../../../src/emulator";
import { send, leave, type Answer } from "../../support/http";
import {
  APP,
  CLERK_KEY,
  IT_KEY,
  TARGETS,
  proxyEnv,
  startProxyProcess,
  type LedgerTarget,
  type ProxyProcess,
} from "./support";

const CREATE = "/open-apis/attendance/v1/user_approvals?employee_type=employee_id";
const body = (key: string, over: Record<string, unknown> = {}, user = "E0001") => ({
  user_approval: { user_id: user, date: "20260302", leaves: [leave({ idempotent_id: key, ...over })] },
});
const post = (url: string, path: string, b: unknown, key = CLERK_KEY): Promise<Answer> =>
  send(`${url}${path}`, "POST", {
    body: b,
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
  });
const ledgerOf = async (url: string, query: string) =>
  (await send(`${url}/ledger/records?${query}`, "GET", { headers: { authorization: `Bearer ${IT_KEY}` } }))
    .body.data as {
    records: { outcome: string; approval_id: string | null; caller: string; revoked_by: string | null }[];
  };
const approvalId = (a: Answer) =>
  ((a.body.data as { user_approval: { leaves: { approval_id: string }[] } }).user_approval.leaves[0] ?? {})
    .approval_id;

describe.each(TARGETS)("the ledger on the %s", (_name, makeTarget) => {
  let emu: Emulator;
  let target: LedgerTarget;
  let proxy: ProxyProcess;
  const env = (over: Record<string, string> = {}) => ({ ...proxyEnv(emu.url, target.env), ...over });

  beforeAll(async () => {
    emu = await startEmulator({ appId: APP.id, appSecret: APP.secret, inspect: true });
    target = await makeTarget();
    proxy = await startProxyProcess(
      env({ PROXY_REQUEST_TIMEOUT_MS: "3000", PROXY_UPSTREAM_TIMEOUT_MS: "1000" }),
    );
  }, 120_000);
  afterAll(async () => {
    await proxy?.stop();
    await emu?.close();
    await target?.drop();
  });

  it("answers a resend from the ledger: the same approval ID, marked replayed, not sent again", async () => {
    const first = await post(proxy.url, CREATE, body("replay-1"));
    const again = await post(proxy.url, CREATE, body("replay-1"));
    expect([first.status, first.body.code, again.status, again.body.code]).toEqual([200, 0, 200, 0]);
    expect(approvalId(again)).toBe(approvalId(first));
    expect(first.headers[PROXY_HEADERS.replayed]).toBeUndefined();
    expect(again.headers[PROXY_HEADERS.replayed]).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(again.headers[PROXY_HEADERS.sends]).toBe("0");
    expect(emu.countsByIdempotentId().get("replay-1")).toBe(1);
  }, 30_000);

  it("refuses the same key with another body, naming the first write, and sends nothing", async () => {
    const first = await post(proxy.url, CREATE, body("conflict-1"));
    const other = await post(proxy.url, CREATE, body("conflict-1", { reason: "another reason" }));
    expect(other.status).toBe(409);
    expect(other.body.code).toBe(PROXY_CODES.keyConflict);
    expect(other.body.data).toMatchObject({
      first_write: {
        idempotent_id: "conflict-1",
        approval_id: approvalId(first),
        outcome: "written",
        caller: "key:clerks",
      },
    });
    expect(emu.countsByIdempotentId().get("conflict-1")).toBe(1);
  }, 30_000);

  it("settles an uncertain write by the query before sending, and then answers from the ledger", async () => {
    emu.setFaults({ lostResponseRate: 1 });
    const lost = await post(proxy.url, CREATE, body("uncertain-1"));
    emu.setFaults(undefined);
    expect(lost.body.code).toBe(PROXY_CODES.upstreamTimeout);
    expect((await ledgerOf(proxy.url, "keys=uncertain-1")).records[0].outcome).toBe("uncertain");
    const again = await post(proxy.url, CREATE, body("uncertain-1"));
    const stored = emu.records().filter((r) => r.idempotent_id === "uncertain-1");
    expect(stored).toHaveLength(1);
    expect([again.status, approvalId(again)]).toEqual([200, stored[0].approval_id]);
    expect(again.headers[PROXY_HEADERS.replayed]).toBeDefined();
    expect((await ledgerOf(proxy.url, "keys=uncertain-1")).records[0]).toMatchObject({
      outcome: "written",
      approval_id: stored[0].approval_id,
    });
  }, 30_000);

  it("records a revoke Feishu accepted, with who revoked it", async () => {
    const first = await post(proxy.url, CREATE, body("revoke-1"));
    const id = approvalId(first);
    const r = await post(proxy.url, "/open-apis/attendance/v1/approval_infos/process", {
      approval_id: id,
      approval_type: "leave",
      status: 4,
    });
    expect(r.body.code).toBe(0);
    expect((await ledgerOf(proxy.url, `approval_ids=${id}`)).records).toEqual([
      expect.objectContaining({ outcome: "revoked", approval_id: id, revoked_by: "key:clerks" }),
    ]);
  }, 30_000);

  it("settles after a crash: a write cut off while sending is found by the query once the proxy is back", async () => {
    emu.setFaults({ latencyMs: { min: 800, max: 800 } });
    const inFlight = post(proxy.url, CREATE, body("crash-1")).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 300));
    await proxy.stop("SIGKILL");
    await inFlight;
    await new Promise((r) => setTimeout(r, 700)); // the emulator finishes writing it
    emu.setFaults(undefined);
    expect(emu.countsByIdempotentId().get("crash-1")).toBe(1);
    proxy = await startProxyProcess(
      env({ PROXY_REQUEST_TIMEOUT_MS: "3000", PROXY_UPSTREAM_TIMEOUT_MS: "1000" }),
    );
    const written = emu.records().find((r) => r.idempotent_id === "crash-1");
    let row = (await ledgerOf(proxy.url, "keys=crash-1")).records[0];
    for (let i = 0; i < 60 && row.outcome !== "written"; i++) {
      await new Promise((r) => setTimeout(r, 250));
      row = (await ledgerOf(proxy.url, "keys=crash-1")).records[0];
    }
    expect(row).toMatchObject({ outcome: "written", approval_id: written?.approval_id });
    const again = await post(proxy.url, CREATE, body("crash-1"));
    expect(approvalId(again)).toBe(written?.approval_id);
    expect(emu.countsByIdempotentId().get("crash-1")).toBe(1);
  }, 60_000);
});
