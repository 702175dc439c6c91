// What one order adds to the daily rollups, so that an import can add its orders to the rollups
// as it stores them instead of re-summing every order of the days it touched. The sums mirror
// app/queries/rollups/rebuild.server.ts exactly; a test holds the two equal.

/** The order measures of a rollup row, in this order. */
export const ORDER_ROLLUP_COLUMNS = ["gmv", "refunds", "orders", "kept_orders", "refunded_orders", "live_gmv"] as const;

export interface OrderForRollup {
  day: string;
  pillar: string;
  campaignId: string;
  /** the attributed account */
  accountId: string;
  contentId: string;
  channel: string;
  status: string;
  gmv: number;
  refundAmount: number | null;
}

const SEP = "\u0001";

/** The rollup row an order counts in; null for a cancelled order, which counts in none. */
export function orderSegmentKey(o: OrderForRollup): string | null {
  if (o.status === "cancelled") return null;
  return o.day + SEP + o.pillar + SEP + o.campaignId + SEP + o.accountId + SEP + o.contentId;
}

export interface Segment {
  day: string;
  pillar: string;
  campaignId: string;
  accountId: string;
  contentId: string;
}

export function segmentOfKey(key: string): Segment {
  const [day, pillar, campaignId, accountId, contentId] = key.split(SEP);
  return { day, pillar, campaignId, accountId, contentId };
}

/**
 * Sums of order measures by rollup row. `add` with sign −1 takes an order out again (the stored
 * row a re-imported order replaces).
 */
export class OrderRollupDelta {
  readonly segments = new Map<string, number[]>();

  /** `isLiveContent` tells whether content is a livestream (its views rows say `live`). */
  constructor(private readonly isLiveContent: (contentId: string) => boolean) {}

  add(o: OrderForRollup, sign: 1 | -1 = 1): void {
    const key = orderSegmentKey(o);
    if (key === null) return;
    const given = o.refundAmount ?? (o.status === "refunded" ? o.gmv : 0);
    const refundGiven = o.refundAmount ?? 0;
    let m = this.segments.get(key);
    if (m === undefined) {
      m = [0, 0, 0, 0, 0, 0];
      this.segments.set(key, m);
    }
    m[0] += sign * o.gmv;
    m[1] += sign * Math.min(o.gmv, Math.max(0, given));
    m[2] += sign;
    m[3] += o.status === "paid" && refundGiven <= 0 ? sign : 0;
    m[4] += o.status === "refunded" || refundGiven > 0 ? sign : 0;
    m[5] += o.channel === "live" || (o.contentId !== "" && this.isLiveContent(o.contentId)) ? sign * o.gmv : 0;
  }

  /** The same sums by day and pillar (the pillar_day rollup). */
  pillarDays(): Map<string, { day: string; pillar: string; sums: number[] }> {
    const out = new Map<string, { day: string; pillar: string; sums: number[] }>();
    for (const [key, m] of this.segments) {
      const cut = key.indexOf(SEP, key.indexOf(SEP) + 1);
      const dayPillar = key.slice(0, cut);
      let p = out.get(dayPillar);
      if (!p) {
        const s = segmentOfKey(key);
        p = { day: s.day, pillar: s.pillar, sums: [0, 0, 0, 0, 0, 0] };
        out.set(dayPillar, p);
      }
      for (let i = 0; i < 6; i++) p.sums[i] += m[i];
    }
    return out;
  }

  get size(): number {
    return this.segments.size;
  }

  clear(): void {
    this.segments.clear();
  }
}
