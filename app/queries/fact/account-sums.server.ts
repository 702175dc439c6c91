// Sales and reach per attributed account over a period, from the small rollups account_day and
// account_content_day (migration 0006): rows per account and day, not per content, so the page
// reads as many rows at 10M orders as at 100k (docs/scale.md).
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
  const sums = db.$client
    .prepare(
      `SELECT account_id AS accountId,
              SUM(gmv) AS gmv, SUM(orders) AS orders, SUM(views) AS views,
              SUM(CASE WHEN pillar = @pillar THEN gmv ELSE 0 END) AS pillarGmv,
              SUM(CASE WHEN pillar = @pillar THEN orders ELSE 0 END) AS pillarOrders
         FROM account_day
        WHERE merchant_id = @merchantId AND day BETWEEN @from AND @to ${only}
        GROUP BY account_id`,
    )
    .all(params) as Omit<AccountSums, "contents">[];
  // distinct content with orders, views or impressions in the period, one account's days at a time
  const contents = db.$client.prepare(
    `SELECT COUNT(DISTINCT content_id) FROM account_content_day
      WHERE merchant_id = @merchantId AND account_id = @accountId AND day BETWEEN @from AND @to`,
  );
  return sums.map((r) => ({ ...r, contents: contents.pluck().get({ merchantId: q.merchantId, accountId: r.accountId, from: q.from, to: q.to }) as number }));
}
