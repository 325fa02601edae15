import { onEveryHost, setup } from "./helpers";

const ROWS = 20_000;

function bigLeave(fake: ReturnType<typeof setup>["fake"]) {
  const rows = Array.from({ length: ROWS }, (_, i) => [
    `E${i}`,
    "Annual leave",
    "2026-01-04 09:00",
    "2026-01-04 18:00",
    "Day",
    1,
    `Reason ${i}`,
  ]);
  fake.userEdit("Leave", `A2:G${ROWS + 1}`, rows);
}

onEveryHost("readRows", (profile) => {
  test("an edited row of 20,000 is read in one sync, with only its row in the answer", async () => {
    const { fake, adapter } = setup({ profile: profile.id });
    await adapter.ensureTemplate({ locale: "en-US" });
    bigLeave(fake);
    await adapter.read(["leave"]);
    fake.userEdit("Leave", "G12002", [["Changed"]]);
    fake.resetStats();
    const snap = await adapter.readRows([{ kind: "leave", rows: [12_000, 5] }]);
    const stats = fake.stats();
    expect(stats.syncs).toBe(1);
    // Two rows travel back, not 20,000 (a whole read answers megabytes).
    expect(stats.maxResponseBytes).toBeLessThan(20_000);
    const leave = snap.tables[0];
    expect(leave.partRows).toEqual([5, 12_000]);
    expect(leave.rows).toHaveLength(ROWS);
    expect(leave.rows[12_000][6]).toBe("Changed");
    expect(leave.rows[5][0]).toBe("E5");
    expect(leave.rows[6]).toBeUndefined();
    expect(leave.headers[0]).toBe("Employee ID");
    expect(snap.catalog.length).toBeGreaterThan(0);
  });

  test("a table that grew wider since the last look is read again with its new width", async () => {
    const { fake, adapter } = setup({ profile: profile.id });
    await adapter.ensureTemplate({ locale: "en-US" });
    fake.userEdit("Leave", "A2:D2", [["E1", "Annual leave", "2026-01-04 09:00", "2026-01-04 18:00"]]);
    const before = (await adapter.read(["leave"])).tables[0].headers.length;
    const table = fake.book.tables.find((t) => t.sheet.name === "Leave");
    if (!table) throw new Error("no Leave table");
    // The clerk adds a column right of the table (it widens, as Excel does when typing a header beside it).
    table.cols += 1;
    fake.userEdit("Leave", "A2", [["E2"]]);
    fake.resetStats();
    const snap = await adapter.readRows([{ kind: "leave", rows: [0] }]);
    expect(snap.tables[0].headers).toHaveLength(before + 1);
    expect(snap.tables[0].rows[0]).toHaveLength(before + 1);
    expect(snap.tables[0].rows[0][0]).toBe("E2");
    expect(fake.stats().syncs).toBe(2);
  });

  test("a table moved since the last look is answered `moved` (the rows asked for may be others now)", async () => {
    const { fake, adapter } = setup({ profile: profile.id });
    await adapter.ensureTemplate({ locale: "en-US" });
    fake.userEdit("Leave", "A2:A3", [["E1"], ["E2"]]);
    await adapter.read(["leave"]);
    expect((await adapter.readRows([{ kind: "leave", rows: [1] }])).moved).toBeUndefined();
    // The clerk inserts a row above the table: it moves down one sheet row.
    const table = fake.book.tables.find((t) => t.sheet.name === "Leave");
    if (!table) throw new Error("no Leave table");
    table.row += 1;
    expect((await adapter.readRows([{ kind: "leave", rows: [1] }])).moved).toBe(true);
    // That answer was itself a look: the next edit is read against it.
    expect((await adapter.readRows([{ kind: "leave", rows: [1] }])).moved).toBeUndefined();
  });

  test("rows past the table's end are left out", async () => {
    const { fake, adapter } = setup({ profile: profile.id });
    await adapter.ensureTemplate({ locale: "en-US" });
    fake.userEdit("Leave", "A2:A3", [["E1"], ["E2"]]);
    await adapter.read(["leave"]);
    const snap = await adapter.readRows([{ kind: "leave", rows: [1, 40] }]);
    expect(snap.tables[0].partRows).toEqual([1]);
    expect(snap.tables[0].rows).toHaveLength(2);
    expect(snap.tables[0].rows[1][0]).toBe("E2");
  });
});
