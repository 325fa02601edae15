import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  expect(BigInt(b)).toBe(BigInt(a) + 1n);
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
    expect(BigInt(again.nextApprovalId(0))).toBe(7_999_999_999_999_999_999n + 1n);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
