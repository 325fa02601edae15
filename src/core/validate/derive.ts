/**
 * Documented derived values (src/core/README.md "Derived values"). Pure arithmetic, no cells.
 * Units (docs/feishu-api.md §1.7): 1 day, 2 hour, 3 half-day, 4 half-hour.
 */
import type { WallTime } from "../cells/datetime";
import type { CoreSettings } from "../model";

export type UnitValue = 1 | 2 | 3 | 4;

/** The workday length in hours: the setting when it is in (0, 24], else the default 8. */
export function workdayHours(settings: Pick<CoreSettings, "workdayHours">): number {
  const h = settings.workdayHours;
  return Number.isFinite(h) && h > 0 && h <= 24 ? h : 8;
}

/** Seconds in one unit: day = workday hours, half-day = half of that, hour 3600, half-hour 1800. */
export function unitSeconds(unit: UnitValue, hoursPerDay: number): number {
  switch (unit) {
    case 1:
      return hoursPerDay * 3600;
    case 2:
      return 3600;
    case 3:
      return hoursPerDay * 1800;
    case 4:
      return 1800;
  }
}

/** leave/out `interval`: duration (in the row's unit) in whole seconds. */
export function intervalFromDuration(duration: number, unit: UnitValue, hoursPerDay: number): number {
  return Math.round(duration * unitSeconds(unit, hoursPerDay));
}

/**
 * overtime `duration` from start/end in the row's unit: elapsed hours (hour), half-hours
 * (half-hour), hours / workday (day), hours / half a workday (half-day); rounded to 2 decimals
 * and never below 0.01 (a positive span must not become 0).
 */
export function overtimeDuration(
  start: WallTime,
  end: WallTime,
  unit: UnitValue,
  hoursPerDay: number,
): number {
  const units = (end - start) / unitSeconds(unit, hoursPerDay);
  return Math.max(0.01, Math.round(units * 100) / 100);
}

/** `default_locale` when the row gives none: the first language that has a name (ch, en, ja). */
export function defaultLocaleFor(names: { ch?: string; en?: string; ja?: string }): "ch" | "en" | "ja" {
  return names.ch ? "ch" : names.en ? "en" : names.ja ? "ja" : "ch";
}
