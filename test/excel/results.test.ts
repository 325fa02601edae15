import { onEveryHost, setup } from "./helpers";

onEveryHost("writeResults", (profile) => {
  async function filled() {
    const t = setup({ profile: profile.id });
    await t.adapter.ensureTemplate({ locale: "zh-CN" });
    t.fake.userEdit("请假", "A2:A6", [["a"], ["b"], ["c"], ["d"], ["e"]]);
    return t;
  }
  const at = (t: Awaited<ReturnType<typeof filled>>, name: string) =>
    t.fake.snapshot("请假").values[0].indexOf(name);

  test.each(["=1+1", "+86 138", "-5", "-x", "@SUM(A1)", '=HYPERLINK("http://evil","click")', "00123"])(
    "keeps %j as text and never evaluates it",
    async (text) => {
      const t = await filled();
      await t.adapter.writeResults([
        { kind: "leave", row: 2, status: "failed", message: text, key: text, approval_id: text },
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
      { kind: "leave", row: 0, status: "failed", message: "boom" },
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
      { kind: "leave", row: 4, status: "submitting" },
    ]);
    const s = t.fake.stats();
    expect(s.syncs).toBeLessThanOrEqual(2);
    expect(s.operations).toBeLessThan(30);
    const snap = t.fake.snapshot("请假");
    const row = (r: number) =>
      ["状态", "审批ID", "说明", "提交时间", "发送编号", "指纹"].map((h) => snap.values[r + 1][at(t, h)]);
    expect(row(0)).toEqual(["失败", "X", "boom", "", "k0", "f0"]);
    expect(row(1)).toEqual(["已写入", "A2", "", "2026-01-04 10:00:00", "k1", "f1"]);
    expect(row(3)).toEqual(["", "", "", "", "", ""]);
    expect(row(4)[0]).toBe("提交中");
  });

  test("approval ID, key and fingerprint stay text even in a column the clerk set to General", async () => {
    const t = await filled();
    const sheet = t.fake.book.sheet("请假")!;
    const ids = ["审批ID", "发送编号", "指纹"].map((h) => at(t, h));
    for (const col of ids)
      for (let row = 1; row <= 5; row++) t.fake.book.touch(sheet, row, col).numberFormat = "General";
    const digits = ["7001795515228270001", "123456789012345678901", "12345678901234567890123456789012"];
    t.fake.resetStats();
    await t.adapter.writeResults([
      {
        kind: "leave",
        row: 1,
        status: "submitted",
        approval_id: digits[0],
        key: digits[1],
        fingerprint: digits[2],
      },
      { kind: "leave", row: 2, status: "failed", message: "boom" },
    ]);
    // One numberFormat and one values write per block, in the same sync.
    expect(t.fake.stats().syncs).toBeLessThanOrEqual(2);
    expect(t.fake.stats().operations).toBeLessThan(30);
    const snap = t.fake.snapshot("请假");
    expect(ids.map((col) => snap.values[2][col])).toEqual(digits);
    expect(ids.map((col) => snap.numberFormats[2][col])).toEqual(["@", "@", "@"]);
    // Cells the batch leaves alone keep their format.
    expect(ids.map((col) => snap.numberFormats[3][col])).toEqual(["General", "General", "General"]);
  });
});
