// The yearly pattern of a daily series with more than a year of history: each calendar day's
// level over the year's, learned from up to three years (a 7-day average over the 365-day average
// around it, centred where the data allows, averaged over the years and smoothed over
// neighbouring days). A base model forecasts
// the last year with that pattern taken out; the pattern is put back on the days ahead.
import type { Forecaster, ForecastInput } from "./types";

const DAY_MS = 86_400_000;
/** The least history the yearly pattern is learned from: more than a year. */
export const YEARLY_MIN_HISTORY = 400;
/** The most recent stretch the base models are fitted on. */
export const RECENT_DAYS = 365;

/** Day of the year 0 … 364 (29 February counts as 28 February). */
export function dayOfYear(ms: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  let doy = Math.floor((Date.UTC(y, d.getUTCMonth(), d.getUTCDate()) - Date.UTC(y, 0, 1)) / DAY_MS);
  if (leap && doy >= 59) doy -= 1;
  return doy;
}

function movingAverage(prefix: Float64Array, t: number, half: number, n: number): number | null {
  if (t - half < 0 || t + half >= n) return null;
  return (prefix[t + half + 1] - prefix[t - half]) / (2 * half + 1);
}

/** 365 multiplicative indices with mean 1, or null when the history cannot show a yearly pattern. */
export function yearlyIndex(history: readonly number[], startMs: number): number[] | null {
  const n = history.length;
  if (n < YEARLY_MIN_HISTORY) return null;
  const prefix = new Float64Array(n + 1);
  for (let t = 0; t < n; t++) prefix[t + 1] = prefix[t] + history[t];
  const sums = new Float64Array(365);
  const counts = new Float64Array(365);
  for (let t = 3; t < n - 3; t++) {
    const week = movingAverage(prefix, t, 3, n);
    // the year around t: centred, or the first or last 365 days near the ends
    const w0 = Math.min(Math.max(0, t - 182), n - 365);
    const year = (prefix[w0 + 365] - prefix[w0]) / 365;
    if (week === null || year === null || !(year > 0)) continue;
    const d = dayOfYear(startMs + t * DAY_MS);
    sums[d] += week / year;
    counts[d]++;
  }
  let covered = 0;
  for (let d = 0; d < 365; d++) if (counts[d] > 0) covered++;
  if (covered < 330) return null;
  const raw = Array.from({ length: 365 }, (_, d) => (counts[d] > 0 ? sums[d] / counts[d] : null));
  // Smooth over ±3 days, around the year's end too.
  const smooth = raw.map((_, d) => {
    let s = 0;
    let c = 0;
    for (let k = -3; k <= 3; k++) {
      const v = raw[(d + k + 365) % 365];
      if (v !== null) {
        s += v;
        c++;
      }
    }
    return c ? s / c : 1;
  });
  const mean = smooth.reduce((s, v) => s + v, 0) / 365;
  return mean > 0 ? smooth.map((v) => v / mean) : null;
}

function shiftInput(input: ForecastInput, skip: number, history: readonly number[]): ForecastInput {
  return {
    ...input,
    history,
    events: input.events?.slice(skip),
    occurrences: input.occurrences?.map((o) => ({ ...o, start: o.start - skip, end: o.end - skip })),
    timeline: input.timeline ? { ...input.timeline, startMs: input.timeline.startMs + skip * input.timeline.stepMs } : undefined,
  };
}

/** The base model fitted on the last `days` steps only (fits stay fast on three years of history). */
export function recentOnly(base: Forecaster, days = RECENT_DAYS): Forecaster {
  return {
    ...base,
    forecast(input) {
      const skip = Math.max(0, input.history.length - days);
      return skip === 0 ? base.forecast(input) : base.forecast(shiftInput(input, skip, input.history.slice(skip)));
    },
  };
}

/** The base model on the yearly-adjusted last year, the yearly pattern put back on the days ahead. */
export function withYearly(base: Forecaster): Forecaster {
  return {
    id: `${base.id}+yearly`,
    label: `${base.label} + yearly pattern`,
    usesEvents: base.usesEvents,
    minHistory: () => YEARLY_MIN_HISTORY,
    forecast(input) {
      const startMs = input.timeline?.startMs ?? 0;
      const index = input.timeline && input.timeline.stepMs === DAY_MS ? yearlyIndex(input.history, startMs) : null;
      const n = input.history.length;
      const skip = Math.max(0, n - RECENT_DAYS);
      if (!index) return base.forecast(shiftInput(input, skip, input.history.slice(skip)));
      const at = (t: number) => index[dayOfYear(startMs + t * DAY_MS)];
      const adjusted = input.history.slice(skip).map((v, i) => v / at(skip + i));
      const point = base.forecast(shiftInput(input, skip, adjusted));
      return point.map((v, h) => v * at(n + h));
    },
  };
}
