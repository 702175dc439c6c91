// The FACT report: sales measures per period and split, with ALL rows for totals.
import { factMeasures } from "../fact";
import { groupBySplit, type Split, type SplitInput } from "./group";
import type { Column, Row } from "./table";

export const FACT_COLUMNS: Column[] = [
  { key: "gmv", label: "GMV", type: "money", definition: "Sum of gmv over counted orders (status not cancelled)." },
  { key: "net_gmv", label: "Net GMV", type: "money", definition: "GMV − Refunds." },
  { key: "refunds", label: "Refunds", type: "money", definition: "Sum of refund_amount over counted orders; a refunded order without one refunds its whole gmv; never more than the order's gmv." },
  { key: "orders", label: "Orders", type: "count", definition: "Number of counted orders." },
  { key: "buyers", label: "Buyers", type: "count", definition: "Distinct non-empty buyer_id among counted orders." },
  { key: "aov", label: "AOV", type: "money", definition: "GMV ÷ Orders; blank when there are no orders." },
  { key: "gmv_share", label: "GMV share", type: "ratio", definition: "GMV ÷ the period's total GMV; blank when the total is 0." },
];

/**
 * Rows of the FACT report. `buyers` maps `${period}|${key}` (and `${period}|ALL`) to distinct
 * buyer counts.
 */
export function factReportRows(inputs: SplitInput[], buyers: Map<string, number>, split: Split, periods: string[]): Row[] {
  const rows: Row[] = [];
  for (const g of groupBySplit(inputs, split, periods, (m) => m.gmv)) {
    const total = g.measures.get("ALL")!.gmv;
    for (const key of g.keys) {
      const f = factMeasures(g.measures.get(key)!, buyers.get(`${g.period}|${key}`) ?? 0, total);
      const row: Row = { period: g.period };
      if (split !== "none") row[split] = key;
      rows.push(
        Object.assign(row, {
          gmv: f.gmv,
          net_gmv: f.netGmv,
          refunds: f.refunds,
          orders: f.orders,
          buyers: f.buyers,
          aov: f.aov,
          gmv_share: f.gmvShare,
        }),
      );
    }
  }
  return rows;
}
