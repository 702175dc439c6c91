// Prediction intervals calibrated from a backtest's own errors. Each origin's errors are first
// divided by the series' own recent spread at that origin (the plain naive forecast's mean
// absolute error over the last stretch before it), so a calm stretch and a wild one speak the
// same units and the interval follows how lively the series is now, not how lively it was on
// average over the calibration's year or two. The error scale per step ahead is then the mean
// absolute error at that step, smoothed as a power of the step (errors grow with the horizon,
// never shrink); the errors divided by it are pooled over all steps and origins (ordinary days
// apart from campaign and holiday days), and their split-conformal quantiles give the interval's
// ends, widened for the few independent cases a short series has. So an 80% interval is as wide
// as the model's own misses were in 80% of the cases, whatever the model claims of itself.
import { quantileSorted } from "./quantile";
import type { OriginForecast } from "./backtest";
import { coverage } from "./coverage";
import { studentTQuantile, normalQuantile } from "./student-t";
import { meanWinkler } from "./winkler";

export interface Calibration {
  /** errors were divided by each origin's spread: intervals are multiplied by the spread now */
  relative: boolean;
  /** scale(step) = a · step^b, step counted from 1 */
  a: number;
  b: number;
  /** how many backtest origins the errors came from: the independent cases behind the scale */
  origins: number;
  /** errors (actual − forecast) on ordinary days divided by their step's scale, sorted */
  normalized: number[];
  /** the same on campaign, festival and holiday days, when there were enough of them; else null */
  special: number[] | null;
}

/** Fewest errors of one kind of day worth their own quantiles. */
const MIN_ERRORS = 30;

/**
 * Steps of history the spread is measured over: whole seasons, so it does not swing with the
 * season an origin falls in — sixteen weeks of days, a year of weeks or months.
 */
export function spreadWindow(period: number): number {
  const m = Math.max(1, period);
  return m <= 7 ? 16 * m : m;
}

/** The spread never counts as less than this share of the whole history's: a closed shop's quiet weeks do not make it zero. */
const SPREAD_FLOOR = 0.3;

/**
 * The series' own recent spread: the mean absolute change from one step to the next over the
 * last `spreadWindow(period)` steps (the in-sample error of the plain naive forecast), at least
 * 0.3 of the same over the whole history. Null when the series never changed.
 */
export function recentSpread(history: readonly number[], period: number): number | null {
  const n = history.length;
  const mean = (from: number) => {
    let sum = 0;
    let count = 0;
    for (let t = Math.max(1, from); t < n; t++) {
      sum += Math.abs(history[t] - history[t - 1]);
      count++;
    }
    return count ? sum / count : 0;
  };
  const spread = Math.max(mean(n - spreadWindow(period)), SPREAD_FLOOR * mean(1));
  return spread > 0 && Number.isFinite(spread) ? spread : null;
}

/** The error scale `steps` ahead. */
export function scaleAt(c: Calibration, step: number): number {
  return c.a * Math.pow(step, c.b);
}

export function calibrate(origins: readonly OriginForecast[]): Calibration | null {
  const horizon = Math.max(0, ...origins.map((o) => o.actual.length));
  if (origins.length === 0 || horizon === 0) return null;
  // In the series' own units when every origin knows its spread (records cached before spreads
  // existed do not): then the bands are multiplied by the spread at the forecast's origin.
  const relative = origins.every((o) => typeof o.spread === "number" && o.spread > 0);
  const unit = (o: OriginForecast) => (relative ? (o.spread as number) : 1);
  const errorAt = (o: OriginForecast, h: number) => (o.actual[h] - o.point[h]) / unit(o);
  const maeByStep: number[] = [];
  for (let h = 0; h < horizon; h++) {
    let sum = 0;
    let n = 0;
    for (const o of origins) {
      if (h < o.actual.length) {
        sum += Math.abs(errorAt(o, h));
        n++;
      }
    }
    maeByStep.push(n ? sum / n : 0);
  }
  const overall = maeByStep.reduce((s, v) => s + v, 0) / horizon;
  if (!(overall > 0)) {
    // The model never missed: keep a zero-width interval rather than invent one.
    return { relative, a: 0, b: 0, origins: origins.length, normalized: [0], special: null };
  }
  // Least squares of log MAE on log step, over the steps with an error.
  const xs: number[] = [];
  const ys: number[] = [];
  maeByStep.forEach((v, h) => {
    if (v > 0) {
      xs.push(Math.log(h + 1));
      ys.push(Math.log(v));
    }
  });
  let b = 0;
  if (xs.length >= 3) {
    const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
    const my = ys.reduce((s, v) => s + v, 0) / ys.length;
    let sxy = 0;
    let sxx = 0;
    for (let i = 0; i < xs.length; i++) {
      sxy += (xs[i] - mx) * (ys[i] - my);
      sxx += (xs[i] - mx) ** 2;
    }
    b = sxx > 0 ? Math.min(1, Math.max(0, sxy / sxx)) : 0;
  }
  // Choose `a` so the smoothed scale has the same mean as the measured MAEs.
  let meanPow = 0;
  for (let h = 1; h <= horizon; h++) meanPow += Math.pow(h, b);
  const a = overall / (meanPow / horizon);
  // Campaign and holiday days miss by more than ordinary days: their errors get their own
  // quantiles, so ordinary days' bands are not widened by last Christmas.
  const ordinary: number[] = [];
  const special: number[] = [];
  for (const o of origins) {
    for (let h = 0; h < o.actual.length; h++) {
      const e = errorAt(o, h) / (a * Math.pow(h + 1, b));
      (o.special?.[h] ? special : ordinary).push(e);
    }
  }
  const byValue = (x: number, y: number) => x - y;
  if (ordinary.length < MIN_ERRORS || special.length < MIN_ERRORS) {
    return { relative, a, b, origins: origins.length, normalized: [...ordinary, ...special].sort(byValue), special: null };
  }
  return { relative, a, b, origins: origins.length, normalized: ordinary.sort(byValue), special: special.sort(byValue) };
}

