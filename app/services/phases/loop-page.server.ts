// The loop page: loop rate, UGC reach and positive review rate with their trends, the loop as a
// circle, and whether the loop is growing (UGC reach this period against the last).
import type { Db } from "../../../db/client";
import { loopGrowth, loopPicture, type LoopGrowth, type LoopInputs, type LoopPicture } from "../../domain/loop";
import { volumesOf } from "../../domain/phases/funnel";
import { trendGrouping, type TrendGrouping } from "../../domain/phases/trend";
import type { PageRange } from "../../domain/range";
import type { Row } from "../../domain/report/table";
import type { MerchantContext } from "../merchants.server";
import { phasesReport } from "../reports.server";

const MEASURES = [
  "exploration", "connection", "verification", "purchase", "confirmation", "sharing",
  "loop_rate", "ugc_reach", "positive_review_rate", "ugc_impressions", "shares", "media_reviews", "reviews", "positive_reviews",
];

export interface LoopPage {
  current: Row;
  previous: Row;
  growth: LoopGrowth;
  picture: LoopPicture;
  trendBy: TrendGrouping;
  trend: Row[];
}

const n = (v: Row[string] | undefined) => (typeof v === "number" ? v : 0);

function inputs(r: Row): LoopInputs {
  return {
    exploration: n(r.exploration),
    purchase: n(r.purchase),
    sharing: n(r.sharing),
    ugcImpressions: n(r.ugc_impressions),
    reviews: n(r.reviews),
    positiveReviews: n(r.positive_reviews),
  };
}

export function loopPage(db: Db, merchant: MerchantContext, range: PageRange): LoopPage {
  const total = (from: string, to: string) =>
    phasesReport(db, merchant, { from, to, by: "total", split: "none", measures: MEASURES }).rows[0] ?? {};
  const current = total(range.from, range.to);
  const previous = total(range.previous.from, range.previous.to);
  const trendBy = trendGrouping(range.from, range.to);
  const trend = phasesReport(db, merchant, { from: range.from, to: range.to, by: trendBy, split: "none", measures: MEASURES }).rows;
  return {
    current,
    previous,
    growth: loopGrowth(inputs(current), inputs(previous)),
    picture: loopPicture(volumesOf(current), n(current.ugc_impressions)),
    trendBy,
    trend,
  };
}
