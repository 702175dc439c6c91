// A robust seasonal profile: each future step is the median of the same season position over the
// last few cycles (for days: the same weekday over the last eight weeks). One bad week, a
// closure or a one-off spike moves seasonal naive fully and this not at all.
import { median } from "./quantile";
import type { Forecaster } from "./types";

export function robustProfile(history: readonly number[], horizon: number, period: number, cycles: number): number[] {
  const n = history.length;
  if (n === 0) throw new Error("robustProfile: empty history");
  const m = Math.max(1, Math.min(period, n));
  const out: number[] = [];
  for (let h = 0; h < horizon; h++) {
    const lag0 = m * (Math.floor(h / m) + 1);
    const values: number[] = [];
    for (let k = 0; k < cycles; k++) {
      const j = n + h - lag0 - k * m;
      if (j >= 0) values.push(history[j]);
    }
    out.push(values.length ? median(values) : history[n - 1]);
  }
  return out;
}

export function weeklyProfileForecaster(cycles = 8): Forecaster {
  return {
    id: cycles === 8 ? "weekly-profile" : `weekly-profile-${cycles}`,
    label: cycles === 8 ? "Weekly profile" : `Weekly profile (${cycles} weeks)`,
    usesEvents: false,
    minHistory: (period) => Math.max(2, period) * Math.min(cycles, 4),
    forecast: (input) => robustProfile(input.history, input.horizon, input.period, cycles),
  };
}

/**
 * Seasonal naive over several cycles with the level brought up to date: each past cycle's value
 * for the step is scaled by the recent level over that cycle's level at the same point (means of
 * `window` steps), and the scaled values are averaged. For weekly series: last year's week,
 * adjusted for this year's growth.
 */
export function levelledSeasonal(history: readonly number[], horizon: number, period: number, cycles: number, window: number): number[] {
  const n = history.length;
  if (n === 0) throw new Error("levelledSeasonal: empty history");
  const m = Math.max(1, Math.min(period, n));
  const mean = (from: number, to: number) => {
    let s = 0;
    let c = 0;
    for (let i = Math.max(0, from); i < Math.min(n, to); i++) {
      s += history[i];
      c++;
    }
    return c ? s / c : null;
  };
  const recent = mean(n - window, n);
  const out: number[] = [];
  for (let h = 0; h < horizon; h++) {
    const lag0 = m * (Math.floor(h / m) + 1);
    let s = 0;
    let c = 0;
    for (let k = 0; k < cycles; k++) {
      const lag = lag0 + k * m;
      const j = n + h - lag;
      if (j < 0) break;
      const then = mean(n - lag - window, n - lag);
      const factor = recent !== null && then !== null && then > 0 && recent > 0 ? recent / then : 1;
      s += history[j] * Math.min(3, Math.max(1 / 3, factor));
      c++;
    }
    out.push(c ? s / c : history[n - 1]);
  }
  return out;
}

export function levelledSeasonalForecaster(cycles: number, window: number): Forecaster {
  return {
    id: `levelled-seasonal-${cycles}`,
    label: `Seasonal average of ${cycles} cycles, level-adjusted`,
    usesEvents: false,
    minHistory: (period) => period + window + 1,
    forecast: (input) => levelledSeasonal(input.history, input.horizon, input.period, cycles, window),
  };
}
