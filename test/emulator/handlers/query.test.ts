import { defaultDirectory, Directory } from "../../../src/emulator/directory";
import type { ApiContext } from "../../../src/emulator/envelope";
import { queryUserApprovals } from "../../../src/emulator/handlers/query";
import { RecordStore, type StoredRecord } from "../../../src/emulator/store";

/** 2026-01-10 10:00 in Shanghai. */
const NOW = Date.parse("2026-01-10T02:00:00Z");
const directory = new Directory(defaultDirectory());
const e1 = directory.find("employee_id", "E0001")!;

const stored = (
  approval_id: string,
  kind: StoredRecord["kind"],
  start: string,
  end: string,
  status: StoredRecord["status"] = 2,
): StoredRecord => ({
  approval_id,
  app_id: "cli_other",
  kind,
  employee_type: "employee_id",
  user_id: "E0001",
  employee: { employee_id: e1.employee_id, employee_no: e1.employee_no, open_id: e1.open_id },
  date: start.slice(0, 10).replace(/-/g, ""),
  item: { approval_id, start_time: start, end_time: end },
  status,
  created_at: "2026-01-02 09:00:00",
  created_ms: Date.parse("2026-01-02T01:00:00Z"),
});

const store = new RecordStore();
store.addAll([
  stored("1", "leave", "2026-01-05 09:00:00", "2026-01-05 18:00:00"),
  stored("2", "out", "2026-01-05 13:00:00", "2026-01-05 14:00:00"),
  stored("3", "trip", "2026-01-01 00:00:00", "2026-01-06 23:59:59"),
  stored("4", "leave", "2026-01-20 09:00:00", "2026-01-20 18:00:00"),
  stored("5", "leave", "2026-01-05 09:00:00", "2026-01-05 18:00:00", 3),
  stored("6", "out", "2026-01-05 09:00:00", "2026-01-05 10:00:00", 1),
]);

function query(body: Record<string, unknown>, employeeType = "employee_id") {
  const ctx: ApiContext = {
    appId: "cli_a",
    query: new URLSearchParams({ employee_type: employeeType }),
    body: { user_ids: ["E0001"], check_date_from: 20260105, check_date_to: 20260105, ...body },
    directory,
    store,
    now: () => NOW,
  };
  const reply = queryUserApprovals(ctx);
  const b = reply.body as {
    code: number;
    data?: { user_approvals: Record<string, { approval_id: string }[]>[] };
  };
  const ids = (b.data?.user_approvals ?? []).flatMap((g) =>
    ["leaves", "outs", "overtime_works", "trips"].flatMap((k) => (g[k] ?? []).map((i) => i.approval_id)),
  );
  return { code: b.code, ids: ids.sort(), groups: b.data?.user_approvals ?? [] };
}

test("records whose days overlap the window, passed by default, grouped per user and day; any app's records", () => {
  const r = query({});
  expect(r.code).toBe(0);
  expect(r.ids).toEqual(["1", "2", "3"]);
  expect(r.groups.map((g) => g.date).sort()).toEqual(["20260101", "20260105"]);
});

test("by status: leave only as passed or withdrawn, out and trip in any status", () => {
  expect(query({ status: 3 }).ids).toEqual(["5"]);
  expect(query({ status: 1 }).ids).toEqual(["6"]);
});

test("by the day of writing with CreateTime", () => {
  expect(
    query({ check_date_type: "CreateTime", check_date_from: 20260102, check_date_to: 20260102 }).ids,
  ).toEqual(["1", "2", "3", "4"]);
});

test("by another ID type, the same records", () => {
  expect(query({ user_ids: [e1.open_id] }, "open_id").ids).toEqual(["1", "2", "3"]);
});

test.each<[string, Record<string, unknown>, number]>([
  ["a day that does not exist", { check_date_from: 20260230 }, 1220001],
  ["an end before the start", { check_date_from: 20260106 }, 1220001],
  ["more than 30 days", { check_date_from: 20260101, check_date_to: 20260201 }, 1220001],
  ["a start after tomorrow", { check_date_from: 20260112, check_date_to: 20260112 }, 1220001],
  ["UpdateTime", { check_date_type: "UpdateTime" }, 1220001],
  ["an unknown user", { user_ids: ["E9999"] }, 1220004],
])("%s is refused with %i", (_name, body, code) => {
  expect(query(body).code).toBe(code);
});

test("tomorrow and exactly 30 days are allowed", () => {
  expect(query({ check_date_from: 20260111, check_date_to: 20260111 }).code).toBe(0);
  expect(query({ check_date_from: 20251211, check_date_to: 20260110 }).code).toBe(0);
});
