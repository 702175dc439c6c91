// Seasonal naive: each future step repeats the value one period earlier. The benchmark every
// model must beat; with period 1 it is the plain naive forecast (the last value, repeated).
import type { Forecaster, ForecastInput } from "./types";

export function seasonalNaive(history: readonly number[], horizon: number, period: number): number[] {
  if (history.length === 0) throw new Error("seasonalNaive: empty history");
  const m = Math.max(1, Math.min(period, history.length));
  const out: number[] = [];
  for (let h = 0; h < horizon; h++) {
    // step h repeats the same season of the last full period
    out.push(history[history.length - m + (h % m)]);
  }
  return out;
}

/** The benchmark period for a series: its own season when one full season is there, else 1. */
export function benchmarkPeriod(length: number, period: number): number {
  return length >= period + 1 ? period : 1;
}

export function seasonalNaiveForecaster(fixedPeriod?: number): Forecaster {
  const periodOf = (input: ForecastInput) => benchmarkPeriod(input.history.length, fixedPeriod ?? input.period);
  return {
    id: fixedPeriod === 1 ? "naive" : "seasonal-naive",
    label: fixedPeriod === 1 ? "Naive" : "Seasonal naive",
    usesEvents: false,
    minHistory: () => 1,
    forecast: (input) => seasonalNaive(input.history, input.horizon, periodOf(input)),
  };
}
