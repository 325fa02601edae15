import { FEISHU_PATHS } from "../../src/core/feishu/schemas";
import { openIdFor, startEmulator, type Emulator } from "../../src/emulator";
import { api, approval, createPath, getToken, leave, out, overtime, queryPath, trip } from "./client";

let emu: Emulator;
let token: string;
type Group = {
  user_id: string;
  date: string;
  leaves: Record<string, unknown>[];
  outs: unknown[];
  overtime_works: unknown[];
  trips: Record<string, unknown>[];
};
const groups = (a: { body: { data?: unknown } }) =>
  (a.body.data as { user_approvals: Group[] }).user_approvals;

beforeAll(async () => {
  emu = await startEmulator({ now: () => Date.parse("2026-03-10T02:00:00Z") });
  token = await getToken(emu.url);
  const writes = [
    approval(
      {
        leaves: [leave({ idempotent_id: "q-leave" })],
        outs: [out({ start_time: "2026-03-02 14:00:00", end_time: "2026-03-02 16:00:00" })],
      },
      "E0001",
      "20260302",
    ),
    approval({ overtime_works: [overtime()] }, "E0001", "20260303"),
    approval(
      {
        trips: [
          trip({
            idempotent_id: "q-trip",
            start_time: "2026-02-25 09:00:00",
            end_time: "2026-03-01 18:00:00",
          }),
        ],
      },
      "E0002",
      "20260225",
    ),
  ];
  for (const w of writes) expect((await api(emu.url, token, createPath(), w)).body.code).toBe(0);
});
afterAll(() => emu.close());

const query = (body: Record<string, unknown>, type = "employee_id") =>
  api(emu.url, token, queryPath(type), {
    user_ids: ["E0001", "E0002"],
    check_date_from: 20260301,
    check_date_to: 20260310,
    ...body,
  });

describe("user_approvals/query", () => {
  it("groups passed records per user and date, overlapping the window", async () => {
    const a = await query({});
    expect(a.body.code).toBe(0);
    const g = groups(a);
    expect(g.map((x) => `${x.user_id}/${x.date}`).sort()).toEqual([
      "E0001/20260302",
      "E0001/20260303",
      "E0002/20260225",
    ]);
    const d2 = g.find((x) => x.date === "20260302") as Group;
    expect(d2.leaves[0]).toMatchObject({
      idempotent_id: "q-leave",
      approval_id: expect.stringMatching(/^\d{19}$/),
    });
    expect(d2.outs).toHaveLength(1);
    expect((g.find((x) => x.user_id === "E0002") as Group).trips[0].idempotent_id).toBe("q-trip");
  });

  it("leaves out records outside the window and answers user_id in the employee_type kind", async () => {
    expect(groups(await query({ check_date_from: 20260304, check_date_to: 20260310 }))).toEqual([]);
    const byOpenId = await api(emu.url, token, queryPath("open_id"), {
      user_ids: [openIdFor("E0002")],
      check_date_from: 20260301,
      check_date_to: 20260301,
    });
    expect(groups(byOpenId).map((x) => x.user_id)).toEqual([openIdFor("E0002")]);
  });

  it.each([
    ["to − from over 30 days", { check_date_from: 20260201, check_date_to: 20260305 }, /30 days/],
    ["to before from", { check_date_from: 20260305, check_date_to: 20260301 }, /earlier/],
    ["from after tomorrow", { check_date_from: 20260312, check_date_to: 20260313 }, /tomorrow/],
    ["not a date", { check_date_from: 20260230, check_date_to: 20260301 }, /yyyyMMdd/],
    [
      "more than 50 user_ids",
      { user_ids: Array.from({ length: 51 }, (_, i) => `E${String(i + 1).padStart(4, "0")}`) },
      /user_ids/,
    ],
    ["UpdateTime", { check_date_type: "UpdateTime" }, /not open/],
  ])("rejects %s with 1220001", async (_n, body, msg) => {
    const a = await query(body);
    expect(a.status).toBe(400);
    expect(a.body.code).toBe(1220001);
    expect(a.body.msg).toMatch(msg);
  });

  it("accepts from = tomorrow and exactly 30 days", async () => {
    expect((await query({ check_date_from: 20260311, check_date_to: 20260311 })).body.code).toBe(0);
    expect((await query({ check_date_from: 20260201, check_date_to: 20260303 })).body.code).toBe(0);
  });

  it("matches by the day of writing with check_date_type CreateTime, and by employee_no", async () => {
    const created = await query({
      check_date_type: "CreateTime",
      check_date_from: 20260310,
      check_date_to: 20260310,
    });
    expect(
      groups(created)
        .map((g) => g.date)
        .sort(),
    ).toEqual(["20260225", "20260302", "20260303"]);
    expect(
      groups(
        await query({ check_date_type: "CreateTime", check_date_from: 20260301, check_date_to: 20260309 }),
      ),
    ).toEqual([]);
    const byNo = await api(emu.url, token, queryPath("employee_no"), {
      user_ids: ["100002"],
      check_date_from: 20260301,
      check_date_to: 20260301,
    });
    expect(groups(byNo).map((g) => g.user_id)).toEqual(["100002"]);
  });

  it("rejects unknown and out-of-scope users", async () => {
    expect((await query({ user_ids: ["E0001", "X1"] })).body.code).toBe(1220004);
    expect((await query({ user_ids: ["S0002"] })).body.code).toBe(1220005);
  });
});

