// MASE: mean absolute error of a forecast, scaled by the in-sample mean absolute error of the
// seasonal naive forecast on the training data (Hyndman & Koehler 2006, as the M4 scores it).
import { ratio } from "../ratio";

/** In-sample MAE of seasonal naive with `period` over `training`; null when it cannot be taken. */
export function naiveScale(training: readonly number[], period: number): number | null {
  const m = Math.max(1, period);
  let sum = 0;
  let count = 0;
  for (let t = m; t < training.length; t++) {
    sum += Math.abs(training[t] - training[t - m]);
    count++;
  }
  return ratio(sum, count);
}

export function meanAbsoluteError(actual: readonly number[], forecast: readonly number[]): number | null {
  if (actual.length !== forecast.length) throw new Error("meanAbsoluteError: lengths differ");
  let sum = 0;
  for (let i = 0; i < actual.length; i++) sum += Math.abs(actual[i] - forecast[i]);
  return ratio(sum, actual.length);
}

/**
 * MASE of `forecast` against `actual`. Null when there is nothing to score or the training
 * data is so flat that seasonal naive made no error in-sample (the scale is 0).
 */
export function mase(
  actual: readonly number[],
  forecast: readonly number[],
  training: readonly number[],
  period: number,
): number | null {
  const mae = meanAbsoluteError(actual, forecast);
  const scale = naiveScale(training, period);
  if (mae === null || scale === null) return null;
  return ratio(mae, scale);
}
