// Sales and reach per attributed account over a period, from the daily segment rollup (read
// through its covering index segment_day_day_account).
import type { Db } from "../../../db/client";

export interface AccountSums {
  accountId: string;
  gmv: number;
  orders: number;
  views: number;
  /** distinct content pieces with a views row or an order in the period */
  contents: number;
  /** GMV and orders of the account that sit in `pillar` (the page's own pillar) */
  pillarGmv: number;
  pillarOrders: number;
}

export function accountSums(
  db: Db,
  q: { merchantId: number; from: string; to: string; pillar: string; accountIds?: readonly string[] },
): AccountSums[] {
  const params: Record<string, unknown> = { merchantId: q.merchantId, from: q.from, to: q.to, pillar: q.pillar };
  let only = "";
  if (q.accountIds) {
    if (q.accountIds.length === 0) return [];
    only = `AND account_id IN (${q.accountIds.map((_, i) => `@a${i}`).join(", ")})`;
    q.accountIds.forEach((a, i) => (params[`a${i}`] = a));
  }
  return db.$client
    .prepare(
      `SELECT account_id AS accountId,
              SUM(gmv) AS gmv, SUM(orders) AS orders, SUM(views) AS views,
              -- reviews land on their own day under their order's content: they do not make a content active
              COUNT(DISTINCT CASE WHEN orders > 0 OR views > 0 OR impressions > 0 THEN NULLIF(content_id, '') END) AS contents,
              SUM(CASE WHEN pillar = @pillar THEN gmv ELSE 0 END) AS pillarGmv,
              SUM(CASE WHEN pillar = @pillar THEN orders ELSE 0 END) AS pillarOrders
         FROM segment_day
        WHERE merchant_id = @merchantId AND day BETWEEN @from AND @to AND account_id <> '' ${only}
        GROUP BY account_id`,
    )
    .all(params) as AccountSums[];
}
