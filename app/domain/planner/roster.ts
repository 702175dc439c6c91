// The roster: one row per creator and format with posts (and per prospect and format), with the
// figures of its own history, its estimate per post and what a post costs.
import { gpm as gpmOf } from "../fact";
import { ratio } from "../ratio";
import { calibrateViews, type Calibration, type DatedPost } from "./calibrate";
import { breakEvenGpm, lineCost, type RateCard } from "./cost";
import { estimatePost, type PostEstimate } from "./estimate";
import { fitGpmModel, type CreatorSales } from "./gpm-model";
import { historyKey, type FormatHistory } from "./history";
import { quadrantMedians, quadrantOf, type Medians } from "./quadrant";
import { FORMATS, type Format, type Intent, type Quadrant } from "./types";
import { fitViewModel, type CreatorLogs } from "./views-model";

export interface CreatorProfile {
  accountId: string;
  name: string;
  handle: string;
  /** false when no accounts file names it (an Alliance creator by attribution) */
  known: boolean;
  followers: number;
  tier: string;
  category: string;
  pillar: "T" | "A";
  liveFee: number | null;
  videoFee: number | null;
  sampleCost: number | null;
  commissionRate: number | null;
  boost: number | null;
}

export interface HistoryFigures {
  posts: number;
  views: number;
  viewsPerPost: number | null;
  gmv: number;
  orders: number;
  gpm: number | null;
  ordersPerView: number | null;
  /** (likes + comments + shares) ÷ views */
  engagementPerView: number | null;
  /** (likes + comments + shares + follows) ÷ views × 1000 */
  seedingRate: number | null;
  /** (product clicks + cart adds) ÷ views × 1000 */
  interestRate: number | null;
  refunds: number;
  refundRate: number | null;
  rating: number | null;
  reviews: number;
  /** what the history cost at today's rate card: posts × (fee + samples + boost) + commission × GMV */
  cost: number;
  roi: number | null;
}

export interface EstimatedRow {
  accountId: string;
  format: Format;
  history: HistoryFigures;
  estimate: PostEstimate;
  quadrant: Quadrant | null;
}

export interface EstimateSet {
  rows: EstimatedRow[];
  calibration: Record<Format, Calibration>;
  medians: Record<Format, Medians>;
}

export function rateFor(p: CreatorProfile, format: Format): RateCard {
  return {
    fee: (format === "live" ? p.liveFee : p.videoFee) ?? 0,
    sampleCost: p.sampleCost ?? 0,
    commissionRate: p.commissionRate ?? 0,
    boost: p.boost ?? 0,
  };
}

export function historyFigures(h: FormatHistory | undefined, rate: RateCard): HistoryFigures {
  const x = h ?? { posts: 0, views: 0, gmv: 0, orders: 0, interactions: 0, engagements: 0, interest: 0, refunds: 0, ratingSum: 0, reviews: 0 };
  const per1000 = (n: number) => {
    const r = ratio(n, x.views);
    return r === null ? null : r * 1000;
  };
  const cost = lineCost(rate, x.posts, x.gmv);
  return {
    posts: x.posts,
    views: x.views,
    viewsPerPost: ratio(x.views, x.posts),
    gmv: x.gmv,
    orders: x.orders,
    gpm: gpmOf(x.gmv, x.views),
    ordersPerView: ratio(x.orders, x.views),
    engagementPerView: ratio(x.engagements, x.views),
    seedingRate: per1000(x.interactions),
    interestRate: per1000(x.interest),
    refunds: x.refunds,
    refundRate: ratio(x.refunds, x.gmv),
    rating: ratio(x.ratingSum, x.reviews),
    reviews: x.reviews,
    cost,
    roi: ratio(x.gmv, cost),
  };
}

