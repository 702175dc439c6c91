// Model choice: every candidate is backtested at the same origins as the seasonal naive
// benchmark, and the one with the lowest mean MASE wins; the benchmark stays when nothing beats
// it, and is used outright when the history is too short to test anything fairly.
import { backtest, meanMase, planBacktest, type BacktestPlan, type BacktestRun, type SeriesContext } from "./backtest";
import type { Forecaster } from "./types";

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
}

export function chooseModel(
  series: readonly number[],
  candidates: readonly Forecaster[],
  benchmark: Forecaster,
  o: ChoiceOptions,
): ModelChoice {
  const context: SeriesContext = { period: o.period, events: o.events, timeline: o.timeline };
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
  for (const model of candidates) {
    const need = model.minHistory(o.period);
    if (need > plan.trainLengths[0]) {
      scores.push({ id: model.id, label: model.label, mase: null, failed: `needs at least ${need} steps of history`, msPerFit: 0 });
      continue;
    }
    const run = backtest(series, model, context, plan);
    const m = run.failed ? null : meanMase(run);
    scores.push({ id: model.id, label: model.label, mase: m, failed: run.failed, msPerFit: run.msPerFit });
    if (m !== null && (best === null || m < best.mase)) best = { model, run, mase: m };
  }
  if (best && benchmarkMase !== null && best.mase < benchmarkMase) {
    return { ...base, decision: "model-beats", chosen: best.model, plan, chosenRun: best.run, benchmarkRun, scores };
  }
  return { ...base, decision: "benchmark-kept", plan, chosenRun: benchmarkRun, benchmarkRun, scores };
}
