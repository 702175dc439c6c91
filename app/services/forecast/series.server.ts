// Forecasts of an analyst's own series (a date,value file): the same choice and calibration as
// the merchant forecasts, with the candidate models of the series' cadence, and for daily series
// the public holidays of a country as the calendar.
import { stepDate } from "../../domain/forecast/calendar";
import { publicHolidays, type HolidayCountry } from "../../domain/forecast/holidays";
import { placeOccurrences } from "../../domain/forecast/occurrences";
import { forecastSeries, type SeriesForecast } from "../../domain/forecast/pipeline";
import type { ParsedSeries } from "../../domain/forecast/series-csv";
import { backtestShape, benchmarkModel, candidatesFor, maxHistoryFor, minHistoryFor } from "./models.server";

export interface DatedForecast extends SeriesForecast {
  dates: string[];
  /** the first forecast date at each backtest origin */
  originDates: string[];
  /** public holidays placed on the series (daily series only) */
  holidays: number;
}

const DAY_MS = 86_400_000;

export function forecastParsedSeries(series: ParsedSeries, horizon: number, country: HolidayCountry = "none"): DatedForecast {
  const { cadence } = series;
  // Only the latest stretch is fitted; dates count from where it starts.
  const skip = Math.max(0, series.values.length - maxHistoryFor(cadence));
  const values = series.values.slice(skip);
  const first = stepDate(series.first, cadence, skip);
  const last = stepDate(first, cadence, values.length + horizon - 1);
  // A week or a month carries a holiday inside its own season: holidays are placed on days only.
  const occurrences = cadence.unit === "day" ? placeOccurrences(publicHolidays(country, first, last), first) : [];
  const timeline = cadence.unit === "month" ? undefined : { startMs: Date.parse(`${first}T00:00:00Z`), stepMs: cadence.unit === "day" ? DAY_MS : 7 * DAY_MS };
  const calendarInHistory = occurrences.some((o) => o.start < values.length && o.end >= 0);
  const result = forecastSeries(values, candidatesFor(cadence, { calendarInHistory, historyLength: values.length }), benchmarkModel, {
    horizon,
    period: cadence.period,
    occurrences: occurrences.length ? occurrences : undefined,
    timeline,
    minHistory: minHistoryFor(cadence),
    ...backtestShape(cadence),
    unit: cadence.unit,
    nonNegative: false,
  });
  return {
    ...result,
    dates: result.point.map((_, h) => stepDate(first, cadence, values.length + h)),
    originDates: result.accuracy.originTrainLengths.map((len) => stepDate(first, cadence, len)),
    holidays: occurrences.length,
  };
}
