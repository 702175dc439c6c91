// A campaign's lift against a weekday-matched baseline of the merchant's own sales before it.
import { addDays, weekday, type Day } from "../time";
import { ratio } from "../ratio";

export const BASELINE_DAYS = 28;

export interface LiftInput {
  /** the campaign's first day */
  startsOn: Day;
  /** the campaign days measured (its days up to the last day with data), in order */
  days: readonly Day[];
  /** the merchant's total GMV (all pillars, hundredths) of a day; 0 for a day without sales */
  gmvOn: (day: Day) => number;
  /** the merchant's first day with data: baseline days before it are unknown, not zero */
  firstDataDay: Day | null;
}

export interface Lift {
  baselineFrom: Day;
  baselineTo: Day;
  /** baseline days that had data coverage */
  baselineDaysUsed: number;
  days: number;
  /** the merchant's total GMV over the measured campaign days */
  periodGmv: number;
  periodGmvPerDay: number | null;
  /** weighted to the campaign's weekday mix; null when a weekday has no baseline day */
  baselinePerDay: number | null;
  /** (period GMV per day − baseline per day) ÷ baseline per day */
  lift: number | null;
  /** period GMV − baseline per day × days, in hundredths */
  incrementalGmv: number | null;
}

/**
 * Baseline per day = the mean, over the campaign's days, of the merchant's mean GMV on that
 * day's weekday in the 28 days before the campaign starts. Baseline days before the merchant's
 * first data day are left out; if a campaign weekday then has none, there is no baseline.
 */
export function campaignLift(input: LiftInput): Lift {
  const baselineFrom = addDays(input.startsOn, -BASELINE_DAYS);
  const baselineTo = addDays(input.startsOn, -1);
  const byWeekday = new Map<number, { sum: number; n: number }>();
  let used = 0;
  for (let d = baselineFrom; d <= baselineTo; d = addDays(d, 1)) {
    if (input.firstDataDay === null || d < input.firstDataDay) continue;
    const w = weekday(d);
    const acc = byWeekday.get(w) ?? { sum: 0, n: 0 };
    acc.sum += input.gmvOn(d);
    acc.n += 1;
    byWeekday.set(w, acc);
    used++;
  }
  let periodGmv = 0;
  let baselineTotal: number | null = 0;
  for (const d of input.days) {
    periodGmv += input.gmvOn(d);
    const acc = byWeekday.get(weekday(d));
    if (!acc || baselineTotal === null) baselineTotal = null;
    else baselineTotal += acc.sum / acc.n;
  }
  const days = input.days.length;
  const baselinePerDay = baselineTotal === null || days === 0 ? null : baselineTotal / days;
  const periodGmvPerDay = ratio(periodGmv, days);
  return {
    baselineFrom,
    baselineTo,
    baselineDaysUsed: used,
    days,
    periodGmv,
    periodGmvPerDay,
    baselinePerDay,
    lift: baselinePerDay === null || periodGmvPerDay === null ? null : ratio(periodGmvPerDay - baselinePerDay, baselinePerDay),
    incrementalGmv: baselineTotal === null || days === 0 ? null : Math.round(periodGmv - baselineTotal),
  };
}
