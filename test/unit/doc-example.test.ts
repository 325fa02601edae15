/**
 * Rows equivalent to the request example in docs/feishu-api.md §1.10 (the documented request example) give
 * that example's four records: one request per record, compared field by field less the
 * system-generated *_process_id arrays and time_zone.
 */
import { CreateUserApprovalBody } from "../../src/core/feishu/schemas";
import { prepareWorkbook } from "../../src/core/prepare";
import { table } from "./support/tables";

const names = {
  name_ch: "中文描述",
  name_en: "English description",
  name_ja: "日本語の説明",
  default_locale: "ch",
};
const common = { employee: "abd754f7", external_id: "1233432312" };

const workbook = [
  table(
    "out",
    [
      {
        ...common,
        uniq_id: "9496E43696967658A512969523E89870",
        ...names,
        unit: 1,
        interval: 3600,
        start_time: "2021-01-04 09:00:00",
        end_time: "2021-01-04 19:00:00",
        reason: "外出办事",
      },
    ],
    { headers: "zh" },
  ),
  table("leave", [
    {
      ...common,
      uniq_id: "6852582717813440527",
      ...names,
      unit: "天",
      interval: "3600",
      start_time: 44200.375,
      end_time: "2021/1/4 19:00",
      reason: "家里有事",
    },
  ]),
  table(
    "overtime",
    [
      {
        ...common,
        duration: 1.5,
        unit: "Day",
        category: "休息日",
        overtime_type: "调休",
        start_time: "2021-01-09 09:00:00",
        end_time: "2021-01-10 13:00:00",
        reason: "推进项目进度",
        date: "20210104",
      },
    ],
    { headers: "key" },
  ),
  table("trip", [
    {
      ...common,
      start_time: "2021-01-04 09:00:00",
      end_time: "2021-01-04 19:00:00",
      reason: "培训",
      approve_pass_time: "2021-01-04 12:00:00",
      approve_apply_time: "2021-01-04 11:00:00",
      departure_level: "l1",
      departure_id: "6863333418483058189",
      destination_level: "国家/地区",
      destination_ids: "6863333418483058189",
      transportation: "飞机",
      trip_type: "单程",
      remarks: "出差备注",
    },
  ]),
];

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
  const r = prepareWorkbook(workbook);
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
  const codes = prepareWorkbook(workbook).issues.map((i) => `${i.kind}:${i.column}:${i.code}:${i.severity}`);
  expect(codes).toEqual(
    expect.arrayContaining(["out:uniq_id:may_be_too_long:warning", "leave:uniq_id:may_be_too_long:warning"]),
  );
  // Its trip shares the out row's hours (an overlap worth a look), and 09:00-19:00 alone says nothing.
  expect(codes.filter((c) => c.startsWith("trip:"))).toEqual(["trip:start_time:overlap_other_sheet:warning"]);
});
