/** Validate, then relay the caller's exact bytes: checked against the independent Feishu stub. */
import * as lark from "@larksuiteoapi/node-sdk";
import { PROXY_CODES } from "../../src/core/feishu/proxy-codes";
import { unknownPaths } from "../../src/proxy/request-check";
import { CREATE, KEY, call, leave, startStubStack, type StubStack } from "./support";

let s: StubStack;
const quiet = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, trace: () => {} };
beforeAll(async () => (s = await startStubStack()));
afterAll(() => s.close());

describe("the caller's bytes go upstream as sent", () => {
  it("keeps key order, spacing, \\u escapes, unknown fields and the query string, byte for byte", async () => {
    const body =
      '{ "user_approval" :{"date":"20260302",\n  "user_id":"E0001", "leaves":[{"reason":"\\u5bb6\\u4e8b","unit":1,"interval":28800,' +
      '"start_time":"2026-03-02 09:00:00","end_time":"2026-03-02 18:00:00","i18n_names":{"ch":"\\u5e74\\u5047"},' +
      '"default_locale":"ch","idempotent_id":"bytes-1","future_field":{"x":[1,2.50]}}]},"top_level_extra":true}';
    const path = `${CREATE}&trace_hint=a%20b&employee_type_note=x`;
    const a = await call(s.url, "POST", path, { body });
    expect(a.status).toBe(200);
    expect(a.body.code).toBe(0);
    const got = s.stub.received.at(-1);
    expect(got?.body.equals(Buffer.from(body, "utf8"))).toBe(true);
    expect(got?.query).toBe("?employee_type=employee_id&trace_hint=a%20b&employee_type_note=x");
    const audit = (await s.audit()).at(-1);
    expect(audit).toMatchObject({ idempotent_ids: ["bytes-1"], outcome: "answered", code: 0 });
    expect(audit?.unknown_fields).toEqual([
      "?trace_hint",
      "?employee_type_note",
      "user_approval.leaves[].future_field",
      "top_level_extra",
    ]);
  });

  it("passes the SDK's own leaves[].leave_detail_range_objs through, and notes it", async () => {
    const client = new lark.Client({
      appId: "x",
      appSecret: "x",
      domain: s.url,
      disableTokenCache: true,
      logger: quiet,
    });
    const range = [
      { start_time: "2026-03-02 09:00:00", end_time: "2026-03-02 18:00:00", leave_duration: "8" },
    ];
    const created = await client.attendance.userApproval.create(
      {
        params: { employee_type: "employee_id" },
        data: {
          user_approval: {
            user_id: "E0002",
            date: "20260302",
            leaves: [{ ...leave({ idempotent_id: "sdk-range-1" }), leave_detail_range_objs: range } as never],
          },
        },
      },
      lark.withTenantToken(KEY),
    );
    expect(created.code).toBe(0);
    const sent = JSON.parse(s.stub.received.at(-1)?.body.toString("utf8") ?? "{}") as {
      user_approval: { leaves: { leave_detail_range_objs?: unknown }[] };
    };
    expect(sent.user_approval.leaves[0].leave_detail_range_objs).toEqual(range);
    expect((await s.audit()).at(-1)?.unknown_fields).toEqual([
      "user_approval.leaves[].leave_detail_range_objs",
    ]);
  });

  it("refuses a body the schema rejects with 400 naming the field, and sends nothing", async () => {
    const before = s.stub.received.length;
    const body = {
      user_approval: { user_id: "E0003", date: "20260302", leaves: [leave({ unit: 9, extra: 1 })] },
    };
    const a = await call(s.url, "POST", CREATE, { body });
    expect(a.status).toBe(400);
    expect(a.body.code).toBe(PROXY_CODES.badRequest);
    expect(a.body.msg).toMatch(/body user_approval\.leaves\.0\.unit/);
    expect(s.stub.received.length).toBe(before);
  });
});

describe("unknownPaths", () => {
  it.each<[string, unknown, unknown, string[]]>([
    ["nothing unknown", { a: 1, b: [{ c: 1 }] }, { a: 1, b: [{ c: 1 }] }, []],
    ["a nested key", { a: { x: 1, y: 2 } }, { a: { x: 1 } }, ["a.y"]],
    [
      "array items merged",
      {
        l: [
          { k: 1, z: 1 },
          { k: 2, z: 2 },
        ],
      },
      { l: [{ k: 1 }, { k: 2 }] },
      ["l[].z"],
    ],
    ["a key whose value is undefined in the output still counts as known", { a: 1 }, { a: undefined }, []],
  ])("%s", (_n, given, known, expected) => {
    expect(unknownPaths(given, known, "")).toEqual(expected);
  });
});
