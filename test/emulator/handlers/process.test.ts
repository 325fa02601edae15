import { defaultDirectory, Directory } from "../../../src/emulator/directory";
import type { ApiContext } from "../../../src/emulator/envelope";
import { processApproval } from "../../../src/emulator/handlers/process";
import { RecordStore, type StoredRecord } from "../../../src/emulator/store";

const NOW = Date.parse("2026-01-06T02:00:00Z");

function setup(revokedStatus: 3 | 4 = 3) {
  const store = new RecordStore(undefined, revokedStatus);
  const stored = (
    approval_id: string,
    kind: StoredRecord["kind"],
    status: StoredRecord["status"],
  ): StoredRecord => ({
    approval_id,
    app_id: "cli_a",
    kind,
    employee_type: "employee_id",
    user_id: "E0001",
    employee: { employee_id: "E0001", employee_no: "100001", open_id: "ou_x" },
    date: "20260105",
    item: {},
    status,
    created_at: "2026-01-05 09:00:00",
    created_ms: 0,
  });
  store.addAll([stored("7001", "leave", 2), stored("7002", "out", 3), stored("7003", "trip", 2)]);
  const call = (body: unknown) => {
    const ctx: ApiContext = {
      appId: "cli_a",
      query: new URLSearchParams(),
      body,
      directory: new Directory(defaultDirectory()),
      store,
      now: () => NOW,
    };
    const reply = processApproval(ctx);
    return { status: reply.status, code: (reply.body as { code: number }).code, body: reply.body };
  };
  return { store, call };
}

test("revoking a passed approval: answered with status 4, stored as the tenant's revoked status, with the time", () => {
  for (const revoked of [3, 4] as const) {
    const { store, call } = setup(revoked);
    const r = call({ approval_id: "7001", approval_type: "leave", status: 4 });
    expect([r.status, r.code]).toEqual([200, 0]);
    expect(r.body).toMatchObject({
      data: { approval_info: { approval_id: "7001", approval_type: "leave", status: 4 } },
    });
    expect(store.find("7001")).toMatchObject({ status: revoked, updated_at: "2026-01-06 10:00:00" });
  }
});

test.each<[string, unknown, number]>([
  ["an unknown approval", { approval_id: "9999", approval_type: "leave", status: 4 }, 1227500],
  [
    "another type than it was written as",
    { approval_id: "7003", approval_type: "leave", status: 4 },
    1227500,
  ],
  ["an approval no longer passed", { approval_id: "7002", approval_type: "out", status: 4 }, 1227500],
  ["a remedy approval", { approval_id: "7001", approval_type: "remedy", status: 4 }, 1227500],
  ["a status other than revoke", { approval_id: "7001", approval_type: "leave", status: 2 }, 1220001],
  ["a malformed body", { approval_id: 7001 }, 1220001],
])("%s is refused with %i, and nothing changes", (_name, body, code) => {
  const { store, call } = setup();
  const before = JSON.stringify(store.all());
  const r = call(body);
  expect([r.status, r.code]).toEqual([400, code]);
  expect(JSON.stringify(store.all())).toBe(before);
});
