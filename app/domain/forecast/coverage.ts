// Interval coverage: the share of actual values that fell inside their interval (ends included).
import { ratio } from "../ratio";

export function coverage(actual: readonly number[], lo: readonly number[], hi: readonly number[]): number | null {
  if (actual.length !== lo.length || actual.length !== hi.length) throw new Error("coverage: lengths differ");
  let inside = 0;
  for (let i = 0; i < actual.length; i++) if (actual[i] >= lo[i] && actual[i] <= hi[i]) inside++;
  return ratio(inside, actual.length);
}
