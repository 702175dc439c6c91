// The Winkler (interval) score of a central interval at `level` (0.8 for 80%): its width, plus
// 2/α times how far the actual fell outside it, with α = 1 − level. Lower is better; it rewards
// narrow intervals and punishes misses, so a too-wide band and a too-narrow one both lose.
import { ratio } from "../ratio";

export function winklerScore(actual: number, lo: number, hi: number, level: number): number {
  if (!(level > 0 && level < 1)) throw new Error(`winklerScore: level must be between 0 and 1 (got ${level})`);
  const alpha = 1 - level;
  const width = hi - lo;
  if (actual < lo) return width + (2 / alpha) * (lo - actual);
  if (actual > hi) return width + (2 / alpha) * (actual - hi);
  return width;
}

/** The mean Winkler score over a set of points; null when there are none. */
export function meanWinkler(
  actual: readonly number[],
  lo: readonly number[],
  hi: readonly number[],
  level: number,
): number | null {
  if (actual.length !== lo.length || actual.length !== hi.length) throw new Error("meanWinkler: lengths differ");
  let sum = 0;
  for (let i = 0; i < actual.length; i++) sum += winklerScore(actual[i], lo[i], hi[i], level);
  return ratio(sum, actual.length);
}
