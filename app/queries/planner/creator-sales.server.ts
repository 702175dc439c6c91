// Counted orders per attributed account, content and channel over a period: GMV, orders, the sum
// of squared order GMV (the planner's GPM noise) and refunds (the contract's effective refund).
import type { Db } from "../../../db/client";

export interface SalesRow {
  accountId: string;
  contentId: string;
  channel: string;
  gmv: number;
  orders: number;
  gmvSquares: number;
  refunds: number;
}

export function creatorSales(db: Db, q: { merchantId: number; from: string; to: string }): SalesRow[] {
  return db.$client
    .prepare(
      `SELECT attributed_account_id AS accountId, content_id AS contentId, channel,
              SUM(gmv) AS gmv, COUNT(*) AS orders, SUM(CAST(gmv AS REAL) * gmv) AS gmvSquares,
              SUM(MIN(gmv, MAX(0, COALESCE(refund_amount, CASE WHEN status = 'refunded' THEN gmv ELSE 0 END)))) AS refunds
         FROM orders
        WHERE merchant_id = @merchantId AND day BETWEEN @from AND @to AND status <> 'cancelled' AND attributed_account_id <> ''
        GROUP BY attributed_account_id, content_id, channel`,
    )
    .all(q) as SalesRow[];
}
