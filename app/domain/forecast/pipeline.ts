// The whole forecast of one series: choose the model by backtest (the costly part, kept as a
// plain record that can be cached), then fit the chosen model once on all the history and put
// the intervals calibrated from its own backtest errors around it.
import { ratio } from "../ratio";
import { meanMase, type BacktestPlan, type OriginForecast } from "./backtest";
import { calibrate, checkIntervals, intervalAt, type Calibration, type IntervalCheck } from "./calibrate";
import { chooseModel, type ChoiceOptions, type Decision, type ModelScore } from "./choose";
import { whyThisModel } from "./reason";
import type { Forecaster, ForecastInput } from "./types";

export const LEVELS = [0.8, 0.95] as const;

/** What the backtest decided, as plain data (JSON-safe): enough to forecast without refitting it. */
export interface ChoiceRecord {
  decision: Decision;
  chosen: { id: string; label: string; usesEvents: boolean };
  benchmarkId: string;
  reason: string;
  scores: ModelScore[];
  plan: BacktestPlan | null;
  chosenOrigins: OriginForecast[];
  benchmarkOrigins: OriginForecast[];
}

export interface Band {
  level: number;
  lo: (number | null)[];
  hi: (number | null)[];
}

export interface Accuracy {
  /** mean MASE of the chosen model over the backtest origins */
  mase: number | null;
  /** mean MASE of seasonal naive at the same origins */
  benchmarkMase: number | null;
  /** mase ÷ benchmarkMase: below 1 beats seasonal naive */
  relativeMase: number | null;
  /** steps ahead scored at each origin */
  horizon: number;
  /** the training length at each origin: each forecast started after step trainLength − 1 */
  originTrainLengths: number[];
  /** coverage and Winkler score of the calibrated intervals, each origin left out of its own calibration */
  intervals: IntervalCheck[];
}

export interface SeriesForecast {
  model: { id: string; label: string; usesEvents: boolean };
  decision: Decision;
  reason: string;
  point: number[];
  bands: Band[];
  /** the same model with no future campaigns; null when the model does not read campaigns */
  withoutCampaigns: { point: number[]; bands: Band[] } | null;
  accuracy: Accuracy;
  scores: ModelScore[];
}

export interface PipelineOptions extends ChoiceOptions {
  /** "day" or "week", for the sentence that says why */
  unit: string;
  /** clip forecasts and bands at 0 (sales cannot be negative) */
  nonNegative: boolean;
}

export function runChoice(
  series: readonly number[],
  candidates: readonly Forecaster[],
  benchmark: Forecaster,
  o: PipelineOptions,
): ChoiceRecord {
  const choice = chooseModel(series, candidates, benchmark, o);
  const chosen = { id: choice.chosen.id, label: choice.chosen.label, usesEvents: choice.chosen.usesEvents };
  return {
    decision: choice.decision,
    chosen,
    benchmarkId: benchmark.id,
    reason: whyThisModel({
      decision: choice.decision,
      chosen,
      benchmarkId: benchmark.id,
      scores: choice.scores,
      origins: choice.plan?.trainLengths.length ?? 0,
      historyLength: series.length,
      minHistory: o.minHistory,
      unit: o.unit,
    }),
    scores: choice.scores,
    plan: choice.plan,
    chosenOrigins: choice.chosenRun?.origins ?? [],
    benchmarkOrigins: choice.benchmarkRun?.origins ?? [],
  };
}

function clip(v: number, nonNegative: boolean): number {
  return nonNegative ? Math.max(0, v) : v;
}

export function bandsFor(point: readonly number[], c: Calibration | null, nonNegative: boolean): Band[] {
  return LEVELS.map((level) => ({
    level,
    lo: point.map((p, h) => (c ? clip(intervalAt(c, p, h + 1, level).lo, nonNegative) : null)),
    hi: point.map((p, h) => (c ? clip(intervalAt(c, p, h + 1, level).hi, nonNegative) : null)),
  }));
}

/** Keeps each origin's first `steps` steps: the accuracy of a shorter horizon. */
function firstSteps(origins: readonly OriginForecast[], steps: number): OriginForecast[] {
  return origins.map((o) => ({ ...o, actual: o.actual.slice(0, steps), point: o.point.slice(0, steps) }));
}

export interface FinishOptions extends Omit<ForecastInput, "history"> {
  nonNegative: boolean;
  /** also forecast with no future campaigns (the model reads campaigns) */
  compareWithoutCampaigns: boolean;
}

/** The chosen model (whose id must match the record) fitted once on all the history. */
export function finishForecast(
  series: readonly number[],
  record: ChoiceRecord,
  model: Forecaster,
  o: FinishOptions,
): SeriesForecast {
  if (model.id !== record.chosen.id) throw new Error(`finishForecast: expected model ${record.chosen.id}, got ${model.id}`);
  const steps = Math.min(o.horizon, record.plan?.horizon ?? 0);
  const chosenOrigins = firstSteps(record.chosenOrigins, steps);
  const benchmarkOrigins = firstSteps(record.benchmarkOrigins, steps);
  const calibration = calibrate(chosenOrigins);
  const input: ForecastInput = { history: series, horizon: o.horizon, period: o.period, events: o.events, timeline: o.timeline };
  const point = model.forecast(input).map((v) => clip(v, o.nonNegative));

  let withoutCampaigns: SeriesForecast["withoutCampaigns"] = null;
  if (o.compareWithoutCampaigns && model.usesEvents && o.events) {
    const pastOnly = o.events.map((e, i) => (i < series.length ? e : null));
    const p = model.forecast({ ...input, events: pastOnly }).map((v) => clip(v, o.nonNegative));
    withoutCampaigns = { point: p, bands: bandsFor(p, calibration, o.nonNegative) };
  }

  const mase = meanMase({ model: record.chosen.id, origins: chosenOrigins, msPerFit: 0 });
  const benchmarkMase = meanMase({ model: record.benchmarkId, origins: benchmarkOrigins, msPerFit: 0 });
  return {
    model: record.chosen,
    decision: record.decision,
    reason: record.reason,
    point,
    bands: bandsFor(point, calibration, o.nonNegative),
    withoutCampaigns,
    accuracy: {
      mase,
      benchmarkMase,
      relativeMase: mase === null || benchmarkMase === null ? null : ratio(mase, benchmarkMase),
      horizon: steps,
      originTrainLengths: chosenOrigins.map((x) => x.trainLength),
      intervals: checkIntervals(chosenOrigins, LEVELS, o.nonNegative),
    },
    scores: record.scores,
  };
}

/** Choose and forecast in one go, for a series with no cache (the command line, the bench). */
export function forecastSeries(
  series: readonly number[],
  candidates: readonly Forecaster[],
  benchmark: Forecaster,
  o: PipelineOptions & { compareWithoutCampaigns?: boolean },
): SeriesForecast {
  if (series.length === 0) throw new Error("forecastSeries: empty series");
  const record = runChoice(series, candidates, benchmark, o);
  const model = [benchmark, ...candidates].find((c) => c.id === record.chosen.id) ?? benchmark;
  return finishForecast(series, record, model, { ...o, compareWithoutCampaigns: o.compareWithoutCampaigns ?? true });
}
