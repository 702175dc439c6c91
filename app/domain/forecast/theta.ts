// The Theta method (Assimakopoulos & Nikolopoulos 2000, in Hyndman & Billah's form): simple
// exponential smoothing plus half the linear trend, on seasonally adjusted data. Cheap, and a
// strong benchmark on the M competitions.
import type { Forecaster } from "./types";

function sesFit(y: readonly number[], alpha: number): { level: number; sse: number } {
  let level = y[0];
  let sse = 0;
  for (let t = 1; t < y.length; t++) {
    const e = y[t] - level;
    sse += e * e;
    level += alpha * e;
  }
  return { level, sse };
}

function bestAlpha(y: readonly number[]): number {
  let best = 0.5;
  let bestSse = Infinity;
  for (let a = 0.05; a <= 1.0001; a += 0.05) {
    const { sse } = sesFit(y, a);
    if (sse < bestSse) [best, bestSse] = [a, sse];
  }
  for (let a = Math.max(0.01, best - 0.05); a <= Math.min(1, best + 0.05); a += 0.005) {
    const { sse } = sesFit(y, a);
    if (sse < bestSse) [best, bestSse] = [a, sse];
  }
  return best;
}

/** Autocorrelation of `y` at `lag`. */
function acf(y: readonly number[], lag: number): number {
  const n = y.length;
  const mean = y.reduce((s, v) => s + v, 0) / n;
  let num = 0;
  let den = 0;
  for (let t = 0; t < n; t++) {
    den += (y[t] - mean) ** 2;
    if (t >= lag) num += (y[t] - mean) * (y[t - lag] - mean);
  }
  return den > 0 ? num / den : 0;
}

/** The M4 seasonality test: the autocorrelation at the period is significant at 90%. */
export function isSeasonal(y: readonly number[], period: number): boolean {
  if (period <= 1 || y.length < 3 * period) return false;
  let sum = 1;
  for (let k = 1; k < period; k++) sum += 2 * acf(y, k) ** 2;
  return Math.abs(acf(y, period)) > 1.645 * Math.sqrt(sum / y.length);
}

/** Seasonal indices by classical decomposition: multiplicative when every value is positive. */
export function seasonalIndices(y: readonly number[], period: number): { indices: number[]; multiplicative: boolean } {
  const m = period;
  const multiplicative = y.every((v) => v > 0);
  const half = Math.floor(m / 2);
  const sums = new Array<number>(m).fill(0);
  const counts = new Array<number>(m).fill(0);
  for (let t = half; t < y.length - half; t++) {
    let cma: number;
    if (m % 2 === 0) {
      let s = (y[t - half] + y[t + half]) / 2;
      for (let k = -half + 1; k < half; k++) s += y[t + k];
      cma = s / m;
    } else {
      let s = 0;
      for (let k = -half; k <= half; k++) s += y[t + k];
      cma = s / m;
    }
    sums[t % m] += multiplicative ? y[t] / cma : y[t] - cma;
    counts[t % m]++;
  }
  const raw = sums.map((s, i) => (counts[i] ? s / counts[i] : multiplicative ? 1 : 0));
  const mean = raw.reduce((s, v) => s + v, 0) / m;
  const indices = raw.map((v) => (multiplicative ? v / mean : v - mean));
  return { indices, multiplicative };
}

export type Season = { indices: number[]; multiplicative: boolean };

/** The series with its seasonal pattern taken out (when the M4 test finds one), and that pattern. */
export function deseasonalise(history: readonly number[], period: number): { y: number[]; season: Season | null } {
  if (!isSeasonal(history, period)) return { y: [...history], season: null };
  const s = seasonalIndices(history, period);
  return { y: history.map((v, t) => (s.multiplicative ? v / s.indices[t % period] : v - s.indices[t % period])), season: s };
}

/** Puts the seasonal pattern back into an adjusted value at time t. */
export function reseasonalise(f: number, season: Season | null, t: number, period: number): number {
  if (!season) return f;
  const idx = season.indices[t % period];
  return season.multiplicative ? f * idx : f + idx;
}

export function thetaForecast(history: readonly number[], horizon: number, period: number): number[] {
  const n = history.length;
  if (n === 0) throw new Error("thetaForecast: empty history");
  const { y, season } = deseasonalise(history, period);
  if (n < 3) return new Array<number>(horizon).fill(y[n - 1]);
  // slope of the least-squares line through the (adjusted) data
  const tMean = (n - 1) / 2;
  const yMean = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let t = 0; t < n; t++) {
    sxy += (t - tMean) * (y[t] - yMean);
    sxx += (t - tMean) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  const alpha = bestAlpha(y);
  const { level } = sesFit(y, alpha);
  const out: number[] = [];
  for (let h = 0; h < horizon; h++) {
    out.push(reseasonalise(level + 0.5 * slope * (h + (1 - Math.pow(1 - alpha, n)) / alpha), season, n + h, period));
  }
  return out;
}

export const thetaForecaster: Forecaster = {
  id: "theta",
  label: "Theta",
  usesEvents: false,
  minHistory: (period) => Math.max(8, 2 * period),
  forecast: (input) => thetaForecast(input.history, input.horizon, input.period),
};
