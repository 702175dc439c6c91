// A roster row as pages, files and the command line show it: flat, snake_case, money in
// hundredths until a file turns it into units.
import type { RosterRow } from "./roster";
import type { Format, Intent, Quadrant } from "./types";
export { rowsCsv } from "./plan-json";

export interface RosterLine {
  account_id: string;
  name: string;
  handle: string;
  tier: string;
  followers: number;
  category: string;
  format: Format;
  pillar: "T" | "A";
  posts: number;
  views_per_post: number;
  views_p10: number;
  views_p90: number;
  gpm: number;
  gmv_per_post: number;
  gmv_p10: number;
  gmv_p90: number;
  fee: number;
  sample_cost: number;
  commission_rate: number;
  boost: number;
  cost_per_post: number;
  break_even_gpm: number | null;
  roi: number | null;
  seeding_rate: number | null;
  interest_rate: number | null;
  harvest_rate: number | null;
  quadrant: Quadrant | null;
  estimated: boolean;
  intent: Intent;
  /** own history */
  own_weight: number;
  hist_views_per_post: number | null;
  hist_gmv: number;
  hist_orders: number;
  orders_per_view: number | null;
  engagement_per_view: number | null;
  refund_rate: number | null;
  rating: number | null;
  hist_roi: number | null;
}

/** Fields that are money (hundredths inside, units in files). */
export const MONEY_FIELDS = ["gpm", "gmv_per_post", "gmv_p10", "gmv_p90", "fee", "sample_cost", "boost", "cost_per_post", "break_even_gpm", "harvest_rate", "hist_gmv"] as const;

export function rosterLine(r: RosterRow): RosterLine {
  const e = r.estimate;
  const h = r.history;
  return {
    account_id: r.accountId,
    name: r.profile.name,
    handle: r.profile.handle,
    tier: r.profile.tier,
    followers: r.profile.followers,
    category: r.profile.category,
    format: r.format,
    pillar: r.profile.pillar,
    posts: h.posts,
    views_per_post: Math.round(e.viewsPerPost),
    views_p10: Math.round(e.viewsP10),
    views_p90: Math.round(e.viewsP90),
    gpm: Math.round(e.gpmValue),
    gmv_per_post: Math.round(e.gmvPerPost),
    gmv_p10: Math.round(e.gmvP10),
    gmv_p90: Math.round(e.gmvP90),
    fee: r.rate.fee,
    sample_cost: r.rate.sampleCost,
    commission_rate: r.rate.commissionRate,
    boost: r.rate.boost,
    cost_per_post: r.costPerPost,
    break_even_gpm: r.breakEvenGpm === null ? null : Math.round(r.breakEvenGpm),
    roi: r.roi,
    seeding_rate: h.seedingRate,
    interest_rate: h.interestRate,
    harvest_rate: h.gpm === null ? null : Math.round(h.gpm),
    quadrant: r.quadrant,
    estimated: e.estimated,
    intent: r.intent,
    own_weight: e.views.ownWeight,
    hist_views_per_post: h.viewsPerPost,
    hist_gmv: h.gmv,
    hist_orders: h.orders,
    orders_per_view: h.ordersPerView,
    engagement_per_view: h.engagementPerView,
    refund_rate: h.refundRate,
    rating: h.rating,
    hist_roi: h.roi,
  };
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** Money to units with two decimals, ratios to six: what JSON and CSV carry. */
export function rosterLineForFile(l: RosterLine): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(l)) {
    if (typeof v === "number") out[k] = (MONEY_FIELDS as readonly string[]).includes(k) ? round(v / 100, 2) : Number.isInteger(v) ? v : round(v, 6);
    else out[k] = v;
  }
  return out;
}

export const ROSTER_SORTS = ["gmv_per_post", "views_per_post", "gpm", "roi", "followers", "cost_per_post", "posts", "seeding_rate", "name"] as const;
export type RosterSort = (typeof ROSTER_SORTS)[number];

export interface RosterFilter {
  q?: string;
  category?: string;
  tier?: string;
  format?: Format;
  minFollowers?: number;
  maxFollowers?: number;
  /** hundredths per 1,000 views (estimated GPM) */
  minGpm?: number;
  prospects?: "include" | "only" | "exclude";
  sort?: RosterSort;
  desc?: boolean;
}

export function filterRoster(lines: readonly RosterLine[], f: RosterFilter): RosterLine[] {
  const q = f.q?.trim().toLowerCase();
  const out = lines.filter(
    (l) =>
      (!q || l.name.toLowerCase().includes(q) || l.account_id.toLowerCase().includes(q) || l.handle.toLowerCase().includes(q)) &&
      (!f.category || l.category === f.category) &&
      (!f.tier || l.tier === f.tier) &&
      (!f.format || l.format === f.format) &&
      (f.minFollowers === undefined || l.followers >= f.minFollowers) &&
      (f.maxFollowers === undefined || l.followers <= f.maxFollowers) &&
      (f.minGpm === undefined || l.gpm >= f.minGpm) &&
      (f.prospects !== "only" || l.estimated) &&
      (f.prospects !== "exclude" || !l.estimated),
  );
  const key = f.sort ?? "gmv_per_post";
  const sign = f.desc === false ? 1 : -1;
  out.sort((a, b) => {
    const va = a[key];
    const vb = b[key];
    if (va === vb) return a.account_id < b.account_id ? -1 : a.account_id > b.account_id ? 1 : a.format < b.format ? -1 : 1;
    if (va === null) return 1;
    if (vb === null) return -1;
    if (typeof va === "string" && typeof vb === "string") return sign * va.localeCompare(vb);
    return sign * ((va as number) - (vb as number)) > 0 ? 1 : -1;
  });
  return out;
}
