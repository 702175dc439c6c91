// The additive counters every rollup row carries. Sums of these are all the pages need; every
// rate is taken from sums, never averaged.

export const MEASURE_KEYS = [
  "gmv", "refunds", "orders", "keptOrders", "refundedOrders", "liveGmv",
  "impressions", "views", "watchSeconds", "likes", "comments", "shares", "follows",
  "productClicks", "cartAdds", "liveSeconds", "liveViews", "ugcImpressions",
  "reviews", "positiveReviews", "mediaReviews",
] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];
export type Measures = Record<MeasureKey, number>;

export function emptyMeasures(): Measures {
  return Object.fromEntries(MEASURE_KEYS.map((k) => [k, 0])) as Measures;
}

/** Adds `b` into `a` and returns `a`. */
export function addInto(a: Measures, b: Partial<Measures>): Measures {
  for (const k of MEASURE_KEYS) a[k] += Number(b[k] ?? 0);
  return a;
}

export function sumMeasures(rows: Iterable<Partial<Measures>>): Measures {
  const total = emptyMeasures();
  for (const r of rows) addInto(total, r);
  return total;
}

/**
 * The refund an order counts for: its refund_amount, or its whole gmv when it is `refunded`
 * with none given; never more than its gmv. Cancelled orders are not counted at all.
 */
export function effectiveRefund(order: { gmv: number; status: string; refundAmount: number | null }): number {
  if (order.status === "cancelled") return 0;
  const given = order.refundAmount ?? (order.status === "refunded" ? order.gmv : 0);
  return Math.max(0, Math.min(given, order.gmv));
}

/** A kept order: counted, status paid and nothing refunded. */
export function isKept(order: { gmv: number; status: string; refundAmount: number | null }): boolean {
  return order.status === "paid" && effectiveRefund(order) === 0;
}
