// The Infinity phase report: six phase volumes, step conversions and the loop per period/split.
import type { Measures } from "../measures";
import { phaseTotals, type PhaseDefinitions } from "../phases";
import { ratio } from "../ratio";
import { groupBySplit, type Split, type SplitInput } from "./group";
import { pd, phaseDefEnglish } from "./phase-definitions";
import type { Column, Row } from "./table";

/** A column's definition: the canonical English and the message it comes from. */
function def(key: string): Pick<Column, "definition" | "definitionMessage"> {
  const m = pd(`col.${key}`);
  return { definition: phaseDefEnglish(m), definitionMessage: m };
}

export const PHASE_COLUMNS: Column[] = [
  { key: "exploration", label: "Exploration", type: "count", ...def("exploration") },
  { key: "connection", label: "Connection", type: "count", ...def("connection") },
  { key: "verification", label: "Verification", type: "count", ...def("verification") },
  { key: "purchase", label: "Purchase", type: "count", ...def("purchase") },
  { key: "gmv", label: "GMV", type: "money", ...def("gmv") },
  { key: "confirmation", label: "Confirmation", type: "count", ...def("confirmation") },
  { key: "sharing", label: "Sharing", type: "count", ...def("sharing") },
  { key: "connection_rate", label: "Connection rate", type: "ratio", ...def("connection_rate") },
  { key: "verification_rate", label: "Verification rate", type: "ratio", ...def("verification_rate") },
  { key: "purchase_rate", label: "Purchase rate", type: "ratio", ...def("purchase_rate") },
  { key: "confirmation_rate", label: "Confirmation rate", type: "ratio", ...def("confirmation_rate") },
  { key: "sharing_rate", label: "Sharing rate", type: "ratio", ...def("sharing_rate") },
  { key: "overall_conversion", label: "Overall conversion", type: "ratio", ...def("overall_conversion") },
  { key: "loop_rate", label: "Loop rate", type: "ratio", ...def("loop_rate") },
  { key: "ugc_reach", label: "UGC reach", type: "ratio", ...def("ugc_reach") },
  { key: "positive_review_rate", label: "Positive review rate", type: "ratio", ...def("positive_review_rate") },
];

/**
 * Measures a phase report may add on request (not in the contract's default columns): the
 * counters behind Confirmation and the loop, so an analyst can check a rate against its parts.
 */
export const PHASE_EXTRA_COLUMNS: Column[] = [
  { key: "orders", label: "Orders", type: "count", ...def("orders") },
  { key: "kept_orders", label: "Kept orders", type: "count", ...def("kept_orders") },
  { key: "kept_rate", label: "Kept rate", type: "ratio", ...def("kept_rate") },
  { key: "refunded_orders", label: "Refunded orders", type: "count", ...def("refunded_orders") },
  { key: "refunded_order_rate", label: "Refunded order rate", type: "ratio", ...def("refunded_order_rate") },
  { key: "refunds", label: "Refunds", type: "money", ...def("refunds") },
  { key: "refund_rate", label: "Refund rate", type: "ratio", ...def("refund_rate") },
  { key: "shares", label: "Shares", type: "count", ...def("shares") },
  { key: "ugc_impressions", label: "UGC impressions", type: "count", ...def("ugc_impressions") },
  { key: "reviews", label: "Reviews", type: "count", ...def("reviews") },
  { key: "positive_reviews", label: "Positive reviews", type: "count", ...def("positive_reviews") },
  { key: "media_reviews", label: "Media reviews", type: "count", ...def("media_reviews") },
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
