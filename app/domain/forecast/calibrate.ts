// Prediction intervals calibrated from a backtest's own errors. The error scale per step ahead
// is the mean absolute error at that step, smoothed as a power of the step (errors grow with the
// horizon, never shrink); the errors divided by that scale are pooled over all steps and
// origins (ordinary days apart from campaign and holiday days), and their split-conformal
// quantiles give the interval's ends. So an 80% interval is as wide as the model's own misses
// were in 80% of the cases, whatever the model claims of itself.
import { quantileSorted } from "./quantile";
import type { OriginForecast } from "./backtest";
import { coverage } from "./coverage";
import { studentTQuantile, normalQuantile } from "./student-t";
import { meanWinkler } from "./winkler";

export interface Calibration {
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

/** The error scale `steps` ahead. */
export function scaleAt(c: Calibration, step: number): number {
  return c.a * Math.pow(step, c.b);
}

export function calibrate(origins: readonly OriginForecast[]): Calibration | null {
  const horizon = Math.max(0, ...origins.map((o) => o.actual.length));
  if (origins.length === 0 || horizon === 0) return null;
  const maeByStep: number[] = [];
  for (let h = 0; h < horizon; h++) {
    let sum = 0;
    let n = 0;
    for (const o of origins) {
      if (h < o.actual.length) {
        sum += Math.abs(o.actual[h] - o.point[h]);
        n++;
      }
    }
    maeByStep.push(n ? sum / n : 0);
  }
  const overall = maeByStep.reduce((s, v) => s + v, 0) / horizon;
  if (!(overall > 0)) {
    // The model never missed: keep a zero-width interval rather than invent one.
    return { a: 0, b: 0, origins: origins.length, normalized: [0], special: null };
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
      const e = (o.actual[h] - o.point[h]) / (a * Math.pow(h + 1, b));
      (o.special?.[h] ? special : ordinary).push(e);
    }
  }
  const byValue = (x: number, y: number) => x - y;
  if (ordinary.length < MIN_ERRORS || special.length < MIN_ERRORS) {
    return { a, b, origins: origins.length, normalized: [...ordinary, ...special].sort(byValue), special: null };
  }
  return { a, b, origins: origins.length, normalized: ordinary.sort(byValue), special: special.sort(byValue) };
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

/** The interval at `level` (0.8 for 80%) around `point`, `step` steps ahead. */
export function intervalAt(c: Calibration, point: number, step: number, level: number, special = false): { lo: number; hi: number } {
  const tail = (1 - level) / 2;
  const s = scaleAt(c, step);
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
  return levels.map((level) => {
    const actual: number[] = [];
    const lo: number[] = [];
    const hi: number[] = [];
    if (origins.length >= 3) {
      origins.forEach((o, i) => {
        const c = calibrate(origins.filter((_, j) => j !== i));
        if (!c) return;
        o.point.forEach((p, h) => {
          const iv = intervalAt(c, p, h + 1, level, o.special?.[h] ?? false);
          actual.push(o.actual[h]);
          lo.push(clampAtZero ? Math.max(0, iv.lo) : iv.lo);
          hi.push(clampAtZero ? Math.max(0, iv.hi) : iv.hi);
        });
      });
    }
    return { level, coverage: coverage(actual, lo, hi), winkler: meanWinkler(actual, lo, hi, level), points: actual.length };
  });
}
