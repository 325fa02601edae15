import { text, type Text } from "./i18n";

/**
 * Every enum a clerk picks from (docs/feishu-api.md §1.7). A cell may hold the
 * Feishu value itself or either language's label; `extra` lists further accepted spellings.
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
  zh: string,
  en: string,
  extra?: string[],
  deprecated?: boolean,
): EnumOption<V> => ({
  value,
  label: text(zh, en),
  ...(extra ? { extra } : {}),
  ...(deprecated ? { deprecated } : {}),
});

export const UNIT = {
  name: "unit",
  label: text("单位", "Unit"),
  options: [
    opt(1, "天", "Day", ["days", "d"]),
    opt(2, "小时", "Hour", ["hours", "h", "hr", "hrs"]),
    opt(3, "半天", "Half day", ["half-day", "halfday"]),
    opt(4, "半小时", "Half hour", ["half-hour", "halfhour"]),
  ],
} as const satisfies EnumDef<number>;

export const OVERTIME_CATEGORY = {
  name: "overtime_category",
  label: text("加班日类型", "Day type"),
  options: [
    opt(1, "工作日", "Workday"),
    opt(2, "休息日", "Rest day"),
    opt(3, "节假日", "Public holiday", ["holiday"]),
  ],
} as const satisfies EnumDef<number>;

export const OVERTIME_TYPE = {
  name: "overtime_type",
  label: text("加班类型", "Overtime type"),
  options: [
    opt(0, "仅记录", "Record only"),
    opt(1, "调休", "Time off in lieu", ["time off", "toil", "comp time"]),
    opt(2, "加班费", "Overtime pay", ["pay"]),
    opt(3, "关联规则（已弃用）", "Rule linked (deprecated)", [], true),
  ],
} as const satisfies EnumDef<number>;

export const TRIP_TYPE = {
  name: "trip_type",
  label: text("行程类型", "Trip type"),
  options: [
    opt(1, "单程", "One-way", ["one way", "oneway"]),
    opt(2, "往返", "Round trip", ["round-trip", "return"]),
  ],
} as const satisfies EnumDef<number>;

export const TRANSPORTATION = {
  name: "transportation",
  label: text("交通工具", "Transportation"),
  options: [
    opt(1, "飞机", "Plane", ["flight", "air"]),
    opt(2, "火车", "Train"),
    opt(3, "汽车", "Car/bus", ["car", "bus", "coach"]),
    opt(4, "高铁/动车", "High-speed rail", ["高铁", "动车", "hsr", "high speed rail", "emu"]),
    opt(5, "船", "Ship", ["boat", "ferry"]),
    opt(6, "其他", "Other"),
  ],
} as const satisfies EnumDef<number>;

export const REGION_LEVEL = {
  name: "region_level",
  label: text("地区级别", "Region level"),
  options: [
    opt("l1", "国家/地区", "Country/region", ["country"]),
    opt("l2", "省份", "Province", ["province", "state"]),
    opt("l3", "城市", "City", ["city"]),
    opt("l4", "区县", "District", ["district", "county"]),
  ],
} as const satisfies EnumDef<string>;

export const DEFAULT_LOCALE = {
  name: "default_locale",
  label: text("默认语言", "Default language"),
  options: [
    opt("ch", "中文", "Chinese", ["zh", "zh-cn", "cn"]),
    opt("en", "英文", "English", ["en-us"]),
    opt("ja", "日文", "Japanese", ["jp", "ja-jp"]),
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
