// One account's sales and reach per month from the segment rollup (its account index).
import type { Db } from "../../../db/client";

export interface AccountMonth {
  month: string;
  gmv: number;
  orders: number;
  views: number;
}

export function accountMonths(db: Db, q: { merchantId: number; accountId: string; to: string }): AccountMonth[] {
  return db.$client
    .prepare(
      `SELECT substr(day, 1, 7) AS month, SUM(gmv) AS gmv, SUM(orders) AS orders, SUM(views) AS views
         FROM segment_day WHERE merchant_id = ? AND account_id = ? AND day <= ?
        GROUP BY month ORDER BY month`,
    )
    .all(q.merchantId, q.accountId, q.to) as AccountMonth[];
}
