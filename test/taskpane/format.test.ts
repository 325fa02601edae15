import { formatEta, percent, rowLabel } from "../../src/taskpane/format";

test.each<[number, Record<string, number>, string, string]>([
  [0, {}, "Leave · row 2", "第 2 行"],
  [3, {}, "Leave · row 5", "第 5 行"],
  [3, { leave: 4 }, "Leave · row 8", "第 8 行"],
])("data row %i with header rows %j is %s", (row, headerRows, en, zh) => {
  const t = rowLabel("leave", row, headerRows);
  expect(t.en).toBe(en);
  expect(t.zh).toContain(zh);
});

test("row -1 names the table's header row, not a data row", () => {
  const t = rowLabel("out", -1);
  expect(t.en).not.toMatch(/row \d/);
  expect(t.en).toContain("Out");
});

test.each<[number | null, string | null]>([
  [null, null],
  [Number.NaN, null],
  [Number.POSITIVE_INFINITY, null],
  [0, "1"],
  [1_400, "1"],
  [59_400, "59"],
  [61_000, "1"],
  [125_000, "2"],
])("an ETA of %p ms reads with %p as its first number", (ms, first) => {
  const t = formatEta(ms);
  expect(t === null ? null : /\d+/.exec(t.en)?.[0]).toBe(first);
});

test("minutes and seconds past a minute", () => {
  expect(formatEta(125_000)?.en).toMatch(/2\D+5\b/);
  expect(formatEta(59_400)?.en).not.toMatch(/min/i);
});

test.each([
  [0, 0, 0],
  [5, 10, 0.5],
  [10, 10, 1],
  [12, 10, 1],
  [3, 0, 0],
])("percent(%i, %i) = %p", (done, total, expected) => {
  expect(percent(done, total)).toBe(expected);
});
