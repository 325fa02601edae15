/**
 * Feishu's calendar: "tomorrow" is Feishu's (UTC+8), never the machine's. The machine here is
 * put in New York, where 23:30 UTC on 03-09 is still the 9th, while Feishu is on the 10th.
 */
process.env.TZ = "America/New_York";

import { checkWindows } from "../../../src/core/engine/approval-check";
import { queryWindows } from "../../../src/core/engine/resolver";
import {
  dayIndex,
  dayNumber,
  feishuToday,
  lastQueryableDay,
  periodWindow,
  recordDays,
  writtenAround,
} from "../../../src/core/feishu/calendar";
import { recordSpan } from "../../../src/core/lifecycle/history";
import { planQueries } from "../../../src/core/records/plan";
import { makeRecord } from "../../engine/support/records";

const NOW = Date.parse("2026-03-09T23:30:00Z"); // Feishu: 2026-03-10 07:30

describe("Feishu's calendar", () => {
  it("today and tomorrow are Feishu's, whatever the machine's zone", () => {
    expect(new Date(NOW).getDate()).toBe(9); // the machine is still on the 9th
    expect(dayNumber(feishuToday(NOW))).toBe(20260310);
    expect(dayNumber(lastQueryableDay(NOW))).toBe(20260311);
  });

  it("a period window starts at most tomorrow and spans at most 30 days", () => {
    expect(periodWindow(dayIndex(20260312), dayIndex(20260312), NOW)).toEqual({
      check_date_from: 20260311,
      check_date_to: 20260313,
      check_date_type: "PeriodTime",
    });
    expect(periodWindow(dayIndex(20260313), dayIndex(20260313), NOW)).toBeNull();
    expect(periodWindow(dayIndex(20260101), dayIndex(20260301), NOW)?.check_date_to).toBe(20260130);
    expect(writtenAround(dayIndex(20260310))).toEqual({
      check_date_from: 20260309,
      check_date_to: 20260311,
      check_date_type: "CreateTime",
    });
  });

  it("the resolver and the approval check ask by period up to Feishu's tomorrow", () => {
    const r = makeRecord(0);
    r.body.user_approval.date = "20260312";
    const item = r.body.user_approval.leaves?.[0];
    if (item) Object.assign(item, { start_time: "2026-03-12 09:00:00", end_time: "2026-03-12 11:00:00" });
    expect(recordDays(r)).toEqual({ first: dayIndex(20260312), last: dayIndex(20260312) });
    expect(queryWindows(r, NOW).map((w) => w.check_date_type)).toEqual(["PeriodTime", "CreateTime"]);
    expect(queryWindows(r, NOW)[1].check_date_from).toBe(20260309);
    const entry = { ...recordSpan(r), writtenAt: undefined };
    expect(entry).toEqual({ from: "20260312", to: "20260312", writtenAt: undefined });
    expect(checkWindows(entry, NOW).map((w) => w.check_date_type)).toEqual(["PeriodTime", "CreateTime"]);
    expect(
      planQueries([{ userId: "u", first: dayIndex(20260312), last: dayIndex(20260312) }], NOW).requests[0]
        .check_date_to,
    ).toBe(20260311);
  });
});
