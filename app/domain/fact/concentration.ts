// How concentrated sales are among a few accounts: the talent matrix's top-10 share and the
// Top-KOL dependency risk (top three's share of all GMV).
import { ratio } from "../ratio";

/** The sum of the `n` largest values. */
export function topSum(values: readonly number[], n: number): number {
  return [...values].sort((a, b) => b - a).slice(0, Math.max(0, n)).reduce((s, v) => s + v, 0);
}

/**
 * The share of `total` carried by the `n` largest values; `total` defaults to the sum of all
 * values. Null when the total is 0.
 */
export function topShare(values: readonly number[], n: number, total?: number): number | null {
  const all = total ?? values.reduce((s, v) => s + v, 0);
  return ratio(topSum(values, n), all);
}
