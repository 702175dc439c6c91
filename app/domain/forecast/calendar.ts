// Turning dated rows into the evenly spaced series and campaign calendar the models read.
import { addDays, daysBetween, type Day } from "../time";

/** Values per day from `first` to `last`, 0 on days with no row (no sales that day). */
export function dailySeries(rows: readonly { day: Day; value: number }[], first: Day, last: Day): number[] {
  const n = daysBetween(first, last) + 1;
  if (n <= 0) return [];
  const out = new Array<number>(n).fill(0);
  for (const r of rows) {
    const i = daysBetween(first, r.day);
    if (i >= 0 && i < n) out[i] += r.value;
  }
  return out;
}

/** When two campaigns overlap, the day counts as the bigger kind. */
const KIND_RANK: Record<string, number> = { platform: 4, brand: 3, flash: 2, other: 1 };

/** The campaign kind running on each of `days` days from `first` (null when none). */
export function campaignEvents(
  campaigns: readonly { startsOn: Day; endsOn: Day; kind: string }[],
  first: Day,
  days: number,
): (string | null)[] {
  const out = new Array<string | null>(days).fill(null);
  for (const c of campaigns) {
    const from = Math.max(0, daysBetween(first, c.startsOn));
    const to = Math.min(days - 1, daysBetween(first, c.endsOn));
    for (let i = from; i <= to; i++) {
      const current = out[i];
      if (!current || (KIND_RANK[c.kind] ?? 0) > (KIND_RANK[current] ?? 0)) out[i] = c.kind;
    }
  }
  return out;
}

export type Cadence = { unit: "day"; period: 7 } | { unit: "week"; period: 52 } | { unit: "month"; period: 12 };

/** The date of step `i` of a series that starts on `first` at `cadence`. */
export function stepDate(first: Day, cadence: Cadence, i: number): Day {
  if (cadence.unit === "day") return addDays(first, i);
  if (cadence.unit === "week") return addDays(first, 7 * i);
  const y = Number(first.slice(0, 4));
  const m = Number(first.slice(5, 7)) - 1 + i;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return `${yy}-${String(mm + 1).padStart(2, "0")}-${first.slice(8, 10)}`;
}