/** Fits the models per format, calibrates them on the history, and estimates every row. */
export function estimateRoster(profiles: readonly CreatorProfile[], histories: ReadonlyMap<string, FormatHistory>): EstimateSet {
  const rows: EstimatedRow[] = [];
  const calibration = {} as Record<Format, Calibration>;
  const medians = {} as Record<Format, Medians>;
  const hasAnyPosts = (p: CreatorProfile) => FORMATS.some((f) => (histories.get(historyKey(p.accountId, f))?.posts ?? 0) > 0);
  for (const format of FORMATS) {
    const logs = new Map<string, CreatorLogs>();
    const sales: CreatorSales[] = [];
    const dated: DatedPost[] = [];
    for (const p of profiles) {
      const h = histories.get(historyKey(p.accountId, format));
      const l: CreatorLogs = { tier: p.tier, category: p.category, logs: h?.logs ?? [] };
      logs.set(p.accountId, l);
      if (h && h.views > 0) sales.push({ tier: p.tier, category: p.category, views: h.views, gmv: h.gmv, gmvSquares: h.gmvSquares });
      if (h) h.logs.forEach((y, i) => dated.push({ creator: p.accountId, tier: p.tier, category: p.category, day: h.days[i], log: y }));
    }
    const viewModel = fitViewModel([...logs.values()]);
    const gpmModel = fitGpmModel(sales);
    const cal = calibrateViews(dated);
    calibration[format] = cal;
    const formatRows: EstimatedRow[] = [];
    for (const p of profiles) {
      const h = histories.get(historyKey(p.accountId, format));
      const own = (h?.posts ?? 0) > 0;
      // a prospect is an account with followers and no posts yet
      if (!own && (hasAnyPosts(p) || p.followers <= 0)) continue;
      const s = h && h.views > 0 ? { tier: p.tier, category: p.category, views: h.views, gmv: h.gmv, gmvSquares: h.gmvSquares } : null;
      const estimate = estimatePost(viewModel, gpmModel, logs.get(p.accountId)!, s, cal.factor);
      if (!estimate) continue;
      formatRows.push({ accountId: p.accountId, format, history: historyFigures(h, rateFor(p, format)), estimate, quadrant: null });
    }
    const m = quadrantMedians(formatRows.map((r) => ({ posts: r.history.posts, seedingRate: r.history.seedingRate, gpm: r.history.gpm })));
    medians[format] = m;
    for (const r of formatRows) r.quadrant = r.history.posts > 0 ? quadrantOf({ posts: r.history.posts, seedingRate: r.history.seedingRate, gpm: r.history.gpm }, m) : null;
    rows.push(...formatRows);
  }
  return { rows, calibration, medians };
}

export interface RosterRow extends EstimatedRow {
  profile: CreatorProfile;
  rate: RateCard;
  intent: Intent;
  /** cost of a one-post line, hundredths */
  costPerPost: number;
  breakEvenGpm: number | null;
  /** expected GMV of a post ÷ its cost */
  roi: number | null;
}

/** A seeder's posts are booked to seed; everyone else's to harvest. */
export const defaultIntent = (q: Quadrant | null): Intent => (q === "seeder" ? "seeding" : "harvesting");

export function withCosts(set: EstimateSet, profiles: ReadonlyMap<string, CreatorProfile>): RosterRow[] {
  return set.rows.map((r) => {
    const profile = profiles.get(r.accountId)!;
    const rate = rateFor(profile, r.format);
    const costPerPost = lineCost(rate, 1, r.estimate.gmvPerPost);
    return {
      ...r,
      history: { ...r.history, ...recost(r.history, rate) },
      profile,
      rate,
      intent: defaultIntent(r.quadrant),
      costPerPost,
      breakEvenGpm: breakEvenGpm(rate, 1, r.estimate.viewsPerPost),
      roi: ratio(r.estimate.gmvPerPost, costPerPost),
    };
  });
}

/** History cost and ROI at the current rate card (the estimate cache keeps no rates). */
function recost(h: HistoryFigures, rate: RateCard): Pick<HistoryFigures, "cost" | "roi"> {
  const cost = lineCost(rate, h.posts, h.gmv);
  return { cost, roi: ratio(h.gmv, cost) };
}
