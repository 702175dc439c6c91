// What a pillar's sales cost and return: commission cost of creators, ROI against a cost.
import { ratio } from "../ratio";

/**
 * A creator's commission cost in hundredths: GMV × commission rate, rounded to the hundredth.
 * Null when the accounts file gave no rate (the cost is unknown, not zero).
 */
export function commissionCost(gmv: number, rate: number | null | undefined): number | null {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return null;
  return Math.round(gmv * rate);
}

/** ROI = GMV ÷ cost (creators: commission cost; campaigns: budget). Null when the cost is 0 or unknown. */
export function roi(gmv: number, cost: number | null | undefined): number | null {
  if (cost === null || cost === undefined) return null;
  return ratio(gmv, cost);
}
