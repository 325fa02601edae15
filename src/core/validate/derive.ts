/**
 * Documented derived values (src/core/README.md "Derived values"). Pure arithmetic, no cells.
 * Units (docs/feishu-api.md §1.7): 1 day, 2 hour, 3 half-day, 4 half-hour.
 */
import { DAY, secondsOfDay, startOfDay, type WallTime } from "../cells/datetime";
import { messageText, type MessageId } from "../catalog";
import type { Text } from "../i18n";
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

/**
 * Seconds from start to end that a length must fit in. An end at 23:59:59 is the end of that
 * day (whole days), so its last second counts: a one-day leave spans 24 hours.
 */
export function spanSeconds(start: WallTime, end: WallTime): number {
  return end - start + (secondsOfDay(end) === DAY - 1 ? 1 : 0);
}

/** Calendar days a span touches (an end at 00:00:00 does not touch its day). */
export const spanDays = (start: WallTime, end: WallTime): number =>
  (startOfDay(end - 1) - startOfDay(start)) / DAY + 1;

/**
 * A length must fit between start and end: its seconds (duration x unit, a day being a
 * workday) within the span's time, and its days (day and half-day units) within the calendar
 * days the span touches.
 */
export interface Length {
  seconds: number;
  days?: number;
  /** The length as the clerk typed it, with its hours. */
  figure: Text;
}

const round2 = (n: number) => String(Math.round(n * 100) / 100);
const h = (secs: number) => round2(secs / 3600);

/** Days or hours for messages: "3 天" / "3 days", "24 小时" / "24 h". */
export const daysText = (days: number): Text =>
  messageText("run.lengthDays", { n: days, shown: round2(days) });
export const hoursText = (secs: number): Text => messageText("run.lengthHours", { hours: h(secs) });

const typed = (id: MessageId, duration: number, seconds: number): Text =>
  messageText(id, { n: duration, shown: String(duration), hours: h(seconds) });

/** A length as the clerk typed it in the row's unit: "4 天（32 小时）", "10 小时", "3 个半天（12 小时）". */
export function durationLength(duration: number, unit: UnitValue, hoursPerDay: number): Length {
  const seconds = Math.round(duration * unitSeconds(unit, hoursPerDay));
  switch (unit) {
    case 1:
      return {
        seconds,
        days: duration,
        figure: typed("run.lengthDaysWithHours", duration, seconds),
      };
    case 3:
      return {
        seconds,
        days: duration / 2,
        figure: typed("run.lengthHalfDays", duration, seconds),
      };
    case 2:
      return { seconds, figure: hoursText(seconds) };
    case 4:
      return {
        seconds,
        figure: typed("run.lengthHalfHours", duration, seconds),
      };
  }
}

/** A length typed in seconds: "90000 秒（25 小时）" / "90000 s (25 h)". */
export const secondsLength = (secs: number): Length => ({
  seconds: secs,
  figure: messageText("run.lengthSeconds", { secs: String(secs), hours: h(secs) }),
});