/**
 * How much to widen the empirical quantiles because their scale rests on few origins. The errors
 * of one origin move together (one level shift moves all its steps), so the independent cases
 * are the origins, not the points: the widening is the ratio of the Student t quantile with
 * origins − 1 degrees of freedom to the normal one, as for a prediction from an estimated variance.
 */
export function smallSampleWidening(level: number, origins: number): number {
  const p = 1 - (1 - level) / 2;
  const df = Math.max(2, origins - 1);
  return studentTQuantile(p, df) / normalQuantile(p);
}

/**
 * The interval at `level` (0.8 for 80%) around `point`, `step` steps ahead; `spread` is the
 * series' recent spread at the forecast's origin (`recentSpread`), needed when the calibration is
 * relative. The quantiles are widened by `smallSampleWidening` for the origins behind them: with
 * eight origins an 80% band is 10% wider, with sixty 1%.
 */
export function intervalAt(
  c: Calibration,
  point: number,
  step: number,
  level: number,
  special = false,
  spread: number | null = null,
): { lo: number; hi: number } {
  if (c.relative && !(spread !== null && spread > 0)) throw new Error("intervalAt: a relative calibration needs the spread at the origin");
  const tail = (1 - level) / 2;
  const s = scaleAt(c, step) * (c.relative ? (spread as number) : 1) * smallSampleWidening(level, c.origins);
  const errors = special && c.special ? c.special : c.normalized;
  const p = conformalP(errors.length, 1 - tail);
  return { lo: point + quantileSorted(errors, 1 - p) * s, hi: point + quantileSorted(errors, p) * s };
}

/**
 * The split-conformal rank as a quantile position: the ⌈(n + 1)·p⌉-th smallest of n errors, so an
 * interval from n past errors covers a new one with probability at least p.
 */
export function conformalP(n: number, p: number): number {
  if (n <= 1) return p;
  const k = Math.min(n, Math.ceil((n + 1) * p));
  return (k - 1) / (n - 1);
}

export interface IntervalCheck {
  level: number;
  coverage: number | null;
  winkler: number | null;
  points: number;
}

/**
 * How the calibrated intervals did on points they were not calibrated on: each origin's
 * intervals come from a calibration over the other origins (leave one origin out).
 */
export function checkIntervals(
  origins: readonly OriginForecast[],
  levels: readonly number[],
  clampAtZero = false,
): IntervalCheck[] {
  // one calibration per left-out origin, shared by the levels
  const folds = origins.length >= 3 ? origins.map((_, i) => calibrate(origins.filter((_, j) => j !== i))) : [];
  return levels.map((level) => {
    const actual: number[] = [];
    const lo: number[] = [];
    const hi: number[] = [];
    if (origins.length >= 3) {
      origins.forEach((o, i) => {
        const c = folds[i];
        if (!c) return;
        o.point.forEach((p, h) => {
          const iv = intervalAt(c, p, h + 1, level, o.special?.[h] ?? false, o.spread ?? null);
          actual.push(o.actual[h]);
          lo.push(clampAtZero ? Math.max(0, iv.lo) : iv.lo);
          hi.push(clampAtZero ? Math.max(0, iv.hi) : iv.hi);
        });
      });
    }
    return { level, coverage: coverage(actual, lo, hi), winkler: meanWinkler(actual, lo, hi, level), points: actual.length };
  });
}
