// Every post of the merchant's accounts (content of type live, video or image): its first day and
// its sums over the days up to `to`; with `from`, only posts whose first day is on or after it.
import type { Db } from "../../../db/client";

export interface PostRow {
  contentId: string;
  accountId: string;
  contentType: "live" | "video" | "image";
  /** first day of the post */
  day: string;
  views: number;
  likes: number;
  comments: number;
  shares: number;
  follows: number;
  productClicks: number;
  cartAdds: number;
}

export function creatorPosts(db: Db, q: { merchantId: number; to: string; from?: string }): PostRow[] {
  return db.$client
    .prepare(
      `SELECT content_id AS contentId, MIN(account_id) AS accountId, MIN(content_type) AS contentType, MIN(day) AS day,
              SUM(views) AS views, SUM(likes) AS likes, SUM(comments) AS comments, SUM(shares) AS shares,
              SUM(follows) AS follows, SUM(product_clicks) AS productClicks, SUM(cart_adds) AS cartAdds
         FROM views
        WHERE merchant_id = @merchantId AND day <= @to AND content_type IN ('live', 'video', 'image')
        GROUP BY content_id
       ${q.from ? "HAVING MIN(day) >= @from" : ""}`,
    )
    .all({ merchantId: q.merchantId, to: q.to, ...(q.from ? { from: q.from } : {}) }) as PostRow[];
}
