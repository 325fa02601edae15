/** The official Feishu SDK (a client nobody here wrote) through the proxy, for all four calls. */
import { PROBE_TRIES } from "../../src/proxy/self-check";
import * as lark from "@larksuiteoapi/node-sdk";
import { KEY, call, leave, startStack, type Stack } from "./support";

let stack: Stack;
let client: lark.Client;
const quiet = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, trace: () => {} };

beforeAll(async () => {
  stack = await startStack({ emulator: { now: () => Date.parse("2026-03-10T02:00:00Z") } });
  client = new lark.Client({
    appId: "x",
    appSecret: "x",
    domain: stack.url,
    disableTokenCache: true,
    logger: quiet,
  });
});
afterAll(() => stack.close());

describe("@larksuiteoapi/node-sdk through the proxy", () => {
  it("creates, queries, revokes and looks up ids with the proxy key as its tenant token", async () => {
    const as = lark.withTenantToken(KEY);
    const created = await client.attendance.userApproval.create(
      {
        params: { employee_type: "employee_id" },
        data: {
          user_approval: {
            user_id: "E0100",
            date: "20260302",
            leaves: [leave({ idempotent_id: "sdk-1" }) as never],
          },
        },
      },
      as,
    );
    expect(created.code).toBe(0);
    const approvalId = created.data?.user_approval?.leaves?.[0]?.approval_id;
    expect(approvalId).toMatch(/^\d{19}$/);

    const queried = await client.attendance.userApproval.query(
      {
        params: { employee_type: "employee_id" },
        data: { user_ids: ["E0100"], check_date_from: 20260301, check_date_to: 20260310 },
      },
      as,
    );
    expect(queried.data?.user_approvals?.[0]?.leaves?.[0]).toMatchObject({
      approval_id: approvalId,
      idempotent_id: "sdk-1",
    });

    const revoked = await client.attendance.approvalInfo.process(
      { data: { approval_id: approvalId as string, approval_type: "leave", status: 4 } },
      as,
    );
    expect(revoked.data?.approval_info?.status).toBe(4);

    const ids = await client.contact.user.batchGetId(
      { params: { user_id_type: "user_id" }, data: { emails: ["e0100@example.com"] } },
      as,
    );
    expect(ids.data?.user_list?.map((u) => u.user_id)).toEqual(["E0100"]);

    // One token for all four calls; the records really reached the emulator.
    expect(stack.emu.stats().byPath["/open-apis/auth/v3/tenant_access_token/internal"]).toBe(1);
    expect(stack.emu.countsByIdempotentId().get("sdk-1")).toBe(1);
    await stack.proxy.deps.audit.close();
    const audit = stack.audit();
    expect(audit.map((e) => e.route)).toEqual(["create", "query", "process", "batchGetId"]);
    expect(audit[0]).toMatchObject({
      caller: "key:clerks",
      employee_type: "employee_id",
      idempotent_ids: ["sdk-1"],
      approval_ids: [approvalId],
      code: 0,
      upstream_status: 200,
    });
    expect(audit[2]).toMatchObject({ approval_ids: [approvalId], code: 0 });
  });

  it("relays Feishu's own errors unchanged (status and body code)", async () => {
    const err = await client.attendance.userApproval
      .create(
        {
          params: { employee_type: "employee_id" },
          data: { user_approval: { user_id: "X404", date: "20260302", leaves: [leave() as never] } },
        },
        lark.withTenantToken(KEY),
      )
      .catch((e: { response?: { status: number; data: { code: number } } }) => e);
    expect(err).toMatchObject({ response: { status: 400, data: { code: 1220004 } } });
  });

  it("answers /healthz without a key and /self-check with the caller and every call answering", async () => {
    expect((await call(stack.url, "GET", "/healthz", { key: null })).body).toMatchObject({
      code: 0,
      msg: "ok",
    });
    const a = await call(stack.url, "GET", "/self-check");
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({
      ok: true,
      upstream: "custom",
      baseUrl: stack.emu.url,
      appId: "cli_proxy_test",
      token: { ok: true },
      calls: { create: true, query: true, process: true, batchGetId: true },
      caller: "key:clerks",
      pacePerSecond: 48,
    });
    expect(stack.emu.records().filter((r) => r.user_id === "E0100")).toHaveLength(1);
    // A second check within seconds reuses the probe round: nothing more reaches the upstream.
    const probes = stack.emu.stats().requests;
    expect((await call(stack.url, "GET", "/self-check", { key: "pk_other" })).body).toMatchObject({
      ok: true,
      caller: "key:other",
    });
    expect(stack.emu.stats().requests).toBe(probes);
  });

  it("/self-check tries a failing call again before calling it unusable, and then says so", async () => {
    const broken = await startStack({ emulator: { faults: { http5xxRate: 1 } } });
    try {
      const a = await call(broken.url, "GET", "/self-check");
      expect(a.body).toMatchObject({
        ok: false,
        token: { ok: true },
        calls: { create: false, query: true, process: true, batchGetId: true },
      });
      expect(PROBE_TRIES).toBeGreaterThan(1);
      expect(broken.emu.stats().byPath["/open-apis/attendance/v1/user_approvals"]).toBe(PROBE_TRIES);
    } finally {
      await broken.close();
    }
  });
});
