/**
 * The one place a ratio is taken. A zero (or missing) denominator has no value: null, shown
 * as "—" on a page, blank in CSV and null in JSON; never 0, NaN or Infinity.
 */
export function ratio(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) return null;
  return numerator / denominator;
}

/** The relative change from `previous` to `current`; null when there was nothing before. */
export function change(current: number, previous: number): number | null {
  const r = ratio(current - previous, previous);
  return r === null ? null : r;
}
