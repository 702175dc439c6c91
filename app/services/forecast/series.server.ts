// Forecasts of an analyst's own series (a date,value file): the same choice and calibration as
// the merchant forecasts, with the candidate models of the series' cadence and no campaigns.
import { stepDate } from "../../domain/forecast/calendar";
import { forecastSeries, type SeriesForecast } from "../../domain/forecast/pipeline";
import type { ParsedSeries } from "../../domain/forecast/series-csv";
import { backtestShape, benchmarkModel, candidatesFor, maxHistoryFor, minHistoryFor } from "./models.server";

export interface DatedForecast extends SeriesForecast {
  dates: string[];
  /** the first forecast date at each backtest origin */
  originDates: string[];
}

export function forecastParsedSeries(series: ParsedSeries, horizon: number): DatedForecast {
  const { cadence } = series;
  // Only the latest stretch is fitted; dates count from where it starts.
  const skip = Math.max(0, series.values.length - maxHistoryFor(cadence));
  const values = series.values.slice(skip);
  const first = stepDate(series.first, cadence, skip);
  const result = forecastSeries(values, candidatesFor(cadence, { calendarInHistory: false, historyLength: values.length }), benchmarkModel, {
    horizon,
    period: cadence.period,
    minHistory: minHistoryFor(cadence),
    ...backtestShape(cadence),
    unit: cadence.unit,
    nonNegative: false,
  });
  return {
    ...result,
    dates: result.point.map((_, h) => stepDate(first, cadence, values.length + h)),
    originDates: result.accuracy.originTrainLengths.map((len) => stepDate(first, cadence, len)),
  };
}
