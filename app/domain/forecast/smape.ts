// sMAPE as the M4 competition scores it: 200/h · Σ |y − ŷ| / (|y| + |ŷ|), in percent.
import { ratio } from "../ratio";

/** A step where both the actual and the forecast are 0 is a perfect forecast and counts 0. */
export function smape(actual: readonly number[], forecast: readonly number[]): number | null {
  if (actual.length !== forecast.length) throw new Error("smape: lengths differ");
  let sum = 0;
  for (let i = 0; i < actual.length; i++) {
    const term = ratio(Math.abs(actual[i] - forecast[i]), Math.abs(actual[i]) + Math.abs(forecast[i]));
    sum += term ?? 0;
  }
  const mean = ratio(sum, actual.length);
  return mean === null ? null : 200 * mean;
}
