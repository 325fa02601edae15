import { dayIndex, dayNumber, feishuToday } from "../../../src/core/feishu/calendar";
import { planQueries, type DaySpan } from "../../../src/core/records/plan";

// 2026-03-10 10:00 in Shanghai; tomorrow there is 2026-03-11.
const NOW = Date.parse("2026-03-10T02:00:00Z");
const span = (userId: string, first: number, last = first): DaySpan => ({
  userId,
  first: dayIndex(first),
  last: dayIndex(last),
});

describe("planQueries", () => {
  it("uses Feishu's calendar for today: 23:30 UTC is already the next day", () => {
    expect(dayNumber(feishuToday(Date.parse("2026-03-09T23:30:00Z")))).toBe(20260310);
    expect(dayNumber(feishuToday(Date.parse("2026-03-09T15:59:00Z")))).toBe(20260309);
  });

  it("asks one window for nearby days, widened by a day each side", () => {
    const plan = planQueries([span("E0002", 20260302), span("E0001", 20260303, 20260304)], NOW);
    expect(plan.requests).toEqual([
      { user_ids: ["E0001", "E0002"], check_date_from: 20260301, check_date_to: 20260305 },
    ]);
    expect(dayNumber(plan.reachableUntil)).toBe(20260311);
  });

  it("never starts a window after tomorrow, clips the end to tomorrow, and reads days after it by writing time", () => {
    const plan = planQueries([span("E0001", 20260309, 20260320), span("E0002", 20260401)], NOW);
    const written = (from: number, to: number) => ({
      user_ids: ["E0001", "E0002"],
      check_date_from: from,
      check_date_to: to,
      check_date_type: "CreateTime",
    });
    expect(plan.requests).toEqual([
      { user_ids: ["E0001"], check_date_from: 20260308, check_date_to: 20260311 },
      written(20260209, 20260311),
      written(20260109, 20260208),
      written(20251209, 20260108),
    ]);
  });

  it("cuts a long stretch into windows of at most 31 days and asks each only for its people", () => {
    const plan = planQueries([span("E0001", 20260101, 20260220), span("E0002", 20260215)], NOW);
    const windows = plan.requests.map((r) => [r.check_date_from, r.check_date_to, r.user_ids.join()]);
    expect(windows).toEqual([
      [20251231, 20260130, "E0001"],
      [20260131, 20260221, "E0001,E0002"],
    ]);
    for (const r of plan.requests)
      expect(dayIndex(r.check_date_to) - dayIndex(r.check_date_from)).toBeLessThanOrEqual(30);
  });

  it("keeps separate stretches apart and batches 50 user ids a call", () => {
    const people = Array.from({ length: 120 }, (_, i) =>
      span(`E${String(i + 1).padStart(4, "0")}`, 20260105),
    );
    const plan = planQueries([...people, span("E0001", 20260301)], NOW);
    expect(plan.requests.map((r) => [r.check_date_from, r.user_ids.length])).toEqual([
      [20260104, 50],
      [20260104, 50],
      [20260104, 20],
      [20260228, 1],
    ]);
    expect(new Set(plan.requests.slice(0, 3).flatMap((r) => r.user_ids)).size).toBe(120);
  });

  it("plans nothing for no rows", () => {
    expect(planQueries([], NOW).requests).toEqual([]);
  });
});
