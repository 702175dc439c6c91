// Which models compete for a series, by its cadence and what it has: the candidate set the
// backtest chooses from. Daily series get calendar-aware versions when campaigns or holidays
// fall in their history, and yearly-pattern versions once they have two years.
import type { Cadence } from "../../domain/forecast/calendar";
import { calendarAware } from "../../domain/forecast/calendar-profile";
import { combinationFromId } from "../../domain/forecast/combine";
import { dampedTrendForecaster } from "../../domain/forecast/damped-trend";
import { seasonalNaiveForecaster } from "../../domain/forecast/seasonal-naive";
import { thetaForecaster } from "../../domain/forecast/theta";
import type { Forecaster } from "../../domain/forecast/types";
import { levelledSeasonalForecaster, weeklyProfileForecaster } from "../../domain/forecast/weekly-profile";
import { recentOnly, withYearly, YEARLY_MIN_HISTORY } from "../../domain/forecast/yearly";
import { etsForecaster, mstlForecaster, prophetForecaster } from "./augurs.server";

export const benchmarkModel: Forecaster = seasonalNaiveForecaster();

/**
 * How much history a model must have before it is tested against seasonal naive: eight weeks of
 * days; for weeks and months, a season and a bit, so there are origins left to test on.
 */
export function minHistoryFor(cadence: Cadence): number {
  return cadence.unit === "day" ? 56 : cadence.unit === "week" ? 60 : 24;
}

/**
 * The most history a forecast reads: three years of days (the yearly pattern is learned from all
 * of it, campaigns from their earlier editions; the short-term models fit the last year), six
 * years of weeks, ten of months.
 */
export function maxHistoryFor(cadence: Cadence): number {
  return cadence.unit === "day" ? 3 * 365 : cadence.unit === "week" ? 312 : 120;
}

/**
 * Where the backtest origins fall: ten origins two weeks apart for days, eight four weeks apart
 * for weeks, eight a quarter apart for months; the chosen model is then also run at older origins
 * at the same spacing, as far back as the history allows (forty origins in all for days, about a
 * year and a half; sixty for weeks, about four and a half years; twenty-four for months), and its
 * intervals are calibrated on all of them: the more stretches of the past, the less the bands
 * hang on what the last few months were like.
 */
export function backtestShape(cadence: Cadence): { originStep: number; maxOrigins: number; calibrationOrigins: number } {
  if (cadence.unit === "day") return { originStep: 14, maxOrigins: 10, calibrationOrigins: 40 };
  if (cadence.unit === "week") return { originStep: 4, maxOrigins: 8, calibrationOrigins: 60 };
  return { originStep: 3, maxOrigins: 8, calibrationOrigins: 24 };
}

export interface SeriesTraits {
  /** campaigns, festivals or holidays fall in the history */
  calendarInHistory: boolean;
  /** steps of history (daily: two years or more brings the yearly candidates) */
  historyLength?: number;
}

const weeklyProfile = weeklyProfileForecaster(8);
const recent = {
  mstl: recentOnly(mstlForecaster),
  theta: recentOnly(thetaForecaster),
  profile: recentOnly(weeklyProfile),
  damped: recentOnly(dampedTrendForecaster),
  prophet: recentOnly(prophetForecaster),
};

export function candidatesFor(cadence: Cadence, traits: SeriesTraits): Forecaster[] {
  if (cadence.unit === "day") {
    const models: Forecaster[] = [recent.profile, recent.theta, recent.damped, recent.mstl, recent.prophet];
    const yearly = (traits.historyLength ?? 0) >= YEARLY_MIN_HISTORY;
    if (yearly) models.push(withYearly(weeklyProfile), withYearly(thetaForecaster));
    if (traits.calendarInHistory) {
      models.push(calendarAware(recent.profile), calendarAware(recent.mstl), calendarAware(recent.theta));
      if (yearly) models.push(calendarAware(withYearly(weeklyProfile)), calendarAware(withYearly(thetaForecaster)));
    }
    return models;
  }
  // Weekly and monthly: smoothing models and a levelled seasonal average; the backtest combines
  // the best three of them itself (the fixed ETS+Theta pair is one of those combinations now).
  return [
    seasonalNaiveForecaster(1),
    etsForecaster,
    dampedTrendForecaster,
    thetaForecaster,
    mstlForecaster,
    levelledSeasonalForecaster(2, cadence.unit === "week" ? 13 : 3),
  ];
}

/** Every model a record may name, to find the chosen one again from a cached choice. */
export function modelById(id: string, cadence: Cadence): Forecaster | undefined {
  const all = [benchmarkModel, ...candidatesFor(cadence, { calendarInHistory: true, historyLength: YEARLY_MIN_HISTORY })];
  const find = (x: string) => all.find((m) => m.id === x);
  return find(id) ?? combinationFromId(id, find);
}
