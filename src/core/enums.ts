import { messageText, type ChoiceKey } from "./catalog";
import type { Text } from "./i18n";

/**
 * Every enum a clerk picks from (docs/feishu-api.md §1.7). A cell may hold the
 * Feishu value itself or either language's label (catalog/choices.*.ts); `extra` lists further
 * accepted spellings.
 */
export interface EnumOption<V extends number | string = number | string> {
  value: V;
  label: Text;
  extra?: readonly string[];
  /** Accepted when read but never offered in a drop-down (e.g. overtime type 3). */
  deprecated?: boolean;
}

export type EnumName =
  | "unit"
  | "overtime_category"
  | "overtime_type"
  | "trip_type"
  | "transportation"
  | "region_level"
  | "default_locale";

export interface EnumDef<V extends number | string = number | string> {
  name: EnumName;
  label: Text;
  options: readonly EnumOption<V>[];
}

const opt = <V extends number | string>(
  value: V,
  key: ChoiceKey,
  extra?: string[],
  deprecated?: boolean,
): EnumOption<V> => ({
  value,
  label: messageText(`choice.${key}`),
  ...(extra ? { extra } : {}),
  ...(deprecated ? { deprecated } : {}),
});

export const UNIT = {
  name: "unit",
  label: messageText("choice.unit"),
  options: [
    opt(1, "unitDay", ["days", "d"]),
    opt(2, "unitHour", ["hours", "h", "hr", "hrs"]),
    opt(3, "unitHalfDay", ["half-day", "halfday"]),
    opt(4, "unitHalfHour", ["half-hour", "halfhour"]),
  ],
} as const satisfies EnumDef<number>;

export const OVERTIME_CATEGORY = {
  name: "overtime_category",
  label: messageText("choice.overtimeCategory"),
  options: [
    opt(1, "overtimeCategoryWorkday"),
    opt(2, "overtimeCategoryRestDay"),
    opt(3, "overtimeCategoryPublicHoliday", ["holiday"]),
  ],
} as const satisfies EnumDef<number>;

export const OVERTIME_TYPE = {
  name: "overtime_type",
  label: messageText("choice.overtimeType"),
  options: [
    opt(0, "overtimeTypeRecordOnly"),
    opt(1, "overtimeTypeTimeOffInLieu", ["time off", "toil", "comp time"]),
    opt(2, "overtimeTypeOvertimePay", ["pay"]),
    opt(3, "overtimeTypeRuleLinkedDeprecated", [], true),
  ],
} as const satisfies EnumDef<number>;

export const TRIP_TYPE = {
  name: "trip_type",
  label: messageText("choice.tripType"),
  options: [
    opt(1, "tripTypeOneWay", ["one way", "oneway"]),
    opt(2, "tripTypeRoundTrip", ["round-trip", "return"]),
  ],
} as const satisfies EnumDef<number>;

export const TRANSPORTATION = {
  name: "transportation",
  label: messageText("choice.transportation"),
  options: [
    opt(1, "transportationPlane", ["flight", "air"]),
    opt(2, "transportationTrain"),
    opt(3, "transportationCarBus", ["car", "bus", "coach"]),
    opt(4, "transportationHighSpeedRail", ["高铁", "动车", "hsr", "high speed rail", "emu"]),
    opt(5, "transportationShip", ["boat", "ferry"]),
    opt(6, "transportationOther"),
  ],
} as const satisfies EnumDef<number>;

export const REGION_LEVEL = {
  name: "region_level",
  label: messageText("choice.regionLevel"),
  options: [
    opt("l1", "regionLevelCountryRegion", ["country"]),
    opt("l2", "regionLevelProvince", ["province", "state"]),
    opt("l3", "regionLevelCity", ["city"]),
    opt("l4", "regionLevelDistrict", ["district", "county"]),
  ],
} as const satisfies EnumDef<string>;

export const DEFAULT_LOCALE = {
  name: "default_locale",
  label: messageText("choice.defaultLocale"),
  options: [
    opt("ch", "defaultLocaleChinese", ["zh", "zh-cn", "cn"]),
    opt("en", "defaultLocaleEnglish", ["en-us"]),
    opt("ja", "defaultLocaleJapanese", ["jp", "ja-jp"]),
  ],
} as const satisfies EnumDef<string>;

export const ENUMS = {
  unit: UNIT,
  overtime_category: OVERTIME_CATEGORY,
  overtime_type: OVERTIME_TYPE,
  trip_type: TRIP_TYPE,
  transportation: TRANSPORTATION,
  region_level: REGION_LEVEL,
  default_locale: DEFAULT_LOCALE,
} as const satisfies Record<EnumName, EnumDef>;

/** Folds case, width of spaces and the separators clerks use, so "Half-Day" == "half day". */
export function normaliseLabel(s: string): string {
  return s
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[\s_\-]+/g, " ");
}

/** The text shown in a drop-down for an option: "天 / Day" style so either language reads it. */
export function optionDisplay(o: EnumOption, locale: "zh-CN" | "en-US"): string {
  return locale === "zh-CN" ? o.label.zh : o.label.en;
}

const lookupCache = new Map<EnumName, Map<string, EnumOption>>();

/** Finds the option for a cell: the Feishu value, either label, "zh / en" pairs, or an extra spelling. */
export function lookupEnum(name: EnumName, raw: string | number): EnumOption | undefined {
  let table = lookupCache.get(name);
  if (!table) {
    table = new Map();
    for (const o of ENUMS[name].options as readonly EnumOption[]) {
      const keys = [
        String(o.value),
        o.label.zh,
        o.label.en,
        `${o.label.zh} / ${o.label.en}`,
        ...(o.extra ?? []),
      ];
      for (const k of keys) table.set(normaliseLabel(k), o);
    }
    lookupCache.set(name, table);
  }
  return table.get(normaliseLabel(String(raw)));
}
