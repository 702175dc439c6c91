// ETS with a damped additive trend (Gardner & McKenzie): level and trend smoothed, the trend
// fading by φ each step ahead, on seasonally adjusted data. Parameters by least squares of the
// one-step errors over a small grid. Damped trends are the strongest single ETS model on the M
// competitions: they follow a trend without running away with it.
import { deseasonalise, reseasonalise } from "./theta";
import type { Forecaster } from "./types";

const ALPHAS = [0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9];
const BETAS = [0.01, 0.05, 0.1, 0.2];
const PHIS = [0.8, 0.9, 0.95, 0.98];

function run(y: readonly number[], a: number, b: number, phi: number): { level: number; trend: number; sse: number } {
  let level = y[0];
  let trend = y.length > 1 ? y[1] - y[0] : 0;
  let sse = 0;
  for (let t = 1; t < y.length; t++) {
    const f = level + phi * trend;
    const e = y[t] - f;
    sse += e * e;
    const next = f + a * e;
    trend = phi * trend + a * b * e;
    level = next;
  }
  return { level, trend, sse };
}

export function dampedTrendForecast(history: readonly number[], horizon: number, period: number): number[] {
  const n = history.length;
  if (n === 0) throw new Error("dampedTrendForecast: empty history");
  const { y, season } = deseasonalise(history, period);
  if (n < 3) return new Array<number>(horizon).fill(history[n - 1]);
  let best = { level: y[n - 1], trend: 0, sse: Infinity, phi: 0.9 };
  for (const a of ALPHAS) for (const b of BETAS) for (const phi of PHIS) {
    const r = run(y, a, b, phi);
    if (r.sse < best.sse) best = { ...r, phi };
  }
  const out: number[] = [];
  let damp = 0;
  for (let h = 0; h < horizon; h++) {
    damp += Math.pow(best.phi, h + 1);
    out.push(reseasonalise(best.level + damp * best.trend, season, n + h, period));
  }
  return out;
}

export const dampedTrendForecaster: Forecaster = {
  id: "ets-damped",
  label: "ETS with damped trend",
  usesEvents: false,
  minHistory: (period) => Math.max(10, 2 * period),
  forecast: (input) => dampedTrendForecast(input.history, input.horizon, input.period),
};
