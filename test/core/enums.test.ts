import { ENUMS, lookupEnum, type EnumName } from "../../src/core/enums";

describe("lookupEnum", () => {
  test.each<[EnumName, string | number, number | string | undefined]>([
    ["unit", 1, 1],
    ["unit", "2", 2],
    ["unit", "小时", 2],
    ["unit", " Half-Day ", 3],
    ["unit", "半小时", 4],
    ["unit", "week", undefined],
    ["overtime_category", "节假日", 3],
    ["overtime_type", "Time off in lieu", 1],
    ["overtime_type", "调休", 1],
    ["transportation", "高铁", 4],
    ["transportation", "Plane", 1],
    ["region_level", "L3", "l3"],
    ["region_level", "city", "l3"],
    ["default_locale", "中文", "ch"],
    ["trip_type", "往返", 2],
  ])("%s %p -> %p", (name, raw, expected) => {
    expect(lookupEnum(name, raw)?.value).toBe(expected);
  });

  test("every option is found by its own value and both labels", () => {
    for (const def of Object.values(ENUMS)) {
      for (const o of def.options) {
        for (const k of [o.value, o.label.zh, o.label.en])
          expect(lookupEnum(def.name, k)?.value).toBe(o.value);
      }
    }
  });
});
