/** The official Feishu SDK, a client nobody here wrote, against the emulator. */
import * as lark from "@larksuiteoapi/node-sdk";
import { startEmulator, type Emulator } from "../../src/emulator";
import { leave, trip } from "./client";

let emu: Emulator;
let client: lark.Client;

beforeAll(async () => {
  emu = await startEmulator({ appId: "cli_sdk_test", appSecret: "sdk-secret" });
  // A silent logger: loggerLevel fatal is 0, which the SDK treats as "unset" and replaces with info.
  const quiet = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, trace: () => {} };
  client = new lark.Client({
    appId: "cli_sdk_test",
    appSecret: "sdk-secret",
    domain: emu.url,
    logger: quiet,
  });
});
afterAll(() => emu.close());

describe("@larksuiteoapi/node-sdk against the emulator", () => {
  it("creates, queries and revokes, fetching the token itself", async () => {
    const created = await client.attendance.userApproval.create({
      params: { employee_type: "employee_id" },
      data: {
        user_approval: {
          user_id: "E0100",
          date: "20260302",
          leaves: [leave({ idempotent_id: "sdk-1" }) as never],
          trips: [trip({ idempotent_id: "sdk-2" }) as never],
        },
      },
    });
    expect(created.code).toBe(0);
    const leaveId = created.data?.user_approval?.leaves?.[0]?.approval_id;
    expect(leaveId).toMatch(/^\d{19}$/);
    expect(emu.stats().byPath["/open-apis/auth/v3/tenant_access_token/internal"]).toBe(1);

    const queried = await client.attendance.userApproval.query({
      params: { employee_type: "employee_id" },
      data: { user_ids: ["E0100"], check_date_from: 20260301, check_date_to: 20260310 },
    });
    expect(queried.code).toBe(0);
    const ua = queried.data?.user_approvals ?? [];
    expect(ua).toHaveLength(1);
    expect(ua[0].leaves?.[0]).toMatchObject({ approval_id: leaveId, idempotent_id: "sdk-1" });
    expect(ua[0].trips?.[0].idempotent_id).toBe("sdk-2");

    const revoked = await client.attendance.approvalInfo.process({
      data: { approval_id: leaveId as string, approval_type: "leave", status: 4 },
    });
    expect(revoked.data?.approval_info?.status).toBe(4);
  });

  it("looks up ids by email and mobile", async () => {
    const a = await client.contact.user.batchGetId({
      params: { user_id_type: "user_id" },
      data: { emails: ["e0100@example.com"], mobiles: ["+8613800000101"] },
    });
    expect(a.data?.user_list?.map((u) => u.user_id)).toEqual(["E0100", "E0101"]);
  });

  it("surfaces Feishu errors as thrown axios errors with the body", async () => {
    const err = await client.attendance.userApproval
      .create({
        params: { employee_type: "employee_id" },
        data: { user_approval: { user_id: "X404", date: "20260302", leaves: [leave() as never] } },
      })
      .catch((e: { response?: { status: number; data: { code: number } } }) => e);
    expect(err).toMatchObject({ response: { status: 400, data: { code: 1220004 } } });
  });
});
