import { DEFAULT_SETTINGS } from "../../src/core/model";
import { contentKeysOf } from "../../src/core/row-identity";
import { columnLetters } from "../../src/excel/a1";
import { leaveTable, onEveryHost, setup } from "./helpers";

onEveryHost("writeResults", (profile) => {
  /** Five rows whose Key cells hold k0…k4, as a send's first mark leaves them. */
  async function filled() {
    const t = setup({ profile: profile.id });
    await t.adapter.ensureTemplate({ locale: "zh-CN" });
    t.fake.userEdit("请假", "A2:A6", [["a"], ["b"], ["c"], ["d"], ["e"]]);
    const key = columnLetters(at(t, "发送编号"));
    t.fake.userEdit("请假", `${key}2:${key}6`, [["k0"], ["k1"], ["k2"], ["k3"], ["k4"]]);
    return t;
  }
  function at(t: { fake: { snapshot(s: string): { values: unknown[][] } } }, name: string): number {
    return t.fake.snapshot("请假").values[0].indexOf(name);
  }

  test.each(["=1+1", "+86 138", "-5", "-x", "@SUM(A1)", '=HYPERLINK("http://evil","click")', "00123"])(
    "keeps %j as text and never evaluates it",
    async (text) => {
      const t = await filled();
      const id = columnLetters(at(t, "审批ID"));
      t.fake.userEdit("请假", `${id}4`, [["A2"]]);
      await t.adapter.writeResults([
        {
          kind: "leave",
          row: 2,
          find: { approvalId: "A2" },
          status: "failed",
          message: text,
          key: text,
          approval_id: text,
        },
      ]);
      const snap = t.fake.snapshot("请假");
      for (const name of ["说明", "发送编号", "审批ID"]) expect(snap.values[3][at(t, name)]).toBe(text);
      const cell = t.fake.book.cell(t.fake.book.sheet("请假")!, 3, at(t, "说明"));
      expect(cell?.formula).toBeUndefined();
    },
  );

  test("the same strings would be evaluated in a General cell (the fake can tell)", () => {
    const t = setup({ profile: profile.id });
    t.fake.addSheet("S");
    t.fake.userEdit("S", "A1:C1", [["=1+1", "-5", "00123"]]);
    expect(t.fake.snapshot("S").values[0]).toEqual(["#NAME?", -5, 123]);
  });

  test("one batch: consecutive rows share blocks, absent fields stay, labels follow the table language", async () => {
    const t = await filled();
    await t.adapter.writeResults([
      { kind: "leave", row: 0, status: "submitted", approval_id: "X", key: "k0", fingerprint: "f0" },
    ]);
    t.fake.resetStats();
    await t.adapter.writeResults([
      { kind: "leave", row: 0, status: "failed", message: "boom", key: "k0" },
      {
        kind: "leave",
        row: 1,
        status: "submitted",
        approval_id: "A2",
        submitted_at: "2026-01-04 10:00:00",
        key: "k1",
        fingerprint: "f1",
      },
      { kind: "leave", row: 2, status: "submitted", approval_id: "A3", key: "k2" },
      { kind: "leave", row: 4, status: "submitting", key: "k4" },
    ]);
    const s = t.fake.stats();
    // Locate, read the Key and Approval ID columns, write.
    expect(s.syncs).toBeLessThanOrEqual(3);
    expect(s.operations).toBeLessThan(30);
    const snap = t.fake.snapshot("请假");
    const row = (r: number) =>
      ["状态", "审批ID", "说明", "提交时间", "发送编号", "指纹"].map((h) => snap.values[r + 1][at(t, h)]);
    expect(row(0)).toEqual(["失败", "X", "boom", "", "k0", "f0"]);
    expect(row(1)).toEqual(["已写入", "A2", "", "2026-01-04 10:00:00", "k1", "f1"]);
    expect(row(3)).toEqual(["", "", "", "", "k3", ""]);
    expect(row(4)[0]).toBe("提交中");
  });

  test("approval ID, key and fingerprint stay text even in a column the clerk set to General", async () => {
    const t = await filled();
    const sheet = t.fake.book.sheet("请假")!;
    const ids = ["审批ID", "发送编号", "指纹"].map((h) => at(t, h));
    for (const col of ids)
      for (let row = 1; row <= 5; row++) t.fake.book.touch(sheet, row, col).numberFormat = "General";
    const digits = ["7001795515228270001", "123456789012345678901", "12345678901234567890123456789012"];
    t.fake.userEdit("请假", `${columnLetters(ids[0])}3`, [["A1"]]);
    t.fake.resetStats();
    await t.adapter.writeResults([
      {
        kind: "leave",
        row: 1,
        find: { approvalId: "A1" },
        status: "submitted",
        approval_id: digits[0],
        key: digits[1],
        fingerprint: digits[2],
      },
      { kind: "leave", row: 2, status: "failed", message: "boom", key: "k2" },
    ]);
    // One numberFormat and one values write per block, in the same sync (after locate and the key read).
    expect(t.fake.stats().syncs).toBeLessThanOrEqual(3);
    expect(t.fake.stats().operations).toBeLessThan(30);
    const snap = t.fake.snapshot("请假");
    expect(ids.map((col) => snap.values[2][col])).toEqual(digits);
    expect(ids.map((col) => snap.numberFormats[2][col])).toEqual(["@", "@", "@"]);
    // Cells the batch leaves alone keep their format (row 2 names only its key).
    expect(ids.map((col) => snap.numberFormats[3][col])).toEqual(["General", "@", "General"]);
  });
});

