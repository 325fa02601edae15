/**
 * Clock helpers. Feishu times are wall-clock `yyyy-MM-dd HH:mm:ss` in the attendance
 * group's zone (docs/feishu-api.md §1.3); the emulator's tenant lives in Asia/Shanghai (UTC+8, no DST).
 */
export type Clock = () => number;

const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const pad = (n: number) => String(n).padStart(2, "0");

function shanghaiParts(ms: number) {
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  return {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
  };
}

/** `yyyy-MM-dd HH:mm:ss` in Asia/Shanghai. */
export function formatFeishuDateTime(ms: number): string {
  const p = shanghaiParts(ms);
  return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}`;
}

/** yyyyMMdd as a number (the query's check_date_* form, docs/feishu-api.md §3), in Asia/Shanghai. */
export function shanghaiDayNumber(ms: number): number {
  const p = shanghaiParts(ms);
  return p.y * 10000 + p.m * 100 + p.d;
}

/** Days since the epoch of a yyyyMMdd number, for day arithmetic. */
export function dayIndex(yyyymmdd: number): number {
  const y = Math.floor(yyyymmdd / 10000);
  const m = Math.floor((yyyymmdd % 10000) / 100);
  const d = yyyymmdd % 100;
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** yyyyMMdd number of the date part of a `yyyy-MM-dd HH:mm:ss` string. */
export const dayOfDateTime = (s: string): number => Number(s.slice(0, 10).replace(/-/g, ""));

/** Comparable number for `yyyy-MM-dd HH:mm:ss` strings (they sort lexically). */
export const compareDateTime = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** mulberry32: a small seeded PRNG so fault runs are repeatable with `seed`. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
