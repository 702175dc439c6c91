// Distinct buyers cannot be summed from daily rollups, so they are counted from orders (through
// the covering index orders_merchant_day).
import type { Db } from "../../../db/client";
import type { Grouping } from "../../domain/time";
import { periodSql, type SplitColumn } from "./measures-by-period.server";

const SPLIT: Record<SplitColumn, string> = {
  none: "''",
  pillar: "pillar",
  campaign: "campaign_id",
  account: "attributed_account_id",
  content: "content_id",
};

export interface BuyersRow {
  period: string;
  key: string;
  buyers: number;
}

/**
 * Distinct non-empty buyers of counted orders per period and split value. With `withTotals`,
 * rows with key "ALL" count each period's buyers across every split value.
 */
export function buyersByPeriod(
  db: Db,
  q: { merchantId: number; from: string; to: string; by: Grouping; split: SplitColumn; pillars?: string[] },
): BuyersRow[] {
  const where = ["merchant_id = @merchantId", "day BETWEEN @from AND @to", "status <> 'cancelled'", "buyer_id <> ''"];
  const params: Record<string, unknown> = { merchantId: q.merchantId, from: q.from, to: q.to };
  if (q.pillars?.length) {
    where.push(`pillar IN (${q.pillars.map((_, i) => `@p${i}`).join(", ")})`);
    q.pillars.forEach((p, i) => (params[`p${i}`] = p));
  }
  const period = periodSql(q.by);
  const split = SPLIT[q.split];
  const sql = `SELECT ${period} AS period, ${split} AS key, COUNT(DISTINCT buyer_id) AS buyers
                 FROM orders WHERE ${where.join(" AND ")} GROUP BY period, key
               ${q.split === "none" ? "" : `UNION ALL
               SELECT ${period} AS period, 'ALL' AS key, COUNT(DISTINCT buyer_id) AS buyers
                 FROM orders WHERE ${where.join(" AND ")} GROUP BY period`}`;
  return db.$client.prepare(sql).all(params) as BuyersRow[];
}
