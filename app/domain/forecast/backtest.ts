// Rolling-origin backtest with an expanding window: the model is fitted on the history up to
// each origin and scored on the steps after it, at several origins over the last months.
import { recentSpread } from "./calibrate";
import { occurrenceDays } from "./calendar-profile";
import { naiveScale } from "./mase";
import { benchmarkPeriod } from "./seasonal-naive";
import type { Forecaster, ForecastInput } from "./types";

export interface BacktestPlan {
  /** steps ahead scored at each origin (may be shorter than the horizon asked for) */
  horizon: number;
  /** the training length at each origin, oldest first */
  trainLengths: number[];
}

export interface PlanOptions {
  horizon: number;
  /** the most origins to use */
  maxOrigins: number;
  /** steps between origins */
  step: number;
  /** the fewest training steps at the first origin */
  minTrain: number;
  /** the fewest origins worth scoring */
  minOrigins: number;
}

/**
 * Where the origins fall. The last origin leaves exactly `horizon` steps to score; earlier ones
 * step back by `step`. When the history is too short to score the whole horizon at
 * `minOrigins` origins, the scored horizon shrinks; null when not even a week-long one fits.
 */
export function planBacktest(length: number, o: PlanOptions): BacktestPlan | null {
  const room = length - o.minTrain - (o.minOrigins - 1) * o.step;
  const horizon = Math.min(o.horizon, room);
  if (horizon < Math.min(o.horizon, 7) || horizon < 1) return null;
  const trainLengths: number[] = [];
  for (let k = 0; k < o.maxOrigins; k++) {
    const train = length - horizon - k * o.step;
    if (train < o.minTrain) break;
    trainLengths.unshift(train);
  }
  return trainLengths.length >= o.minOrigins ? { horizon, trainLengths } : null;
}

export interface OriginForecast {
  trainLength: number;
  actual: number[];
  point: number[];
  /** in-sample MAE of seasonal naive on this origin's training data: the MASE scale */
  scale: number | null;
  /** per step: a campaign, festival or holiday day (or its tail) */
  special?: boolean[];
  /** an origin the model choice did not look at: its errors carry no winner's luck */
  heldOut?: boolean;
  /** the series' recent spread at this origin (`recentSpread`): the unit its errors are calibrated in */
  spread?: number | null;
}

export interface BacktestRun {
  model: string;
  origins: OriginForecast[];
  /** why the model could not be scored, when it could not */
  failed?: string;
  /** milliseconds per fit, averaged over the origins */
  msPerFit: number;
}

export type SeriesContext = Omit<ForecastInput, "history" | "horizon">;

export function backtest(
  series: readonly number[],
  model: Forecaster,
  context: SeriesContext,
  plan: BacktestPlan,
  now: () => number = () => performance.now(),
): BacktestRun {
  const origins: OriginForecast[] = [];
  const busy = context.occurrences?.length ? occurrenceDays(context.occurrences, series.length) : null;
  const started = now();
  for (const trainLength of plan.trainLengths) {
    const history = series.slice(0, trainLength);
    const actual = series.slice(trainLength, trainLength + plan.horizon);
    if (history.length < model.minHistory(context.period)) {
      return { model: model.id, origins, failed: "not enough history at the earliest origin", msPerFit: 0 };
    }
    let point: number[];
    try {
      point = model.forecast({
        ...context,
        history,
        horizon: plan.horizon,
        events: context.events?.slice(0, trainLength + plan.horizon),
      });
    } catch (e) {
      return { model: model.id, origins, failed: (e as Error).message, msPerFit: 0 };
    }
    if (point.length !== plan.horizon || point.some((v) => !Number.isFinite(v))) {
      return { model: model.id, origins, failed: "the model returned no usable numbers", msPerFit: 0 };
    }
    origins.push({
      trainLength,
      actual,
      point,
      scale: naiveScale(history, benchmarkPeriod(history.length, context.period)),
      spread: recentSpread(history, context.period),
      ...(busy ? { special: busy.slice(trainLength, trainLength + plan.horizon) } : {}),
    });
  }
  return { model: model.id, origins, msPerFit: (now() - started) / Math.max(1, plan.trainLengths.length) };
}

/** Mean MASE over the origins (each origin's MAE over its own in-sample scale); null if none. */
export function meanMase(run: BacktestRun, steps?: number): number | null {
  let sum = 0;
  let count = 0;
  for (const o of run.origins) {
    if (o.scale === null || o.scale === 0) continue;
    const n = Math.min(steps ?? o.actual.length, o.actual.length);
    let abs = 0;
    for (let i = 0; i < n; i++) abs += Math.abs(o.actual[i] - o.point[i]);
    sum += abs / n / o.scale;
    count++;
  }
  return count === 0 ? null : sum / count;
}
