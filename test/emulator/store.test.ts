/**
 * The emulator's approval IDs: 19 digits, every one in use, unique and increasing, so an ID
 * rounded anywhere on its way (a JavaScript number, an Excel cell) no longer matches.
 */
import { Directory, defaultDirectory } from "../../src/emulator/directory";
import { createUserApproval } from "../../src/emulator/handlers/create";
import { RecordStore } from "../../src/emulator/store";

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
