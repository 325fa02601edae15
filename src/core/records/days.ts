/**
 * Calendar days for reading records back: `yyyyMMdd` numbers as the query takes them
 * (docs/feishu-api.md §3), day indexes for arithmetic, and "today" in Feishu's zone.
 */
const DAY_MS = 86_400_000;
/** Feishu decides "tomorrow" on its own calendar, China Standard Time (UTC+8, no daylight saving). */
const FEISHU_OFFSET_MS = 8 * 3_600_000;

/** Days since 1970-01-01 of a `yyyyMMdd` number. */
export const dayIndex = (yyyymmdd: number): number =>
  Date.UTC(Math.floor(yyyymmdd / 10000), (Math.floor(yyyymmdd / 100) % 100) - 1, yyyymmdd % 100) / DAY_MS;

/** The `yyyyMMdd` number of a day index. */
export const dayNumber = (index: number): number => {
  const d = new Date(index * DAY_MS);
  return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
};

/** The day index of a Feishu time `yyyy-MM-dd HH:mm:ss` (or a `yyyyMMdd` string), or null. */
export function dayOfTime(t: unknown): number | null {
  if (typeof t !== "string") return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(t);
  return m ? dayIndex(Number(`${m[1]}${m[2]}${m[3]}`)) : null;
}

/** Today's day index in Feishu's zone at `nowMs`. */
export const feishuToday = (nowMs: number): number => Math.floor((nowMs + FEISHU_OFFSET_MS) / DAY_MS);

/** `01-21` from a day index, as a clerk reads a date inside a sentence. */
export const monthDay = (index: number): string =>
  String(dayNumber(index))
    .slice(4)
    .replace(/^(\d\d)/, "$1-");
