// Model choice: every candidate is backtested at the same origins as the seasonal naive
// benchmark, and the one with the lowest mean MASE wins; the benchmark stays when nothing beats
// it, and is used outright when the history is too short to test anything fairly.
import { backtest, meanMase, planBacktest, type BacktestPlan, type BacktestRun, type SeriesContext } from "./backtest";
import { combinationFromId, combinePoints, medianId, weightedId } from "./combine";
import type { Forecaster } from "./types";

/** How many of the best candidates the backtest combines. */
export const COMBINE_BEST = 3;

export type Decision = "short-history" | "no-backtest" | "benchmark-kept" | "model-beats";

export interface ModelScore {
  id: string;
  label: string;
  mase: number | null;
  failed?: string;
  msPerFit: number;
}

export interface ModelChoice {
  decision: Decision;
  chosen: Forecaster;
  benchmark: Forecaster;
  /** the backtest that chose (and calibrates) the model; null when none could be run */
  plan: BacktestPlan | null;
  chosenRun: BacktestRun | null;
  benchmarkRun: BacktestRun | null;
  /** the chosen model at more, older origins as well: what its intervals are calibrated on */
  calibrationRun?: BacktestRun | null;
  scores: ModelScore[];
  historyLength: number;
  minHistory: number;
}

export interface ChoiceOptions extends SeriesContext {
  horizon: number;
  /** below this many steps of history, no model is tested: seasonal naive it is */
  minHistory: number;
  /** steps between backtest origins */
  originStep: number;
  maxOrigins: number;
  /** origins the chosen model's intervals are calibrated on (more than the choice needs) */
  calibrationOrigins?: number;
}

export function chooseModel(
  series: readonly number[],
  candidates: readonly Forecaster[],
  benchmark: Forecaster,
  o: ChoiceOptions,
): ModelChoice {
  const context: SeriesContext = { period: o.period, events: o.events, occurrences: o.occurrences, timeline: o.timeline };
  const base = { benchmark, historyLength: series.length, minHistory: o.minHistory, chosen: benchmark };

  if (series.length < o.minHistory) {
    // Too short to compare models; still measure seasonal naive itself, at every step it can be
    // measured, so its interval has something honest to stand on.
    const plan = planBacktest(series.length, {
      horizon: o.horizon,
      maxOrigins: 60,
      step: 1,
      minTrain: Math.max(1, o.period),
      minOrigins: 3,
    });
    const run = plan ? backtest(series, benchmark, context, plan) : null;
    return {
      ...base,
      decision: "short-history",
      plan,
      chosenRun: run,
      benchmarkRun: run,
      scores: [{ id: benchmark.id, label: benchmark.label, mase: run ? meanMase(run) : null, msPerFit: run?.msPerFit ?? 0 }],
    };
  }

  const plan = planBacktest(series.length, {
    horizon: o.horizon,
    maxOrigins: o.maxOrigins,
    step: o.originStep,
    minTrain: Math.max(o.minHistory - o.originStep, benchmark.minHistory(o.period), 1),
    minOrigins: 3,
  });
  if (!plan) {
    return { ...base, decision: "no-backtest", plan: null, chosenRun: null, benchmarkRun: null, scores: [] };
  }
  const benchmarkRun = backtest(series, benchmark, context, plan);
  const benchmarkMase = meanMase(benchmarkRun);
  const scores: ModelScore[] = [{ id: benchmark.id, label: benchmark.label, mase: benchmarkMase, msPerFit: benchmarkRun.msPerFit }];
  let best: { model: Forecaster; run: BacktestRun; mase: number } | null = null;
  const runs: { model: Forecaster; run: BacktestRun; mase: number }[] = [];
  for (const model of candidates) {
    const need = model.minHistory(o.period);
    if (need > plan.trainLengths[0]) {
      scores.push({ id: model.id, label: model.label, mase: null, failed: `needs at least ${need} steps of history`, msPerFit: 0 });
      continue;
    }
    const run = backtest(series, model, context, plan);
    const m = run.failed ? null : meanMase(run);
    if (m !== null) runs.push({ model, run, mase: m });
    scores.push({ id: model.id, label: model.label, mase: m, failed: run.failed, msPerFit: run.msPerFit });
    if (m !== null && (best === null || m < best.mase)) best = { model, run, mase: m };
  }
  for (const combo of combinationsOf(candidates, runs)) {
    const m = meanMase(combo.run);
    scores.push({ id: combo.model.id, label: combo.model.label, mase: m, msPerFit: combo.run.msPerFit });
    if (m !== null && (best === null || m < best.mase)) best = { model: combo.model, run: combo.run, mase: m };
  }
  const beats = best !== null && benchmarkMase !== null && best.mase < benchmarkMase;
  const chosen = beats ? best!.model : benchmark;
  const chosenRun = beats ? best!.run : benchmarkRun;
  const calibrationRun = moreOrigins(series, chosen, context, plan, chosenRun, o);
  return { ...base, decision: beats ? "model-beats" : "benchmark-kept", chosen, plan, chosenRun, benchmarkRun, calibrationRun, scores };
}

