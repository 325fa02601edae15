/**
 * Rows equivalent to the request example in docs/feishu-api.md §1.10 (the documented request example) give
 * that example's four records: one request per record, compared field by field less the
 * system-generated *_process_id arrays and time_zone.
 */
import { CreateUserApprovalBody } from "../../src/core/feishu/schemas";
import { checkWorkbook } from "./support/check";
import { documentedExample } from "./support/doc-example";

const i18n_names = { ch: "中文描述", en: "English description", ja: "日本語の説明" };
const expected = {
  outs: {
    uniq_id: "9496E43696967658A512969523E89870",
    unit: 1,
    interval: 3600,
    start_time: "2021-01-04 09:00:00",
    end_time: "2021-01-04 19:00:00",
    i18n_names,
    default_locale: "ch",
    reason: "外出办事",
    idempotent_id: "1233432312",
  },
  leaves: {
    uniq_id: "6852582717813440527",
    unit: 1,
    interval: 3600,
    start_time: "2021-01-04 09:00:00",
    end_time: "2021-01-04 19:00:00",
    i18n_names,
    default_locale: "ch",
    reason: "家里有事",
    idempotent_id: "1233432312",
  },
  overtime_works: {
    duration: 1.5,
    unit: 1,
    category: 2,
    type: 1,
    start_time: "2021-01-09 09:00:00",
    end_time: "2021-01-10 13:00:00",
    reason: "推进项目进度",
    idempotent_id: "1233432312",
  },
  trips: {
    start_time: "2021-01-04 09:00:00",
    end_time: "2021-01-04 19:00:00",
    reason: "培训",
    approve_pass_time: "2021-01-04 12:00:00",
    approve_apply_time: "2021-01-04 11:00:00",
    idempotent_id: "1233432312",
    departure: { region_level: "l1", region_id: "6863333418483058189" },
    destinations: [{ region_level: "l1", region_id: "6863333418483058189" }],
    transportation: [1],
    trip_type: 1,
    remarks: "出差备注",
  },
};

test("the documented example becomes its four records", () => {
  const r = checkWorkbook(documentedExample);
  expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  expect(r.records).toHaveLength(4);
  const byField = Object.fromEntries(
    r.records.map((rec) => {
      const ua = rec.body.user_approval;
      const [field, items] = Object.entries(ua).find(([, v]) => Array.isArray(v)) as [string, unknown[]];
      expect(items).toHaveLength(1);
      expect(ua.user_id).toBe("abd754f7");
      expect(ua.date).toBe("20210104");
      expect(CreateUserApprovalBody.safeParse(rec.body).success).toBe(true);
      return [field, items[0]];
    }),
  );
  for (const [field, want] of Object.entries(expected)) {
    // field by field, and nothing more (no process ids, no time_zone)
    expect(byField[field]).toEqual(want);
    expect(Object.keys(byField[field] as object)).toEqual(Object.keys(want));
  }
});

test("the example's long uniq_ids are warnings, not errors; its part-day trip is fine", () => {
  const codes = checkWorkbook(documentedExample).issues.map(
    (i) => `${i.kind}:${i.column}:${i.code}:${i.severity}`,
  );
  expect(codes).toEqual(
    expect.arrayContaining(["out:uniq_id:may_be_too_long:warning", "leave:uniq_id:may_be_too_long:warning"]),
  );
  // Its trip shares the out row's hours (an overlap worth a look), and 09:00-19:00 alone says nothing.
  expect(codes.filter((c) => c.startsWith("trip:"))).toEqual(["trip:start_time:overlap_other_sheet:warning"]);
});
