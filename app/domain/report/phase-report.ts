// The Infinity phase report: six phase volumes, step conversions and the loop per period/split.
import type { Measures } from "../measures";
import { phaseTotals, type PhaseDefinitions } from "../phases";
import { ratio } from "../ratio";
import { groupBySplit, type Split, type SplitInput } from "./group";
import type { Column, Row } from "./table";

export const PHASE_COLUMNS: Column[] = [
  { key: "exploration", label: "Exploration", type: "count", definition: "Phase 1 volume (default Σ impressions)." },
  { key: "connection", label: "Connection", type: "count", definition: "Phase 2 volume (default Σ likes + comments + follows)." },
  { key: "verification", label: "Verification", type: "count", definition: "Phase 3 volume (default Σ product_clicks)." },
  { key: "purchase", label: "Purchase", type: "count", definition: "Phase 4 volume (default counted orders)." },
  { key: "gmv", label: "GMV", type: "money", definition: "Sum of gmv over counted orders." },
  { key: "confirmation", label: "Confirmation", type: "count", definition: "Phase 5 volume (default kept orders: status paid, no refund)." },
  { key: "sharing", label: "Sharing", type: "count", definition: "Phase 6 volume (default Σ shares + reviews with media)." },
  { key: "connection_rate", label: "Connection rate", type: "ratio", definition: "Connection ÷ Exploration." },
  { key: "verification_rate", label: "Verification rate", type: "ratio", definition: "Verification ÷ Connection." },
  { key: "purchase_rate", label: "Purchase rate", type: "ratio", definition: "Purchase ÷ Verification." },
  { key: "confirmation_rate", label: "Confirmation rate", type: "ratio", definition: "Confirmation ÷ Purchase." },
  { key: "sharing_rate", label: "Sharing rate", type: "ratio", definition: "Sharing ÷ Confirmation." },
  { key: "overall_conversion", label: "Overall conversion", type: "ratio", definition: "Purchase ÷ Exploration." },
  { key: "loop_rate", label: "Loop rate", type: "ratio", definition: "Sharing ÷ Purchase: new content fed back per purchase." },
  { key: "ugc_reach", label: "UGC reach", type: "ratio", definition: "Σ impressions of ugc content ÷ Exploration." },
  { key: "positive_review_rate", label: "Positive review rate", type: "ratio", definition: "Reviews rated 4 or 5 ÷ reviews." },
];

/**
 * Measures a phase report may add on request (not in the contract's default columns): the
 * counters behind Confirmation and the loop, so an analyst can check a rate against its parts.
 */
export const PHASE_EXTRA_COLUMNS: Column[] = [
  { key: "orders", label: "Orders", type: "count", definition: "Number of counted orders (status not cancelled)." },
  { key: "kept_orders", label: "Kept orders", type: "count", definition: "Counted orders with status paid and no refund." },
  { key: "kept_rate", label: "Kept rate", type: "ratio", definition: "Kept orders ÷ orders." },
  { key: "refunded_orders", label: "Refunded orders", type: "count", definition: "Counted orders with status refunded or a refund amount above 0." },
  { key: "refunded_order_rate", label: "Refunded order rate", type: "ratio", definition: "Refunded orders ÷ orders." },
  { key: "refunds", label: "Refunds", type: "money", definition: "Sum of refund_amount over counted orders; a refunded order without one refunds its whole gmv; never more than the order's gmv." },
  { key: "refund_rate", label: "Refund rate", type: "ratio", definition: "Refunds ÷ GMV." },
  { key: "shares", label: "Shares", type: "count", definition: "Σ shares of content." },
  { key: "ugc_impressions", label: "UGC impressions", type: "count", definition: "Σ impressions of content of type ugc." },
  { key: "reviews", label: "Reviews", type: "count", definition: "Number of reviews created in the period." },
  { key: "positive_reviews", label: "Positive reviews", type: "count", definition: "Reviews rated 4 or 5." },
  { key: "media_reviews", label: "Media reviews", type: "count", definition: "Reviews with photos or video." },
];

export function phaseRow(m: Measures, defs: PhaseDefinitions): Row {
  const t = phaseTotals(m, defs);
  return {
    exploration: t.exploration,
    connection: t.connection,
    verification: t.verification,
    purchase: t.purchase,
    gmv: t.gmv,
    confirmation: t.confirmation,
    sharing: t.sharing,
    connection_rate: t.connectionRate,
    verification_rate: t.verificationRate,
    purchase_rate: t.purchaseRate,
    confirmation_rate: t.confirmationRate,
    sharing_rate: t.sharingRate,
    overall_conversion: t.overallConversion,
    loop_rate: t.loopRate,
    ugc_reach: t.ugcReach,
    positive_review_rate: t.positiveReviewRate,
    orders: m.orders,
    kept_orders: m.keptOrders,
    kept_rate: ratio(m.keptOrders, m.orders),
    refunded_orders: m.refundedOrders,
    refunded_order_rate: ratio(m.refundedOrders, m.orders),
    refunds: m.refunds,
    refund_rate: ratio(m.refunds, m.gmv),
    shares: m.shares,
    ugc_impressions: m.ugcImpressions,
    reviews: m.reviews,
    positive_reviews: m.positiveReviews,
    media_reviews: m.mediaReviews,
  };
}

/** Rows of the phase report, with ALL rows per period when split. */
export function phaseReportRows(inputs: SplitInput[], defs: PhaseDefinitions, split: Split, periods: string[]): Row[] {
  const rows: Row[] = [];
  for (const g of groupBySplit(inputs, split, periods, (m) => m.impressions)) {
    for (const key of g.keys) {
      const row: Row = { period: g.period };
      if (split !== "none") row[split] = key;
      rows.push(Object.assign(row, phaseRow(g.measures.get(key)!, defs)));
    }
  }
  return rows;
}
