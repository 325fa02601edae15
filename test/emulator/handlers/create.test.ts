import { startEmulator, type Emulator } from "../../../src/emulator";
import { api, approval, createPath, getToken, leave, out, overtime, trip } from "../client";

let emu: Emulator;
let token: string;

beforeAll(async () => {
  emu = await startEmulator({ closedBefore: "2026-02-01", now: () => Date.parse("2026-03-10T02:00:00Z") });
  token = await getToken(emu.url);
});
afterAll(() => emu.close());

describe("create user_approvals", () => {
  it("writes every kind, echoes approval ids and stores one record per item", async () => {
    const before = emu.records().length;
    const a = await api(
      emu.url,
      token,
      createPath(),
      approval({
        leaves: [leave({ idempotent_id: "c-1" })],
        outs: [out()],
        overtime_works: [overtime()],
        trips: [trip()],
      }),
    );
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ code: 0, msg: "success" });
    const ua = (a.body.data as { user_approval: Record<string, Record<string, unknown>[]> }).user_approval;
    const items = [...ua.leaves, ...ua.outs, ...ua.overtime_works, ...ua.trips];
    expect(items).toHaveLength(4);
    for (const i of items) expect(i.approval_id).toMatch(/^\d{19}$/);
    expect(new Set(items.map((i) => i.approval_id)).size).toBe(4);
    expect(ua.leaves[0]).toMatchObject({
      idempotent_id: "c-1",
      approve_pass_time: "2026-03-10 10:00:00",
      approve_apply_time: "2026-03-10 10:00:00",
    });
    expect(ua.outs[0].approve_pass_time).toBe("2026-03-10 10:00:00");
    expect(ua.trips[0].approve_pass_time).toBe("2026-03-01 10:00:00");
    expect(ua.time_zone).toBe("Asia/Shanghai");
    const stored = emu.records().slice(before);
    expect(stored.map((r) => r.kind).sort()).toEqual(["leave", "out", "overtime", "trip"]);
    expect(stored.find((r) => r.kind === "leave")).toMatchObject({
      status: 2,
      user_id: "E0001",
      employee: { employee_no: "100001" },
      idempotent_id: "c-1",
      date: "20260302",
    });
  });

  it.each([
    ["employee_no", "100002"],
    ["open_id", "ou_"],
  ])("finds the user by employee_type=%s", async (type, prefix) => {
    const id = type === "open_id" ? emu.records()[0].employee.open_id : prefix;
    const a = await api(emu.url, token, createPath(type), approval({ leaves: [leave()] }, id));
    expect(a.body.code).toBe(0);
  });

  const cases: [string, string, unknown, number, RegExp][] = [
    [
      "missing employee_type",
      "/open-apis/attendance/v1/user_approvals",
      approval({ leaves: [leave()] }),
      1220001,
      /employee_type invalid/,
    ],
    [
      "bad employee_type",
      createPath("email"),
      approval({ leaves: [leave()] }),
      1220001,
      /employee_type invalid/,
    ],
    [
      "bad start_time",
      createPath(),
      approval({ leaves: [leave({ start_time: "2026-3-2 9:00" })] }),
      1220001,
      /leaves\[0\]\.start_time/,
    ],
    [
      "out without uniq_id",
      createPath(),
      approval({ outs: [out({ uniq_id: undefined })] }),
      1220001,
      /outs\[0\]\.uniq_id/,
    ],
    [
      "bad unit",
      createPath(),
      approval({ overtime_works: [overtime({ unit: 9 })] }),
      1220001,
      /overtime_works\[0\]\.unit/,
    ],
    ["no items", createPath(), approval({}), 1220001, /at least one/],
    [
      "unknown user",
      createPath(),
      approval({ leaves: [leave()] }, "X9999"),
      1220004,
      /user_id is not exist or does not have permission/,
    ],
    ["out-of-scope user", createPath(), approval({ leaves: [leave()] }, "S0001"), 1220005, /no permission/],
    [
      "unknown employee_no",
      createPath("employee_no"),
      approval({ leaves: [leave()] }, "E0001"),
      1220004,
      /not exist/,
    ],
    [
      "sealed period",
      createPath(),
      approval({ leaves: [leave({ start_time: "2026-01-31 09:00:00" })] }),
      1220600,
      /^the attendance result has been sealed and can not modify$/,
    ],
  ];
  it.each(cases)("rejects %s", async (_name, path, body, code, msg) => {
    const before = emu.records().length;
    const a = await api(emu.url, token, path, body);
    expect(a.status).toBe(400);
    expect(a.body.code).toBe(code);
    expect(a.body.msg).toMatch(msg);
    expect(emu.records()).toHaveLength(before);
  });

  it("answers 1225001 with the per-kind error records in msg and error.message", async () => {
    const a = await api(
      emu.url,
      token,
      createPath(),
      approval({ leaves: [leave()], trips: [trip({ end_time: "2026-03-03 09:00:00" })] }),
    );
    expect(a.status).toBe(400);
    expect(a.body.code).toBe(1225001);
    const detail = JSON.parse(a.body.msg as string) as Record<string, string>;
    expect(Object.keys(detail).sort()).toEqual([
      "LeaveErrorRecords",
      "OutErrorRecords",
      "OvertimeWorkErrorRecords",
      "TripErrorRecords",
    ]);
    expect(detail.TripErrorRecords).toMatch(/end_time/);
    expect(detail.LeaveErrorRecords).toBe("");
    expect((a.body.error as { message: string }).message).toBe(a.body.msg);
  });

  it("never writes a repeated idempotent_id: same key twice → one record, 1220600 the object already exists", async () => {
    const body = approval({ leaves: [leave({ idempotent_id: "dup-1" })] });
    const first = await api(emu.url, token, createPath(), body);
    const second = await api(emu.url, token, createPath(), body);
    expect(first.body.code).toBe(0);
    expect(second.status).toBe(400);
    expect(second.body).toMatchObject({ code: 1220600, msg: "the object already exists" });
    expect(emu.countsByIdempotentId().get("dup-1")).toBe(1);
  });

  it("is all-or-nothing when one item of several repeats a key", async () => {
    const before = emu.records().length;
    const a = await api(
      emu.url,
      token,
      createPath(),
      approval({ leaves: [leave({ idempotent_id: "fresh-1" })], trips: [trip({ idempotent_id: "dup-1" })] }),
    );
    expect(a.body.code).toBe(1220600);
    expect(emu.records()).toHaveLength(before);
    const twiceInOne = await api(
      emu.url,
      token,
      createPath(),
      approval({ leaves: [leave({ idempotent_id: "x" }), leave({ idempotent_id: "x" })] }),
    );
    expect(twiceInOne.body.code).toBe(1220600);
    expect(emu.countsByIdempotentId().has("fresh-1")).toBe(false);
  });

  it("keys idempotency per app", async () => {
    const other = await startEmulator({ extraApps: [{ appId: "cli_other", appSecret: "s2" }] });
    try {
      const t1 = await getToken(other.url);
      const t2 = await getToken(other.url, "cli_other", "s2");
      const body = approval({ leaves: [leave({ idempotent_id: "shared" })] });
      expect((await api(other.url, t1, createPath(), body)).body.code).toBe(0);
      expect((await api(other.url, t2, createPath(), body)).body.code).toBe(0);
      expect((await api(other.url, t2, createPath(), body)).body.code).toBe(1220600);
      expect(other.countsByIdempotentId().get("shared")).toBe(2);
    } finally {
      await other.close();
    }
  });
});