describe("approval_infos/process", () => {
  const process = (body: unknown) => api(emu.url, token, FEISHU_PATHS.process, body);
  const leaveId = () => emu.records().find((r) => r.idempotent_id === "q-leave")?.approval_id as string;

  it.each([
    ["status 2 for a leave", () => ({ approval_id: leaveId(), approval_type: "leave", status: 2 }), /only 4/],
    ["bad status", () => ({ approval_id: leaveId(), approval_type: "leave", status: 3 }), /status/],
  ])("rejects a malformed request (%s) with 1220001", async (_n, body, msg) => {
    const a = await process(body());
    expect(a.status).toBe(400);
    expect(a.body.code).toBe(1220001);
    expect(a.body.msg).toMatch(msg);
  });

  it.each([
    [
      "unknown approval_id",
      () => ({ approval_id: "7000000000000000001", approval_type: "leave", status: 4 }),
      /not found/,
    ],
    [
      "wrong approval_type",
      () => ({ approval_id: leaveId(), approval_type: "trip", status: 4 }),
      /does not match/,
    ],
    ["a remedy", () => ({ approval_id: leaveId(), approval_type: "remedy", status: 4 }), /remedy/],
  ])("refuses what it cannot carry out (%s) with 1227500", async (_n, body, msg) => {
    const a = await process(body());
    expect(a.status).toBe(400);
    expect(a.body.code).toBe(1227500);
    expect(a.body.msg).toMatch(msg);
  });

  it("revokes a passed leave; the query then finds it under status 3 only; a second revoke is 1227500", async () => {
    const id = leaveId();
    const a = await process({ approval_id: id, approval_type: "leave", status: 4 });
    expect(a.body).toMatchObject({
      code: 0,
      data: { approval_info: { approval_id: id, approval_type: "leave", status: 4 } },
    });
    expect(emu.records().find((r) => r.approval_id === id)?.status).toBe(3);
    expect(groups(await query({})).flatMap((g) => g.leaves)).toEqual([]);
    const withdrawn = groups(await query({ status: 3 })).flatMap((g) => g.leaves);
    expect(withdrawn.map((l) => l.approval_id)).toEqual([id]);
    expect(groups(await query({ status: 4 })).flatMap((g) => g.leaves)).toEqual([]);
    const again = await process({ approval_id: id, approval_type: "leave", status: 4 });
    expect(again.body.code).toBe(1227500);
    expect(again.body.msg).toMatch(/status 3; only a passed approval/);
  });
});

