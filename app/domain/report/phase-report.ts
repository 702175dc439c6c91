// The Infinity phase report: six phase volumes, step conversions and the loop per period/split.
import type { Measures } from "../measures";
import { phaseTotals, type PhaseDefinitions } from "../phases";
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
