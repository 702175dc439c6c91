// Self-broadcast sessions: each live content × day in the Field pillar, with its sums and its
// first order's paid time.
import type { Db } from "../../../db/client";
import { eachDay } from "../../domain/time";

export interface SessionRow {
  day: string;
  contentId: string;
  accountId: string;
  gmv: number;
  refunds: number;
  orders: number;
  liveGmv: number;
  views: number;
  watchSeconds: number;
  liveSeconds: number;
  impressions: number;
  /** epoch ms of the session's first counted order that day (segment_day.first_paid_at); null when it sold nothing */
  firstOrderAt: number | null;
}

/**
 * Field rows whose content is live content (any views row of it says `live`), one per content
 * and day with views, live time or orders. Orders of a live content on a day without its views
 * row still form a session. Read day by day through segment_day's key (day, pillar): the Field
 * rows of the period only, not every pillar's.
 */
export function fieldSessions(db: Db, q: { merchantId: number; from: string; to: string }): SessionRow[] {
  return db.$client
    .prepare(
      `SELECT s.day, s.content_id AS contentId, MIN(s.account_id) AS accountId,
              SUM(s.gmv) AS gmv, SUM(s.refunds) AS refunds, SUM(s.orders) AS orders, SUM(s.live_gmv) AS liveGmv,
              SUM(s.views) AS views, SUM(s.watch_seconds) AS watchSeconds, SUM(s.live_seconds) AS liveSeconds,
              SUM(s.impressions) AS impressions, MIN(s.first_paid_at) AS firstOrderAt
         FROM segment_day s
        WHERE s.merchant_id = @merchantId AND s.day IN (SELECT value FROM json_each(@days)) AND s.pillar = 'F' AND s.content_id <> ''
          AND EXISTS (SELECT 1 FROM views v
                       WHERE v.merchant_id = s.merchant_id AND v.content_id = s.content_id AND v.content_type = 'live')
        GROUP BY s.day, s.content_id
       -- a review lands on its own day under its order's content: that alone is no session
       HAVING SUM(s.orders) > 0 OR SUM(s.views) > 0 OR SUM(s.live_seconds) > 0
        ORDER BY s.day DESC, s.content_id`,
    )
    .all({ merchantId: q.merchantId, days: JSON.stringify(eachDay(q.from, q.to)) }) as SessionRow[];
}
