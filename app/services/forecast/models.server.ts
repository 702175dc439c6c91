// Which models compete for a series, by its cadence: the candidate set the backtest chooses from.
import type { Cadence } from "../../domain/forecast/calendar";
import { campaignAware } from "../../domain/forecast/campaign-effects";
import { combination } from "../../domain/forecast/combine";
import { seasonalNaiveForecaster } from "../../domain/forecast/seasonal-naive";
import { thetaForecaster } from "../../domain/forecast/theta";
import type { Forecaster } from "../../domain/forecast/types";
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
 * The most history a model is fitted on: a year of days (models here learn the weekly pattern and
 * the trend, and fits stay fast), six years of weeks, ten of months.
 */
export function maxHistoryFor(cadence: Cadence): number {
  return cadence.unit === "day" ? 365 : cadence.unit === "week" ? 312 : 120;
}

/**
 * Where the backtest origins fall: ten origins two weeks apart for days (about five months of
 * cut-offs, so the calibration sees more than one recent stretch), eight four weeks apart for
 * weeks, eight a quarter apart for months.
 */
export function backtestShape(cadence: Cadence): { originStep: number; maxOrigins: number } {
  if (cadence.unit === "day") return { originStep: 14, maxOrigins: 10 };
  if (cadence.unit === "week") return { originStep: 4, maxOrigins: 8 };
  return { originStep: 3, maxOrigins: 8 };
}

export function candidatesFor(cadence: Cadence, opts: { campaignsInHistory: boolean }): Forecaster[] {
  if (cadence.unit === "day") {
    const models = [mstlForecaster, thetaForecaster, prophetForecaster];
    if (opts.campaignsInHistory) models.push(campaignAware(mstlForecaster));
    return models;
  }
  // Weekly and monthly: smoothing models and their combination; MSTL once two seasons exist.
  return [
    seasonalNaiveForecaster(1),
    etsForecaster,
    thetaForecaster,
    combination("ets-theta", "ETS and Theta combined", [etsForecaster, thetaForecaster]),
    mstlForecaster,
  ];
}

/** Every model a record may name, to find the chosen one again from a cached choice. */
export function modelById(id: string, cadence: Cadence): Forecaster | undefined {
  return [benchmarkModel, ...candidatesFor(cadence, { campaignsInHistory: true })].find((m) => m.id === id);
}
