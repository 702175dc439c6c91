// The shapes every forecasting piece shares. Models are passed in as Forecasters so that the
// domain (backtest, choice, calibration) stays pure; augurs lives in app/services/forecast.
import type { Occurrence } from "./occurrences";

/** What a model is given: the history, how far to look, and what is known about the future. */
export interface ForecastInput {
  /** observed values, oldest first, one per step (a day, a week) */
  history: readonly number[];
  /** how many steps ahead to forecast */
  horizon: number;
  /** the seasonal period in steps: 7 for daily data (weekly pattern), 52 for weekly, 1 for none */
  period: number;
  /**
   * The campaign kind running at each step, history first then the horizon (length
   * history.length + horizon); null when none. Future campaigns are known because the merchant
   * entered them.
   */
  events?: readonly (string | null)[];
  /**
   * Campaigns, festivals and holidays placed on the series (steps from step 0), past and known
   * future ones alike: calendar-aware models learn each one's shape from its earlier editions.
   */
  occurrences?: readonly Occurrence[];
  /** the instant of step 0 and the length of a step, for models that need calendar time */
  timeline?: { startMs: number; stepMs: number };
}

export interface Forecaster {
  /** stable id, used in caches and JSON: "seasonal-naive", "mstl", "prophet" … */
  id: string;
  /** the model's name as a merchant reads it */
  label: string;
  /** true when the model reads `events`, so its forecast changes with future campaigns */
  usesEvents: boolean;
  /** the fewest history steps it can fit on, for a given period */
  minHistory(period: number): number;
  /** point forecasts, `horizon` of them; throws only on a bug or a numerical failure */
  forecast(input: ForecastInput): number[];
}
