// OWA, the M4 competition's overall score: the mean of a method's sMAPE and MASE, each relative
// to Naive2's on the same series. Below 1 beats Naive2.
import { ratio } from "../ratio";

export function owa(smape: number, mase: number, naive2Smape: number, naive2Mase: number): number | null {
  const a = ratio(smape, naive2Smape);
  const b = ratio(mase, naive2Mase);
  if (a === null || b === null) return null;
  return (a + b) / 2;
}

/** The geometric mean of positive numbers; null when empty or when any is not positive. */
export function geometricMean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let logSum = 0;
  for (const v of values) {
    if (!(v > 0) || !Number.isFinite(v)) return null;
    logSum += Math.log(v);
  }
  return Math.exp(logSum / values.length);
}
