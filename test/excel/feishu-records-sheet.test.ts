/**
 * The read-only "Feishu records" sheet on the fake Excel: created with a note, header and text
 * cells, rewritten shorter with the old tail blanked, never written over a clerk's sheet of the
 * same name, and large contents synced in blocks under the byte budget.
 */
import type { FeishuRecord } from "../../src/core/records/feishu-record";
import { recordsSheet } from "../../src/core/records/records-sheet";
import { onEveryHost, setup } from "./helpers";

const rec = (i: number, over: Partial<FeishuRecord> = {}): FeishuRecord => ({
  kind: "leave",
  userId: `E${String(i).padStart(4, "0")}`,
  approvalId: `70000000000000${String(i).padStart(5, "0")}`,
  status: 2,
  date: "20260121",
  start: "2026-01-21 09:00:00",
  end: "2026-01-21 18:00:00",
  typeKey: "annual",
  typeName: { zh: "年假", en: "Annual leave" },
  reason: "家事",
  ...over,
});

onEveryHost("Feishu records sheet", (profile) => {
  test("is created with its note, header and one text row per record, and shown", async () => {
    const t = setup({ profile: profile.id });
    const records = [
      rec(2),
      rec(1, { status: 3, kind: "out", typeName: { zh: "外出", en: "Out" } }),
      rec(1, { approvalId: "9", start: "2026-01-20 09:00:00" }),
    ];
    const name = await t.adapter.writeFeishuRecords(recordsSheet(records, new Set(["9"]), "zh-CN"));
    expect(name).toBe("飞书记录");
    const s = t.fake.snapshot("飞书记录");
    expect(s.values[0][0]).toMatch(/^只读/);
    expect(s.values[0][9]).toBe(3);
    // The count is the adapter's bookkeeping: its column is hidden, so the header rows show only words.
    expect(s.hiddenColumns).toEqual([9]);
    expect(s.values[1].slice(0, 9)).toEqual([
      "员工ID",
      "类别",
      "类型",
      "开始时间",
      "结束时间",
      "审批ID",
      "飞书状态",
      "事由",
      "本工作簿写入",
    ]);
    expect(s.values.slice(2, 5).map((r) => [r[0], r[1], r[5], r[6], r[8]])).toEqual([
      ["E0001", "请假", "9", "已通过", "是"],
      ["E0001", "外出", "7000000000000000001", "已撤销", "否"],
      ["E0002", "请假", "7000000000000000002", "已通过", "否"],
    ]);
    expect(s.numberFormats[2].slice(0, 9).every((f) => f === "@")).toBe(true);
    expect(s.frozenRows).toBe(2);
  });
});

test("a shorter rewrite blanks the old tail, in English", async () => {
  const t = setup();
  await t.adapter.writeFeishuRecords(
    recordsSheet(
      [1, 2, 3, 4].map((i) => rec(i)),
      new Set(),
      "en-US",
    ),
  );
  t.fake.resetStats();
  await t.adapter.writeFeishuRecords(recordsSheet([rec(5)], new Set(), "en-US"));
  expect(t.fake.stats().syncs).toBeLessThanOrEqual(3);
  const s = t.fake.snapshot("Feishu records");
  expect(s.values[1][0]).toBe("Employee ID");
  expect(s.values[2][0]).toBe("E0005");
  expect(s.values[0][9]).toBe(1);
  expect(
    s.values
      .slice(3, 6)
      .flat()
      .every((v) => v === "" || v === null || v === undefined),
  ).toBe(true);
});

test("a clerk's own sheet of that name is left alone", async () => {
  const t = setup();
  t.fake.addSheet("Feishu records");
  t.fake.userEdit("Feishu records", "A1:B1", [["my notes", 42]]);
  const name = await t.adapter.writeFeishuRecords(recordsSheet([rec(1)], new Set(), "en-US"));
  expect(name).toBe("Feishu records 2");
  expect(t.fake.snapshot("Feishu records").values[0].slice(0, 2)).toEqual(["my notes", 42]);
  expect(t.fake.snapshot("Feishu records 2").values[2][0]).toBe("E0001");
  // The next write finds its own sheet again.
  expect(await t.adapter.writeFeishuRecords(recordsSheet([rec(2)], new Set(), "en-US"))).toBe(
    "Feishu records 2",
  );
});

test("20,000 records go in several syncs, each under the byte budget", async () => {
  const t = setup();
  const many = Array.from({ length: 20_000 }, (_, i) =>
    rec(i + 1, { reason: "因家中老人住院需要陪护照顾".repeat(3) }),
  );
  t.fake.resetStats();
  await t.adapter.writeFeishuRecords(recordsSheet(many, new Set(), "zh-CN"));
  const stats = t.fake.stats();
  expect(stats.syncs).toBeGreaterThan(3);
  expect(stats.maxRequestBytes).toBeLessThan(5_000_000);
  expect(t.fake.snapshot("飞书记录", 20_010).values[20_001][0]).toBe("E20000");
});
