/**
 * Rows equivalent to the request example in docs/feishu-api.md §1.10, as workbook tables: the
 * documented example test and the pinned keys (key-versions.test.ts) both read them.
 */
import { table } from "./tables";

const names = {
  name_ch: "中文描述",
  name_en: "English description",
  name_ja: "日本語の説明",
  default_locale: "ch",
};
const common = { employee: "abd754f7", external_id: "1233432312" };

export const documentedExample = [
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
