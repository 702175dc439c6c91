// The whole forecast of one series: choose the model by backtest (the costly part, kept as a
// plain record that can be cached), then fit the chosen model once on all the history and put
// the intervals calibrated from its own backtest errors around it.
import { ratio } from "../ratio";
import { meanMase, type BacktestPlan, type OriginForecast } from "./backtest";
import { calibrate, checkIntervals, intervalAt, recentSpread, type Calibration, type IntervalCheck } from "./calibrate";
import { chooseModel, type ChoiceOptions, type Decision, type ModelScore } from "./choose";
import { isCampaignOccurrence, occurrenceDays } from "./calendar-profile";
import { combinationFromId } from "./combine";
import type { Occurrence } from "./occurrences";
import type { Message } from "../message";
import { whyThisModel, whyThisModelMessage, type ReasonFacts } from "./reason";
import type { Forecaster, ForecastInput } from "./types";

export const LEVELS = [0.8, 0.95] as const;

/** What the backtest decided, as plain data (JSON-safe): enough to forecast without refitting it. */
export interface ChoiceRecord {
  decision: Decision;
  chosen: { id: string; label: string; usesEvents: boolean };
  benchmarkId: string;
  reason: string;
  /** the reason as a message the page translates (absent in records cached before it existed) */
  reasonMessage?: Message;
  scores: ModelScore[];
  plan: BacktestPlan | null;
  chosenOrigins: OriginForecast[];
  benchmarkOrigins: OriginForecast[];
  /** the chosen model's errors at every calibration origin (the choice's and older ones) */
  calibrationOrigins?: OriginForecast[];
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
  reasonMessage?: Message;
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
  const facts: ReasonFacts = {
    decision: choice.decision,
    chosen,
    benchmarkId: benchmark.id,
    scores: choice.scores,
    origins: choice.plan?.trainLengths.length ?? 0,
    historyLength: series.length,
    minHistory: o.minHistory,
    unit: o.unit,
  };
  return {
    decision: choice.decision,
    chosen,
    benchmarkId: benchmark.id,
    reason: whyThisModel(facts),
    reasonMessage: whyThisModelMessage(facts),
    scores: choice.scores,
    plan: choice.plan,
    chosenOrigins: choice.chosenRun?.origins ?? [],
    calibrationOrigins: choice.calibrationRun?.origins,
    benchmarkOrigins: choice.benchmarkRun?.origins ?? [],
  };
}

function clip(v: number, nonNegative: boolean): number {
  return nonNegative ? Math.max(0, v) : v;
}

/** The bands around `point`; `spread` is the series' recent spread at the forecast's origin (`recentSpread`). */
export function bandsFor(
  point: readonly number[],
  c: Calibration | null,
  nonNegative: boolean,
  special?: readonly boolean[],
  spread: number | null = null,
): Band[] {
  // A relative calibration with no spread now (the series stopped moving) has nothing to scale.
  const usable = c && (!c.relative || (spread !== null && spread > 0)) ? c : null;
  return LEVELS.map((level) => ({
    level,
    lo: point.map((p, h) => (usable ? clip(intervalAt(usable, p, h + 1, level, special?.[h], spread).lo, nonNegative) : null)),
    hi: point.map((p, h) => (usable ? clip(intervalAt(usable, p, h + 1, level, special?.[h], spread).hi, nonNegative) : null)),
  }));
}

/** Which forecast steps fall on a campaign, festival or holiday day (or its tail). */
function specialAhead(input: ForecastInput): boolean[] | undefined {
  if (!input.occurrences?.length) return undefined;
  const n = input.history.length;
  return occurrenceDays(input.occurrences, n + input.horizon).slice(n);
}

/** Holidays are not a choice: they stay. Campaigns (entered or festival days) ahead are dropped. */
export function isCampaignKind(kind: string): boolean {
  return isCampaignOccurrence({ kind });
}

/** The same input with no campaign days from the forecast's first step on. */
export function withoutFutureCampaigns(input: ForecastInput, keep: (o: Occurrence) => boolean = () => false): ForecastInput {
  const n = input.history.length;
  return {
    ...input,
    events: input.events?.map((e, i) => (i < n ? e : null)),
    occurrences: input.occurrences?.filter((o) => o.end < n || !isCampaignKind(o.kind) || keep(o)),
  };
}

/** The model among the benchmark and candidates with this id, combinations included. */
export function resolveModel(id: string, benchmark: Forecaster, candidates: readonly Forecaster[]): Forecaster {
  const all = [benchmark, ...candidates];
  const find = (x: string) => all.find((c) => c.id === x);
  return find(id) ?? combinationFromId(id, find) ?? benchmark;
}

/** Keeps each origin's first `steps` steps: the accuracy of a shorter horizon. */
function firstSteps(origins: readonly OriginForecast[], steps: number): OriginForecast[] {
  return origins.map((o) => ({
    ...o,
    actual: o.actual.slice(0, steps),
    point: o.point.slice(0, steps),
    ...(o.special ? { special: o.special.slice(0, steps) } : {}),
  }));
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
  // Calibrate on every origin the chosen model ran at: the older ones the choice never looked at
  // and the choice's own. With forty (days) or sixty (weeks) origins the choice's few carry little
  // of the luck that made the model win, and bands from the last months only would follow
  // whatever those months were like; the errors are in units of each origin's spread, so older
  // stretches of another liveliness count as much as recent ones.
  const calibrationOrigins = firstSteps(record.calibrationOrigins ?? record.chosenOrigins, steps);
  const calibration = calibrate(calibrationOrigins);
  const spread = recentSpread(series, o.period);
  const input: ForecastInput = {
    history: series,
    horizon: o.horizon,
    period: o.period,
    events: o.events,
    occurrences: o.occurrences,
    timeline: o.timeline,
  };
  const point = model.forecast(input).map((v) => clip(v, o.nonNegative));

  let withoutCampaigns: SeriesForecast["withoutCampaigns"] = null;
  if (o.compareWithoutCampaigns && model.usesEvents && (o.events || o.occurrences)) {
    const plain = withoutFutureCampaigns(input);
    const p = model.forecast(plain).map((v) => clip(v, o.nonNegative));
    withoutCampaigns = { point: p, bands: bandsFor(p, calibration, o.nonNegative, specialAhead(plain), spread) };
  }

  const mase = meanMase({ model: record.chosen.id, origins: chosenOrigins, msPerFit: 0 });
  const benchmarkMase = meanMase({ model: record.benchmarkId, origins: benchmarkOrigins, msPerFit: 0 });
  return {
    model: record.chosen,
    decision: record.decision,
    reason: record.reason,
    reasonMessage: record.reasonMessage,
    point,
    bands: bandsFor(point, calibration, o.nonNegative, specialAhead(input), spread),
    withoutCampaigns,
    accuracy: {
      mase,
      benchmarkMase,
      relativeMase: mase === null || benchmarkMase === null ? null : ratio(mase, benchmarkMase),
      horizon: steps,
      originTrainLengths: chosenOrigins.map((x) => x.trainLength),
      intervals: checkIntervals(calibrationOrigins, LEVELS, o.nonNegative),
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
  const model = resolveModel(record.chosen.id, benchmark, candidates);
  return finishForecast(series, record, model, { ...o, compareWithoutCampaigns: o.compareWithoutCampaigns ?? true });
}
