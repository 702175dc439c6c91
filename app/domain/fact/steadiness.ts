// Steadiness of a pillar: how much its daily GMV swings. Field and Alliance should be steady
// (low), Campaign and Top-KOL bursty (high).
import { addDays, type Day } from "../time";
import { ratio } from "../ratio";

/**
 * Coefficient of variation of daily values: population standard deviation ÷ mean. Every day of
 * the period counts, days without sales as 0. Null when there are no days or the mean is 0.
 */
export function steadiness(daily: readonly number[]): number | null {
  if (daily.length === 0) return null;
  const mean = daily.reduce((s, v) => s + v, 0) / daily.length;
  const variance = daily.reduce((s, v) => s + (v - mean) ** 2, 0) / daily.length;
  return ratio(Math.sqrt(variance), mean);
}

/** One value per day from `from` to `to` inclusive; a day missing from `values` is 0. */
export function fillDays(from: Day, to: Day, values: ReadonlyMap<Day, number>): number[] {
  const out: number[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(values.get(d) ?? 0);
  return out;
}

/** A word for a coefficient of variation, for a page: steady below 0.35, bursty from 0.75. */
export function steadinessLabel(cv: number | null): "steady" | "variable" | "bursty" | null {
  if (cv === null) return null;
  if (cv < 0.35) return "steady";
  if (cv < 0.75) return "variable";
  return "bursty";
}
