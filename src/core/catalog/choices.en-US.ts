/**
 * The choices a clerk picks from in a drop-down, and each list's name, in English
 * (docs/feishu-api.md §1.7; enums.ts holds their Feishu values and extra spellings). A cell may
 * hold either language's label, so a label changed here is still read in the old form only if
 * enums.ts lists it as an extra spelling. choices.zh-CN.ts has the same keys.
 */
export const CHOICES_EN = {
  unit: "Unit",
  unitDay: "Day",
  unitHour: "Hour",
  unitHalfDay: "Half day",
  unitHalfHour: "Half hour",
  overtimeCategory: "Day type",
  overtimeCategoryWorkday: "Workday",
  overtimeCategoryRestDay: "Rest day",
  overtimeCategoryPublicHoliday: "Public holiday",
  overtimeType: "Overtime type",
  overtimeTypeRecordOnly: "Record only",
  overtimeTypeTimeOffInLieu: "Time off in lieu",
  overtimeTypeOvertimePay: "Overtime pay",
  overtimeTypeRuleLinkedDeprecated: "Rule linked (deprecated)",
  tripType: "Trip type",
  tripTypeOneWay: "One-way",
  tripTypeRoundTrip: "Round trip",
  transportation: "Transportation",
  transportationPlane: "Plane",
  transportationTrain: "Train",
  transportationCarBus: "Car/bus",
  transportationHighSpeedRail: "High-speed rail",
  transportationShip: "Ship",
  transportationOther: "Other",
  regionLevel: "Region level",
  regionLevelCountryRegion: "Country/region",
  regionLevelProvince: "Province",
  regionLevelCity: "City",
  regionLevelDistrict: "District",
  defaultLocale: "Default language",
  defaultLocaleChinese: "Chinese",
  defaultLocaleEnglish: "English",
  defaultLocaleJapanese: "Japanese",
};

export type ChoiceKey = keyof typeof CHOICES_EN;
