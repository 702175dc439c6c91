// Rebuilds the daily rollups from orders, views and reviews. The SQL here is the only place the
// contract's order measures are summed for dashboards; tests check it against app/domain.
import type { Db } from "../../../db/client";

export interface DayRange {
  from: string;
  to: string;
}

const MEASURES = [
  "gmv", "refunds", "orders", "kept_orders", "refunded_orders", "live_gmv",
  "impressions", "views", "watch_seconds", "likes", "comments", "shares", "follows",
  "product_clicks", "cart_adds", "live_seconds", "live_views", "ugc_impressions",
  "reviews", "positive_reviews", "media_reviews",
] as const;

const sums = MEASURES.map((m) => `SUM(${m})`).join(", ");
const cols = MEASURES.join(", ");

// Effective refund: refund_amount, or the whole gmv for a `refunded` order without one, capped
// at gmv; cancelled orders count for nothing (see effectiveRefund in app/domain/measures.ts).
const REFUND = `MIN(o.gmv, MAX(0, COALESCE(o.refund_amount, CASE WHEN o.status = 'refunded' THEN o.gmv ELSE 0 END)))`;

function rangeClause(alias: string, range?: DayRange): string {
  return range ? `AND ${alias}.day BETWEEN @from AND @to` : "";
}

export function rebuildRollups(db: Db, merchantId: number, range?: DayRange): void {
  const params = { merchantId, from: range?.from ?? "", to: range?.to ?? "" };
  const run = (sql: string) => db.$client.prepare(sql).run(range ? params : { merchantId });
  run(`DELETE FROM segment_day WHERE merchant_id = @merchantId ${range ? "AND day BETWEEN @from AND @to" : ""}`);
  run(`DELETE FROM pillar_day WHERE merchant_id = @merchantId ${range ? "AND day BETWEEN @from AND @to" : ""}`);
  // Live content, looked up once rather than per order.
  db.$client.exec("DROP TABLE IF EXISTS temp.live_content");
  db.$client.exec("CREATE TEMP TABLE live_content (content_id TEXT PRIMARY KEY) WITHOUT ROWID");
  db.$client
    .prepare("INSERT OR IGNORE INTO temp.live_content SELECT content_id FROM views WHERE merchant_id = ? AND content_type = 'live'")
    .run(merchantId);
  run(`
    INSERT INTO segment_day (merchant_id, day, pillar, campaign_id, account_id, content_id, ${cols})
    SELECT @merchantId, day, pillar, campaign_id, account_id, content_id, ${sums} FROM (
      SELECT o.day, o.pillar, o.campaign_id, o.attributed_account_id AS account_id, o.content_id,
             o.gmv, ${REFUND} AS refunds,
             1 AS orders,
             CASE WHEN o.status = 'paid' AND COALESCE(o.refund_amount, 0) <= 0 THEN 1 ELSE 0 END AS kept_orders,
             CASE WHEN o.status = 'refunded' OR COALESCE(o.refund_amount, 0) > 0 THEN 1 ELSE 0 END AS refunded_orders,
             CASE WHEN o.channel = 'live' OR lc.content_id IS NOT NULL THEN o.gmv ELSE 0 END AS live_gmv,
             0 AS impressions, 0 AS views, 0 AS watch_seconds, 0 AS likes, 0 AS comments, 0 AS shares,
             0 AS follows, 0 AS product_clicks, 0 AS cart_adds, 0 AS live_seconds, 0 AS live_views,
             0 AS ugc_impressions, 0 AS reviews, 0 AS positive_reviews, 0 AS media_reviews
        FROM orders o LEFT JOIN temp.live_content lc ON lc.content_id = o.content_id AND o.content_id <> ''
       WHERE o.merchant_id = @merchantId AND o.status <> 'cancelled' ${rangeClause("o", range)}
      UNION ALL
      SELECT v.day, v.pillar, v.campaign_id, v.account_id, v.content_id,
             0, 0, 0, 0, 0, 0,
             v.impressions, v.views, v.watch_seconds, v.likes, v.comments, v.shares, v.follows,
             v.product_clicks, v.cart_adds, v.live_seconds,
             CASE WHEN v.content_type = 'live' THEN v.views ELSE 0 END,
             CASE WHEN v.content_type = 'ugc' THEN v.impressions ELSE 0 END,
             0, 0, 0
        FROM views v
       WHERE v.merchant_id = @merchantId ${rangeClause("v", range)}
      UNION ALL
      SELECT r.day, COALESCE(o.pillar, 'S'), COALESCE(o.campaign_id, ''), COALESCE(o.attributed_account_id, ''),
             COALESCE(o.content_id, ''),
             0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
             1, CASE WHEN r.rating >= 4 THEN 1 ELSE 0 END, CASE WHEN r.has_media THEN 1 ELSE 0 END
        FROM reviews r
        LEFT JOIN orders o ON o.merchant_id = r.merchant_id AND o.order_id = r.order_id AND r.order_id <> ''
       WHERE r.merchant_id = @merchantId ${rangeClause("r", range)}
    )
    GROUP BY day, pillar, campaign_id, account_id, content_id`);
  db.$client.exec("DROP TABLE temp.live_content");
  run(`
    INSERT INTO pillar_day (merchant_id, day, pillar, ${cols})
    SELECT merchant_id, day, pillar, ${sums} FROM segment_day
     WHERE merchant_id = @merchantId ${range ? "AND day BETWEEN @from AND @to" : ""}
     GROUP BY day, pillar`);
}
