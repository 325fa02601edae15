import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Directory, defaultDirectory } from "../../src/emulator/directory";
import { createUserApproval } from "../../src/emulator/handlers/create";
import { RecordStore, type StoredRecord } from "../../src/emulator/store";

const record = (approval_id: string, idempotent_id?: string, app_id = "cli_a"): StoredRecord => ({
  approval_id,
  app_id,
  kind: "leave",
  employee_type: "employee_id",
  user_id: "E0001",
  employee: { employee_id: "E0001", employee_no: "100001", open_id: "ou_x" },
  date: "20260105",
  item: {},
  ...(idempotent_id ? { idempotent_id } : {}),
  status: 2,
  created_at: "2026-01-05 09:00:00",
  created_ms: 0,
});

test("approval ids are 19 digits, grow with time, and never repeat within one millisecond", () => {
  const store = new RecordStore();
  const a = store.nextApprovalId(1_000);
  const b = store.nextApprovalId(1_000);
  const c = store.nextApprovalId(2_000);
  for (const id of [a, b, c]) expect(id).toMatch(/^\d{19}$/);
  expect(BigInt(b)).toBeGreaterThan(BigInt(a));
  expect(BigInt(c)).toBeGreaterThan(BigInt(b));
});

test("records are found by approval id and idempotent id per app", () => {
  const store = new RecordStore();
  store.addAll([record("7000000000000000001", "k1"), record("7000000000000000002")]);
  expect(store.find("7000000000000000001")?.idempotent_id).toBe("k1");
  expect(store.hasIdempotentId("cli_a", "k1")).toBe(true);
  expect(store.hasIdempotentId("cli_b", "k1")).toBe(false);
  expect(store.all()).toHaveLength(2);
  store.setStatus(store.find("7000000000000000002")!, 3, "2026-01-06 10:00:00");
  expect(store.find("7000000000000000002")).toMatchObject({ status: 3, updated_at: "2026-01-06 10:00:00" });
});

test("a store file keeps records across restarts, and new ids go past the stored ones", () => {
  const dir = mkdtempSync(join(tmpdir(), "emulator-store-"));
  try {
    const file = join(dir, "store.json");
    const first = new RecordStore(file, 4);
    expect(first.revokedStatus).toBe(4);
    first.addAll([record("7999999999999999999", "k1")]);
    first.flush();
    expect(JSON.parse(readFileSync(file, "utf8")).records).toHaveLength(1);
    const again = new RecordStore(file);
    expect(again.hasIdempotentId("cli_a", "k1")).toBe(true);
    expect(BigInt(again.nextApprovalId(0))).toBeGreaterThan(7_999_999_999_999_999_999n);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe("approval IDs", () => {
  const store = new RecordStore();
  const now = Date.UTC(2026, 2, 2, 9, 0, 0);
  // Many in the same millisecond, then a few later ones.
  const ids = [
    ...Array.from({ length: 200 }, () => store.nextApprovalId(now)),
    ...Array.from({ length: 50 }, (_, i) => store.nextApprovalId(now + 1 + i)),
  ];

  it("are 19 digits, unique and increasing", () => {
    for (const id of ids) expect(id).toMatch(/^[1-9]\d{18}$/);
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 1; i < ids.length; i++) expect(BigInt(ids[i]) > BigInt(ids[i - 1])).toBe(true);
  });

  it("use their last three digits too", () => {
    const tails = new Set(ids.map((id) => id.slice(-3)));
    expect(tails.size).toBeGreaterThan(100);
    expect(ids.filter((id) => id.endsWith("000"))).toHaveLength(0);
  });

  it("do not survive a trip through a JavaScript number", () => {
    const survive = ids.filter((id) => BigInt(Number(id)).toString() === id);
    expect(survive).toEqual([]);
  });
});

describe("a repeated idempotent_id", () => {
  const item = { start_time: "2026-03-02 09:00:00", end_time: "2026-03-02 18:00:00", idempotent_id: "k" };
  const ctx = (store: RecordStore) => ({
    appId: "cli_x",
    query: new URLSearchParams("employee_type=employee_id"),
    body: {
      user_approval: {
        user_id: "E0001",
        date: "20260302",
        leaves: [
          {
            ...item,
            uniq_id: "a",
            unit: 1,
            interval: 1,
            i18n_names: { ch: "年" },
            default_locale: "ch",
            reason: "r",
          },
        ],
      },
    },
    directory: new Directory(defaultDirectory()),
    store,
    now: () => Date.UTC(2026, 2, 1),
  });

  it.each([
    ["refuse", 1220600, 1],
    ["accept", 0, 2],
  ] as const)("with repeatedKeys %s: code %i, %i stored", (repeatedKeys, code, stored) => {
    const store = new RecordStore(undefined, 3, repeatedKeys);
    createUserApproval(ctx(store));
    const again = createUserApproval(ctx(store));
    expect((again.body as { code: number }).code).toBe(code);
    expect(store.all()).toHaveLength(stored);
  });
});
