// An order-level amount spread over the order's lines in proportion to their GMV, in whole
// hundredths, so the lines add up to exactly the order's amount.

/**
 * Shares of `amount` (capped at the lines' total: a refund never exceeds its GMV) in proportion to
 * `weights`: each line gets the floor of its exact share, then the hundredths left over go one by
 * one to the largest remainders (the earlier line first on a tie).
 */
export function spreadProportionally(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  if (total <= 0 || amount <= 0) return weights.map(() => 0);
  const a = BigInt(Math.min(amount, total));
  const t = BigInt(total);
  const shares = weights.map((w) => (a * BigInt(w)) / t);
  const remainders = weights.map((w, i) => ({ i, r: (a * BigInt(w)) % t }));
  let left = Number(a - shares.reduce((s, x) => s + x, 0n));
  remainders.sort((x, y) => (x.r === y.r ? x.i - y.i : x.r > y.r ? -1 : 1));
  for (let k = 0; left > 0; k++, left--) shares[remainders[k].i] += 1n;
  return shares.map(Number);
}