describe("status rules of the query (docs/feishu-api.md §3)", () => {
  let e4: Emulator;
  let t4: string;
  beforeAll(async () => {
    e4 = await startEmulator({ now: () => Date.parse("2026-03-10T02:00:00Z"), revokedStatus: 4 });
    t4 = await getToken(e4.url);
    const body = approval({
      leaves: [leave({ idempotent_id: "s-leave" })],
      outs: [
        out({ idempotent_id: "s-out", start_time: "2026-03-02 14:00:00", end_time: "2026-03-02 16:00:00" }),
      ],
    });
    expect((await api(e4.url, t4, createPath(), body)).body.code).toBe(0);
    expect(
      (await api(e4.url, t4, createPath(), approval({ overtime_works: [overtime()] }, "E0001", "20260303")))
        .body.code,
    ).toBe(0);
    for (const r of e4.records())
      expect(
        (
          await api(e4.url, t4, FEISHU_PATHS.process, {
            approval_id: r.approval_id,
            approval_type: r.kind,
            status: 4,
          })
        ).body.code,
      ).toBe(0);
  });
  afterAll(() => e4.close());
  const q4 = (status: number) =>
    api(e4.url, t4, queryPath(), {
      user_ids: ["E0001"],
      check_date_from: 20260301,
      check_date_to: 20260310,
      status,
    });

  it("with revokedStatus 4, stores revoked records as 4", () => {
    expect(e4.records().map((r) => r.status)).toEqual([4, 4, 4]);
  });

  it("answers out and trip in any status, but leave and overtime only as passed or withdrawn", async () => {
    const revoked = groups(await q4(4));
    expect(revoked.flatMap((g) => g.outs)).toHaveLength(1);
    expect(revoked.flatMap((g) => g.leaves)).toEqual([]);
    expect(revoked.flatMap((g) => g.overtime_works)).toEqual([]);
    for (const status of [0, 1, 2, 3]) expect(groups(await q4(status))).toEqual([]);
  });
});

describe("contact batch_get_id", () => {
  const lookup = (body: unknown, type?: string) =>
    api(emu.url, token, `${FEISHU_PATHS.batchGetId}${type ? `?user_id_type=${type}` : ""}`, body);

  it("answers one entry per email and per mobile, unknown ones without user_id", async () => {
    const a = await lookup(
      {
        emails: ["e0001@example.com", "nobody@example.com"],
        mobiles: ["+8613800000002", "13800000003", "+8610000000000"],
      },
      "user_id",
    );
    expect(a.body.code).toBe(0);
    const list = (a.body.data as { user_list: Record<string, unknown>[] }).user_list;
    expect(list).toHaveLength(5);
    expect(list.map((e) => e.user_id)).toEqual(["E0001", undefined, "E0002", "E0003", undefined]);
    expect(list[0]).toMatchObject({ email: "e0001@example.com", status: { is_resigned: false } });
    expect(list[3].mobile).toBe("13800000003");
  });

  it.each([
    [undefined, openIdFor("E0005")],
    ["open_id", openIdFor("E0005")],
    ["union_id", expect.stringMatching(/^on_[0-9a-f]{32}$/)],
  ])("user_id_type=%s", async (type, expected) => {
    const a = await lookup({ emails: ["e0005@example.com"] }, type);
    expect((a.body.data as { user_list: { user_id: string }[] }).user_list[0].user_id).toEqual(expected);
  });

  it("rejects more than 50 emails and a bad user_id_type", async () => {
    expect(
      (await lookup({ emails: Array.from({ length: 51 }, (_, i) => `e${i}@example.com`) })).body.code,
    ).toBe(99992402);
    expect((await lookup({ emails: [] }, "email")).body.code).toBe(99992402);
  });

  it("hides resigned users unless include_resigned", async () => {
    const r = await startEmulator({
      directory: [
        {
          employee_id: "R1",
          employee_no: "1",
          open_id: "ou_r1",
          union_id: "on_r1",
          email: "r1@example.com",
          inScope: true,
          resigned: true,
        },
      ],
    });
    try {
      const t = await getToken(r.url);
      const get = (include_resigned: boolean) =>
        api(r.url, t, FEISHU_PATHS.batchGetId, { emails: ["r1@example.com"], include_resigned });
      expect(
        ((await get(false)).body.data as { user_list: { user_id?: string }[] }).user_list[0].user_id,
      ).toBeUndefined();
      expect(
        ((await get(true)).body.data as { user_list: { user_id?: string; status: object }[] }).user_list[0],
      ).toMatchObject({ user_id: "ou_r1", status: { is_resigned: true } });
    } finally {
      await r.close();
    }
  });
});
