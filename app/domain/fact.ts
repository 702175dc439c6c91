// FACT report rows: the contract's sales measures from summed counters.
import { ratio } from "./ratio";
import type { Measures } from "./measures";

export interface FactMeasures {
  gmv: number;
  netGmv: number;
  refunds: number;
  orders: number;
  buyers: number;
  aov: number | null;
  /** share of the period's total GMV; null when the total is 0 */
  gmvShare: number | null;
}

/** GMV, net GMV, refunds, orders, buyers, AOV and share, money in hundredths. */
export function factMeasures(m: Pick<Measures, "gmv" | "refunds" | "orders">, buyers: number, totalGmv: number): FactMeasures {
  return {
    gmv: m.gmv,
    netGmv: m.gmv - m.refunds,
    refunds: m.refunds,
    orders: m.orders,
    buyers,
    aov: ratio(m.gmv, m.orders),
    gmvShare: ratio(m.gmv, totalGmv),
  };
}

/** GPM: GMV per thousand views (money in hundredths). */
export function gpm(gmv: number, views: number): number | null {
  const r = ratio(gmv, views);
  return r === null ? null : r * 1000;
}

/** GMV of live content per hour live. */
export function gmvPerLiveHour(liveGmv: number, liveSeconds: number): number | null {
  return ratio(liveGmv, liveSeconds / 3600);
}
