// The FACT report: sales measures per period and split, with ALL rows for totals.
import { factMeasures } from "../fact";
import { def } from "../fact/column-definitions";
import { groupBySplit, type Split, type SplitInput } from "./group";
import type { Column, Row } from "./table";

export const FACT_COLUMNS: Column[] = [
  { key: "gmv", label: "GMV", type: "money", ...def("colDef.gmv") },
  { key: "net_gmv", label: "Net GMV", type: "money", ...def("colDef.net_gmv") },
  { key: "refunds", label: "Refunds", type: "money", ...def("phaseDef.col.refunds") },
  { key: "orders", label: "Orders", type: "count", ...def("colDef.orders") },
  { key: "buyers", label: "Buyers", type: "count", ...def("factCol.buyers") },
  { key: "aov", label: "AOV", type: "money", ...def("factCol.aov_or_blank") },
  { key: "gmv_share", label: "GMV share", type: "ratio", ...def("colDef.gmv_share") },
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
