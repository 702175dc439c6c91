// Seeded synthetic series for the forecasting tests.
import type { Forecaster } from "../../../app/domain/forecast/types";

/** A deterministic uniform generator (Park–Miller). */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

/** Standard normal draws from a seeded generator (Box–Muller). */
export function normals(seed: number): () => number {
  const u = seeded(seed);
  return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

/** A weekly pattern (Monday first) with gaussian noise of `sd`. */
export function weeklySeries(n: number, sd: number, seed = 7): number[] {
  const pattern = [100, 90, 95, 110, 140, 180, 160];
  const z = normals(seed);
  return Array.from({ length: n }, (_, i) => pattern[i % 7] + sd * z());
}

/** A model that ignores seasons: the mean of the last four weeks. */
export const flatMean: Forecaster = {
  id: "flat-mean",
  label: "Flat mean",
  usesEvents: false,
  minHistory: () => 28,
  forecast: ({ history, horizon }) => {
    const tail = history.slice(-28);
    const m = tail.reduce((s, v) => s + v, 0) / tail.length;
    return new Array(horizon).fill(m);
  },
};
