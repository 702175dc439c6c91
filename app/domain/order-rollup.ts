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
  /** epoch ms: the rollup row keeps its orders' earliest (segment_day.first_paid_at) */
  paidAt: number;
}

const SEP = "\u0001";

/** The rollup row an order counts in; null for a cancelled order, which counts in none. */
export function orderSegmentKey(o: OrderForRollup): string | null {
  if (o.status === "cancelled") return null;
  // join makes one flat string; `a + b + …` would keep a tree of its parts alive as the map key
  // (58 MB instead of 17 MB for 212,000 keys)
  return [o.day, o.pillar, o.campaignId, o.accountId, o.contentId].join(SEP);
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
 * row a re-imported order replaces). The sums live in one growing Float64Array, six per row,
 * so a few hundred thousand rollup rows cost a few megabytes, not an object each.
 */
export class OrderRollupDelta {
  private readonly slots = new Map<string, number>();
  private sums = new Float64Array(6 * 1024);
  /** each row's earliest paid_at of the orders added with `first` (Infinity: none) */
  private firsts = new Float64Array(1024).fill(Infinity);
  /** gmv and orders by day × pillar × channel (the channel_day rollup, docs/scale.md) */
  private readonly channels = new Map<string, [number, number]>();

  /** `liveContent`: the content that is a livestream (its views rows say `live`). */
  constructor(private readonly liveContent: ReadonlySet<string>) {}

  /**
   * `first`: whether the order's paid_at can lower the row's first paid time (an order added;
   * not one taken out, nor a replaced order's new image that is not earlier than the old one,
   * which leaves the row's first paid time as it is). A MIN cannot be taken back: an import that
   * takes out an order that may have been its row's earliest re-sums the row's days instead.
   */
  add(o: OrderForRollup, sign: 1 | -1 = 1, first: boolean = sign === 1): void {
    const key = orderSegmentKey(o);
    if (key === null) return;
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.slots.size * 6;
      this.slots.set(key, slot);
      if (slot + 6 > this.sums.length) {
        const grown = new Float64Array(this.sums.length * 2);
        grown.set(this.sums);
        this.sums = grown;
        const firsts = new Float64Array(this.firsts.length * 2).fill(Infinity);
        firsts.set(this.firsts);
        this.firsts = firsts;
      }
    }
    if (first && o.paidAt < this.firsts[slot / 6]) this.firsts[slot / 6] = o.paidAt;
    const given = o.refundAmount ?? (o.status === "refunded" ? o.gmv : 0);
    const refundGiven = o.refundAmount ?? 0;
    const m = this.sums;
    m[slot] += sign * o.gmv;
    m[slot + 1] += sign * Math.min(o.gmv, Math.max(0, given));
    m[slot + 2] += sign;
    if (o.status === "paid" && refundGiven <= 0) m[slot + 3] += sign;
    if (o.status === "refunded" || refundGiven > 0) m[slot + 4] += sign;
    if (o.channel === "live" || (o.contentId !== "" && this.liveContent.has(o.contentId))) m[slot + 5] += sign * o.gmv;
    const channelKey = [o.day, o.pillar, o.channel].join(SEP);
    const c = this.channels.get(channelKey);
    if (c) {
      c[0] += sign * o.gmv;
      c[1] += sign;
    } else this.channels.set(channelKey, [sign * o.gmv, sign]);
  }

  /** gmv and orders by day, pillar and channel. */
  *channelDays(): Generator<{ day: string; pillar: string; channel: string; gmv: number; orders: number }> {
    for (const [key, [gmv, orders]] of this.channels) {
      const [day, pillar, channel] = key.split(SEP);
      yield { day, pillar, channel, gmv, orders };
    }
  }

  /** Each rollup row with its sums, in ORDER_ROLLUP_COLUMNS order, and the earliest paid_at added to it (null: none). */
  *segments(): Generator<[Segment, number[], number | null]> {
    // in the rollup's key order (day, pillar, campaign, account, content): the upserts then walk
    // segment_day's key index page by page instead of jumping about it
    const keys = [...this.slots.keys()].sort();
    const m = this.sums;
    for (const key of keys) {
      const slot = this.slots.get(key)!;
      const first = this.firsts[slot / 6];
      // element by element: a subarray view and Array.from cost more than the sums (4 µs a row,
      // a second of a 1M-row import)
      const sums = [m[slot], m[slot + 1], m[slot + 2], m[slot + 3], m[slot + 4], m[slot + 5]];
      yield [segmentOfKey(key), sums, first === Infinity ? null : first];
    }
  }

  /** The same sums by day and pillar (the pillar_day rollup). */
  pillarDays(): Map<string, { day: string; pillar: string; sums: number[] }> {
    const out = new Map<string, { day: string; pillar: string; sums: number[] }>();
    for (const [key, slot] of this.slots) {
      const cut = key.indexOf(SEP, key.indexOf(SEP) + 1);
      const dayPillar = key.slice(0, cut);
      let p = out.get(dayPillar);
      if (!p) {
        const s = segmentOfKey(key);
        p = { day: s.day, pillar: s.pillar, sums: [0, 0, 0, 0, 0, 0] };
        out.set(dayPillar, p);
      }
      for (let i = 0; i < 6; i++) p.sums[i] += this.sums[slot + i];
    }
    return out;
  }

  get size(): number {
    return this.slots.size;
  }

  clear(): void {
    this.slots.clear();
    this.sums.fill(0);
    this.firsts.fill(Infinity);
    this.channels.clear();
  }
}
