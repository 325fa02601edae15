import {
  compareDateTime,
  dayIndex,
  dayOfDateTime,
  formatFeishuDateTime,
  seededRandom,
  shanghaiDayNumber,
} from "../../src/emulator/time";

test.each<[string, string, number]>([
  ["2026-01-05T01:00:00Z", "2026-01-05 09:00:00", 20260105],
  ["2026-01-04T16:00:00Z", "2026-01-05 00:00:00", 20260105],
  ["2026-01-04T15:59:59Z", "2026-01-04 23:59:59", 20260104],
  ["2025-12-31T16:30:05Z", "2026-01-01 00:30:05", 20260101],
  ["2028-02-28T20:00:00Z", "2028-02-29 04:00:00", 20280229],
])("%s is %s in Shanghai, day %i", (iso, wall, day) => {
  const ms = Date.parse(iso);
  expect(formatFeishuDateTime(ms)).toBe(wall);
  expect(shanghaiDayNumber(ms)).toBe(day);
  expect(dayOfDateTime(wall)).toBe(day);
});

test.each([
  [20260105, 20260104, 1],
  [20260301, 20260228, 1],
  [20280301, 20280228, 2],
  [20260101, 20251231, 1],
  [20260204, 20260105, 30],
])("dayIndex(%i) - dayIndex(%i) = %i days", (a, b, days) => {
  expect(dayIndex(a) - dayIndex(b)).toBe(days);
});

test("Feishu date-times compare in time order", () => {
  const times = ["2026-01-05 09:00:00", "2025-12-31 23:59:59", "2026-01-05 08:59:59", "2026-01-05 09:00:00"];
  expect([...times].sort(compareDateTime)).toEqual([
    "2025-12-31 23:59:59",
    "2026-01-05 08:59:59",
    "2026-01-05 09:00:00",
    "2026-01-05 09:00:00",
  ]);
  expect(compareDateTime("2026-01-05 09:00:00", "2026-01-05 09:00:00")).toBe(0);
});

test("a seed gives the same numbers in [0, 1) every time; another seed gives others", () => {
  const take = (seed: number) => {
    const r = seededRandom(seed);
    return Array.from({ length: 200 }, () => r());
  };
  const a = take(42);
  expect(take(42)).toEqual(a);
  expect(take(43)).not.toEqual(a);
  for (const x of a) expect(x >= 0 && x < 1).toBe(true);
  expect(new Set(a).size).toBe(a.length);
  const mean = a.reduce((s, x) => s + x, 0) / a.length;
  expect(mean).toBeGreaterThan(0.35);
  expect(mean).toBeLessThan(0.65);
});