onEveryHost("writeResults finds rows by key", (profile) => {
  test("rows whose cells moved (a sort, a cut and paste) get their own results", async () => {
    const t = setup({ profile: profile.id });
    await t.adapter.ensureTemplate({ locale: "en-US" });
    const head = t.fake.snapshot("Leave").values[0];
    const key = columnLetters(head.indexOf("Send reference"));
    t.fake.userEdit("Leave", "A2:A4", [["E0"], ["E1"], ["E2"]]);
    t.fake.userEdit("Leave", `${key}2:${key}4`, [["k0"], ["k1"], ["k2"]]);
    // The clerk swaps the first and last rows, Key cells included.
    t.fake.userEdit("Leave", "A2:A2", [["E2"]]);
    t.fake.userEdit("Leave", `${key}2:${key}2`, [["k2"]]);
    t.fake.userEdit("Leave", "A4:A4", [["E0"]]);
    t.fake.userEdit("Leave", `${key}4:${key}4`, [["k0"]]);
    const lost = await t.adapter.writeResults([
      { kind: "leave", row: 0, status: "submitted", key: "k0", approval_id: "ID-E0" },
      { kind: "leave", row: 2, status: "submitted", key: "k2", approval_id: "ID-E2" },
      { kind: "leave", row: 9, status: "submitted", key: "k9", approval_id: "ID-E9" },
    ]);
    const snap = t.fake.snapshot("Leave").values;
    const id = head.indexOf("Approval ID");
    expect(snap.slice(1, 4).map((r) => [r[0], r[id]])).toEqual([
      ["E2", "ID-E2"],
      ["E1", ""],
      ["E0", "ID-E0"],
    ]);
    expect(lost.map((r) => r.key)).toEqual(["k9"]);
  });
});

/**
 * A send's marks, then the clerk (or a co-author) disturbs the table, then the results: each
 * lands on the row of its own employee, wherever that row went; a deleted row's comes back.
 */
type Fake = Awaited<ReturnType<typeof leaveTable>>["fake"];
const DISTURBANCES: [string, (fake: Fake) => void, string[]][] = [
  ["two rows inserted above the table's rows", (f) => f.userInsertRows("Leave", 1, 2), []],
  ["a row inserted inside the table", (f) => f.userInsertRows("Leave", 3, 1), []],
  ["rows inserted below the table", (f) => f.userInsertRows("Leave", 7, 2), []],
  ["a row deleted", (f) => f.userDeleteRows("Leave", 2, 1), ["E1"]],
  ["the table sorted by employee, descending", (f) => f.userSortTable("FeishuLeave", 0, false), []],
  ["a filter hiding a row", (f) => f.userFilterTable("FeishuLeave", 0, (v) => v !== "E2"), []],
  ["the clerk typing into another row", (f) => f.userEdit("Leave", "G3", [["changed reason"]]), []],
  ["the clerk's undo of our marks", (f) => void f.userUndo(), []],
  [
    "a co-author inserting a row between two of our syncs",
    (f) => f.beforeNextSync(() => f.userInsertRows("Leave", 1, 1)),
    [],
  ],
];

onEveryHost("writeResults while the table is disturbed", (profile) => {
  test.each(DISTURBANCES)("%s", async (_name, disturb, gone) => {
    const t = await leaveTable(5, { profile: profile.id });
    const snapshot = await t.adapter.read(["leave"]);
    const keysOf = (table: Parameters<typeof contentKeysOf>[0]) =>
      contentKeysOf(table, { ...DEFAULT_SETTINGS, dateSystem: snapshot.dateSystem }, snapshot.catalog);
    const keys = keysOf(snapshot.tables[0]);
    const marks = keys.map((key, row) => ({
      kind: "leave" as const,
      row,
      key,
      status: "submitting" as const,
    }));
    expect(await t.adapter.writeResults(marks, keysOf)).toEqual([]);
    disturb(t.fake);
    const lost = await t.adapter.writeResults(
      keys.map((key, row) => ({
        kind: "leave" as const,
        row,
        key,
        status: "submitted" as const,
        approval_id: `ID-E${row}`,
      })),
      keysOf,
    );
    expect(lost.map((r) => r.approval_id)).toEqual(gone.map((e) => `ID-${e}`));
    const values = t.fake.snapshot("Leave").values;
    const id = values[0].indexOf("Approval ID");
    const written = values.slice(1).filter((r) => r[id] !== "");
    expect(written.map((r) => [r[0], r[id]])).toEqual(
      expect.arrayContaining(written.map((r) => [r[0], `ID-${String(r[0])}`])),
    );
    expect(written.every((r) => r[id] === `ID-${String(r[0])}`)).toBe(true);
    expect(written).toHaveLength(5 - gone.length);
  });
});
