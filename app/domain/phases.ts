// The Infinity Model: six phases of a purchase and the loop. See the data contract,
// "Infinity Model phases". A merchant may redefine a phase as a sum of counters.
import type { Measures } from "./measures";
import { ratio } from "./ratio";
import { DEFAULT_PHASE_DEFINITIONS, PHASES, type Counter, type Phase } from "./settings";

export { PHASES, type Phase };

export const PHASE_LABELS: Record<Phase, string> = {
  exploration: "Exploration",
  connection: "Connection",
  verification: "Verification",
  purchase: "Purchase",
  confirmation: "Confirmation",
  sharing: "Sharing",
};

const COUNTER_MEASURE: Record<Counter, keyof Measures> = {
  impressions: "impressions",
  views: "views",
  likes: "likes",
  comments: "comments",
  shares: "shares",
  follows: "follows",
  product_clicks: "productClicks",
  cart_adds: "cartAdds",
  orders: "orders",
  kept_orders: "keptOrders",
  media_reviews: "mediaReviews",
  reviews: "reviews",
};

export type PhaseDefinitions = Record<Phase, Counter[]>;

export interface PhaseRow {
  exploration: number;
  connection: number;
  verification: number;
  purchase: number;
  gmv: number;
  confirmation: number;
  sharing: number;
  connectionRate: number | null;
  verificationRate: number | null;
  purchaseRate: number | null;
  confirmationRate: number | null;
  sharingRate: number | null;
  overallConversion: number | null;
  loopRate: number | null;
  ugcReach: number | null;
  positiveReviewRate: number | null;
}

/** Each phase's volume under a definition (the contract's defaults unless the merchant set one). */
export function phaseVolumes(m: Measures, defs: PhaseDefinitions = DEFAULT_PHASE_DEFINITIONS): Record<Phase, number> {
  const out = {} as Record<Phase, number>;
  for (const p of PHASES) out[p] = defs[p].reduce((s, c) => s + m[COUNTER_MEASURE[c]], 0);
  return out;
}

/** Phase volumes, step conversions and the loop measures from summed counters. */
export function phaseTotals(m: Measures, defs: PhaseDefinitions = DEFAULT_PHASE_DEFINITIONS): PhaseRow {
  const v = phaseVolumes(m, defs);
  return {
    ...v,
    gmv: m.gmv,
    connectionRate: ratio(v.connection, v.exploration),
    verificationRate: ratio(v.verification, v.connection),
    purchaseRate: ratio(v.purchase, v.verification),
    confirmationRate: ratio(v.confirmation, v.purchase),
    sharingRate: ratio(v.sharing, v.confirmation),
    overallConversion: ratio(v.purchase, v.exploration),
    loopRate: ratio(v.sharing, v.purchase),
    ugcReach: ratio(m.ugcImpressions, v.exploration),
    positiveReviewRate: ratio(m.positiveReviews, m.reviews),
  };
}

/** "Verification = product_clicks + cart_adds": how a report states the definition it used. */
export function describeDefinition(defs: PhaseDefinitions): string[] {
  return PHASES.map((p) => `${PHASE_LABELS[p]} = ${defs[p].join(" + ")}`);
}
