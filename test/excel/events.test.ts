import { leaveTable } from "./helpers";

async function watched(apiVersion: string) {
  const t = await leaveTable(20, { apiVersion });
  await t.fake.settle();
  const seen: unknown[] = [];
  const stop = await t.adapter.onRowsChanged((c) => seen.push(c));
  t.tick(1000);
  return { ...t, seen, stop };
}

describe.each(["1.14", "1.9"])("onRowsChanged on ExcelApi %s", (apiVersion) => {
  test("reports the touched data rows once, debounced, and ignores the add-in's own writes", async () => {
    const t = await watched(apiVersion);
    t.fake.userEdit("Leave", "C5", [["2026-01-05 09:00"]]);
    t.fake.userEdit("Leave", "B7:C8", [
      ["Sick leave", ""],
      ["Sick leave", ""],
    ]);
    t.fake.userEdit("Out of office", "A2", [["x"]]);
    await t.fake.settle();
    expect(t.seen).toEqual([]); // debounced: nothing until the timer fires
    t.fireTimers();
    await t.fake.settle();
    await new Promise((r) => setImmediate(r));
    expect(t.seen).toEqual([
      [
        { kind: "leave", rows: [3, 5, 6] },
        { kind: "out", rows: [0] },
      ],
    ]);

    // Our own writes raise events too, which must not come back as edits.
    await t.adapter.showIssues([], [{ kind: "leave" }]);
    await t.adapter.writeResults([{ kind: "leave", row: 2, status: "submitted", approval_id: "A" }]);
    await t.fake.settle();
    t.fireTimers();
    await new Promise((r) => setImmediate(r));
    expect(t.seen).toHaveLength(1);
    await t.stop();
    t.tick(1000);
    t.fake.userEdit("Leave", "A2", [["E99"]]);
    await t.fake.settle();
    t.fireTimers();
    expect(t.seen).toHaveLength(1);
    expect(t.fake.book.handlers).toHaveLength(0);
  });

  test("header edits and cells outside the table are not data rows", async () => {
    const t = await watched(apiVersion);
    t.fake.userEdit("Leave", "A1", [["Employee ID"]]);
    t.fake.userEdit("Leave", "AZ3", [["note"]]);
    await t.fake.settle();
    t.fireTimers();
    await new Promise((r) => setImmediate(r));
    expect(t.seen).toEqual([]);
    await t.stop();
  });
});
