// Days, weeks and months in the merchant's time zone. A day is `YYYY-MM-DD`; an instant is epoch
// milliseconds. Nothing here reads the server's zone.
import { problem } from "./import/messages";
import type { Parsed } from "./money";

export type Day = string;
export type Grouping = "day" | "week" | "month" | "total";

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = offsetFormats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    offsetFormats.set(tz, f);
  }
  return f;
}

/** True when `tz` is an IANA zone this runtime knows. */
export function isValidTimeZone(tz: string): boolean {
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC in minutes at an instant (Asia/Shanghai: +480). */
export function offsetMinutes(ms: number, tz: string): number {
  // Offsets change on whole quarter hours at most, so cache per UTC quarter hour.
  const bucket = Math.floor(ms / 900_000);
  let cache = offsetCache.get(tz);
  if (!cache) offsetCache.set(tz, (cache = new Map()));
  const hit = cache.get(bucket);
  if (hit !== undefined) return hit;
  const at = bucket * 900_000;
  const parts = formatterFor(tz).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  const offset = Math.round((asUtc - at) / 60_000);
  if (cache.size > 200_000) cache.clear();
  cache.set(bucket, offset);
  return offset;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** Day labels by days since the epoch: an import names the same few hundred days a million times. */
const dayLabels = new Map<number, Day>();

function utcDay(ms: number): Day {
  const n = Math.floor(ms / 86_400_000);
  let label = dayLabels.get(n);
  if (label === undefined) {
    const d = new Date(n * 86_400_000);
    label = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    if (dayLabels.size > 100_000) dayLabels.clear();
    dayLabels.set(n, label);
  }
  return label;
}

/** The calendar day of an instant in the merchant's zone. */
export function dayOf(ms: number, tz: string): Day {
  return utcDay(ms + offsetMinutes(ms, tz) * 60_000);
}

/** An instant as wall-clock time in a zone: `2024-06-18 20:15:00`. */
export function formatLocal(ms: number, tz: string): string {
  const local = ms + offsetMinutes(ms, tz) * 60_000;
  const d = new Date(local);
  return `${utcDay(local)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** The instant of a wall-clock time in a zone (the earlier one when a clock change repeats it). */
export function localToInstant(
  y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, tz: string,
): number {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  let guess = wall - offsetMinutes(wall, tz) * 60_000;
  // A second pass settles instants near an offset change.
  guess = wall - offsetMinutes(guess, tz) * 60_000;
  return guess;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || y < 1900 || y > 2200) return false;
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= MONTH_DAYS[mo - 1] + (leap ? 1 : 0);
}

/** The number of a run of ASCII digits in s, or -1 when any of them is not a digit. */
function digitsAt(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * `YYYY-MM-DD HH:MM:SS` (or with `/`, or `T`, or without seconds) read without a regular
 * expression: the shape of nearly every cell of a shop export. Null for any other shape, which
 * the full pattern below then reads (or explains).
 */
function quickTimestamp(s: string): [number, number, number, number, number, number] | null {
  const len = s.length;
  if (len !== 19 && len !== 16 && len !== 10) return null;
  const sep = s.charCodeAt(4);
  if ((sep !== 45 && sep !== 47) || s.charCodeAt(7) !== sep) return null;
  const y = digitsAt(s, 0, 4);
  const mo = digitsAt(s, 5, 2);
  const d = digitsAt(s, 8, 2);
  if (y < 0 || mo < 0 || d < 0) return null;
  if (len === 10) return [y, mo, d, 0, 0, 0];
  const t = s.charCodeAt(10);
  if ((t !== 32 && t !== 84) || s.charCodeAt(13) !== 58) return null;
  const h = digitsAt(s, 11, 2);
  const mi = digitsAt(s, 14, 2);
  let sec = 0;
  if (len === 19) {
    if (s.charCodeAt(16) !== 58) return null;
    sec = digitsAt(s, 17, 2);
  }
  if (h < 0 || mi < 0 || sec < 0) return null;
  return [y, mo, d, h, mi, sec];
}

const TIMESTAMP =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A timestamp cell: ISO 8601, `YYYY-MM-DD HH:MM[:SS]` or `YYYY/MM/DD HH:MM[:SS]`. With an offset or
 * `Z` it is that instant; without, it is wall-clock time in the merchant's zone. A bare date
 * is local midnight.
 */
export function parseTimestamp(raw: string, tz: string): Parsed<number> {
  const quick = quickTimestamp(raw);
  if (quick) {
    const [y, mo, d, h, mi, s] = quick;
    if (!validDate(y, mo, d)) return { ok: false, error: problem("notRealDate") };
    if (h > 23 || mi > 59 || s > 59) return { ok: false, error: problem("notRealTime") };
    return { ok: true, value: localToInstant(y, mo, d, h, mi, s, 0, tz) };
  }
  const m = TIMESTAMP.exec(raw.trim());
  if (!m) return { ok: false, error: problem("notDateTime") };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDate(y, mo, d)) return { ok: false, error: problem("notRealDate") };
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return { ok: false, error: problem("notRealTime") };
  const msPart = m[7] ? Number(m[7].slice(0, 3).padEnd(3, "0")) : 0;
  const zone = m[8];
  if (zone) {
    let offset = 0;
    if (zone.toUpperCase() !== "Z") {
      const sign = zone[0] === "-" ? -1 : 1;
      const digits = zone.slice(1).replace(":", "");
      offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    }
    return { ok: true, value: Date.UTC(y, mo - 1, d, h, mi, s, msPart) - offset * 60_000 };
  }
  return { ok: true, value: localToInstant(y, mo, d, h, mi, s, msPart, tz) };
}

/**
 * A date cell: `YYYY-MM-DD` or `YYYY/MM/DD`. A timestamp is accepted too and gives its day in the
 * merchant's zone, since exports often write dates as midnight timestamps.
 */
export function parseDay(raw: string, tz: string): Parsed<Day> {
  const s = raw.trim();
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDate(y, mo, d)) return { ok: false, error: problem("notRealDate") };
    return { ok: true, value: `${y}-${pad(mo)}-${pad(d)}` };
  }
  const t = parseTimestamp(s, tz);
  if (!t.ok) return { ok: false, error: problem("notDate") };
  return { ok: true, value: dayOf(t.value, tz) };
}

/** True for a well-formed, real `YYYY-MM-DD`. */
export function isDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function dayToUtc(day: Day): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

export function addDays(day: Day, n: number): Day {
  return utcDay(dayToUtc(day) + n * 86_400_000);
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((dayToUtc(b) - dayToUtc(a)) / 86_400_000);
}

/** Every day from `from` to `to`, inclusive. */
export function eachDay(from: Day, to: Day): Day[] {
  const out: Day[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(day: Day): number {
  const w = new Date(dayToUtc(day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The ISO week label of a day: `2024-W25` (Monday first; the week's Thursday names its year). */
export function isoWeek(day: Day): string {
  const thursday = addDays(day, 4 - weekday(day));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/** The Monday of a day's ISO week. */
export function weekStart(day: Day): Day {
  return addDays(day, 1 - weekday(day));
}

export function monthOf(day: Day): string {
  return day.slice(0, 7);
}

/** The label of the one period of a report grouped by `total`: the whole range. */
export const TOTAL_PERIOD = "total";

/** The label of the period a day falls in: the day, `2024-W25`, `2024-06` or `total`. */
export function periodOf(day: Day, by: Grouping): string {
  switch (by) {
    case "day":
      return day;
    case "week":
      return isoWeek(day);
    case "month":
      return monthOf(day);
    case "total":
      return TOTAL_PERIOD;
  }
}

/** The period of the same length that ends the day before `from`. */
export function previousPeriod(from: Day, to: Day): { from: Day; to: Day } {
  const length = daysBetween(from, to) + 1;
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

/** Today in the merchant's zone. */
export function todayIn(tz: string, nowMs: number = Date.now()): Day {
  return dayOf(nowMs, tz);
}
