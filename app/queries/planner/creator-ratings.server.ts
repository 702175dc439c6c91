// Reviews of counted orders per attributed account, content and channel: Σ rating and count.
import type { Db } from "../../../db/client";

export interface RatingRow {
  accountId: string;
  contentId: string;
  channel: string;
  ratingSum: number;
  reviews: number;
}

export function creatorRatings(db: Db, q: { merchantId: number; from: string; to: string }): RatingRow[] {
  return db.$client
    .prepare(
      `SELECT o.attributed_account_id AS accountId, o.content_id AS contentId, o.channel AS channel,
              SUM(r.rating) AS ratingSum, COUNT(*) AS reviews
         FROM orders o JOIN reviews r ON r.merchant_id = o.merchant_id AND r.order_id = o.order_id
        WHERE o.merchant_id = @merchantId AND o.day BETWEEN @from AND @to AND o.status <> 'cancelled' AND o.attributed_account_id <> ''
        GROUP BY o.attributed_account_id, o.content_id, o.channel`,
    )
    .all(q) as RatingRow[];
}