/**
 * The median and the backtest-weighted mean (weights 1/MASE) of the best few candidates, scored
 * from their backtest forecasts without refitting. Only models that read the calendar the same
 * way are combined (all laying campaign shapes, or none), so a campaign's peak keeps its height.
 */
export function combinationsOf(
  candidates: readonly Forecaster[],
  runs: readonly { model: Forecaster; run: BacktestRun; mase: number }[],
): { model: Forecaster; run: BacktestRun }[] {
  const ranked = [...runs].sort((a, b) => a.mase - b.mase);
  if (ranked.length === 0) return [];
  const family = (m: Forecaster) => `${m.usesEvents}:${m.id.endsWith("+calendar")}`;
  const best = ranked.filter((r) => family(r.model) === family(ranked[0].model)).slice(0, COMBINE_BEST);
  if (best.length < 2) return [];
  const find = (id: string) => candidates.find((c) => c.id === id);
  const ids = best.map((r) => r.model.id);
  const weights = best.map((r) => 1 / Math.max(r.mase, 1e-9));
  const norm = weights.reduce((s, w) => s + w, 0);
  const combos: { model: Forecaster; points: "median" | number[] }[] = [];
  const wmean = combinationFromId(weightedId(ids, weights.map((w) => w / norm)), find);
  if (wmean) combos.push({ model: wmean, points: weights });
  if (best.length >= 3) {
    const med = combinationFromId(medianId(ids), find);
    if (med) combos.push({ model: med, points: "median" });
  }
  return combos.map(({ model, points }) => ({
    model,
    run: {
      model: model.id,
      msPerFit: best.reduce((s, r) => s + r.run.msPerFit, 0),
      origins: best[0].run.origins.map((o, k) => ({
        ...o,
        point: combinePoints(best.map((r) => r.run.origins[k].point), points),
      })),
    },
  }));
}

/**
 * The chosen model's backtest extended further back, same horizon and spacing, up to
 * `calibrationOrigins` origins: errors from more stretches of the past make intervals that hold
 * when the next stretch differs from the last few months.
 */
function moreOrigins(
  series: readonly number[],
  model: Forecaster,
  context: SeriesContext,
  plan: BacktestPlan,
  run: BacktestRun,
  o: ChoiceOptions,
): BacktestRun {
  const want = o.calibrationOrigins ?? 0;
  const extra: number[] = [];
  const need = Math.max(model.minHistory(o.period), o.period + 1, 1);
  for (let train = plan.trainLengths[0] - o.originStep; extra.length + plan.trainLengths.length < want && train >= need; train -= o.originStep) {
    extra.unshift(train);
  }
  if (extra.length === 0 || run.failed) return run;
  const older = backtest(series, model, context, { horizon: plan.horizon, trainLengths: extra });
  if (older.failed) return run;
  return { ...run, origins: [...older.origins.map((x) => ({ ...x, heldOut: true })), ...run.origins] };
}
