// Rebuilds the daily rollups from orders, views and reviews. The SQL here is the only place the
// contract's order measures are summed for dashboards; tests check it against app/domain.
//
// segment_day is the grain every other rollup sums: pillar_day (day × pillar), and the small
// rollups of migration 0006 that keep pages flat as the data grows (docs/scale.md):
// campaign_day, account_day, account_content_day, and channel_day (summed from orders, since
// segment_day carries no channel); account_content_day is counted by each content's previous
// active day in account_content_prev_day (migration 0009, content-prev.server.ts). segment_day
// also keeps its orders' first paid time (first_paid_at, a MIN). Three ways to bring them up to date:
// - rebuildRollups(range): delete and re-sum the days (a chunk of a full re-derivation, an undo);
// - rebuildAccountRollups: take out and put back one set of accounts' rows (a settings change
//   that moves only some accounts' pillars), in time proportional to those rows;
// - the import's delta (delta.server.ts); a bulk load re-sums the rollups summed from segment_day
//   once at the end instead (resumSegmentRollups).
import type { Db } from "../../../db/client";
import { keepRangeContent, rebuildContentPrev, rebuildContentPrevDays } from "./content-prev.server";

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

/** The content that is a livestream, once per pass rather than per order: temp.live_content. */
export function loadLiveContent(db: Db, merchantId: number): void {
  db.$client.exec("DROP TABLE IF EXISTS temp.live_content");
  db.$client.exec("CREATE TEMP TABLE live_content (content_id TEXT PRIMARY KEY) WITHOUT ROWID");
  db.$client
    .prepare("INSERT OR IGNORE INTO temp.live_content SELECT content_id FROM views WHERE merchant_id = ? AND content_type = 'live'")
    .run(merchantId);
}

interface SourceFilter {
  orders: string;
  views: string;
  /** reviews, joined to their order (alias o, may be null) */
  reviews: string;
  /** the reviews part starts from orders (an account filter) instead of reviews (a day range) */
  reviewsFromOrders?: boolean;
}

/** segment_day rows summed from the rows the filter keeps (grouped to the rollup's grain). */
function segmentSelect(f: SourceFilter): string {
  const reviewsFrom = f.reviewsFromOrders
    ? `FROM orders o JOIN reviews r ON r.merchant_id = o.merchant_id AND r.order_id = o.order_id
       WHERE o.merchant_id = @merchantId AND r.order_id <> '' ${f.reviews}`
    : `FROM reviews r
        LEFT JOIN orders o ON o.merchant_id = r.merchant_id AND o.order_id = r.order_id AND r.order_id <> ''
       WHERE r.merchant_id = @merchantId ${f.reviews}`;
  return `
    SELECT @merchantId AS merchant_id, day, pillar, campaign_id, account_id, content_id, ${sums}, MIN(paid_at) FROM (
      SELECT o.day, o.pillar, o.campaign_id, o.attributed_account_id AS account_id, o.content_id,
             o.gmv, ${REFUND} AS refunds,
             1 AS orders,
             CASE WHEN o.status = 'paid' AND COALESCE(o.refund_amount, 0) <= 0 THEN 1 ELSE 0 END AS kept_orders,
             CASE WHEN o.status = 'refunded' OR COALESCE(o.refund_amount, 0) > 0 THEN 1 ELSE 0 END AS refunded_orders,
             CASE WHEN o.channel = 'live' OR lc.content_id IS NOT NULL THEN o.gmv ELSE 0 END AS live_gmv,
             0 AS impressions, 0 AS views, 0 AS watch_seconds, 0 AS likes, 0 AS comments, 0 AS shares,
             0 AS follows, 0 AS product_clicks, 0 AS cart_adds, 0 AS live_seconds, 0 AS live_views,
             0 AS ugc_impressions, 0 AS reviews, 0 AS positive_reviews, 0 AS media_reviews, o.paid_at
        FROM orders o LEFT JOIN temp.live_content lc ON lc.content_id = o.content_id AND o.content_id <> ''
       WHERE o.merchant_id = @merchantId AND o.status <> 'cancelled' ${f.orders}
      UNION ALL
      SELECT v.day, v.pillar, v.campaign_id, v.account_id, v.content_id,
             0, 0, 0, 0, 0, 0,
             v.impressions, v.views, v.watch_seconds, v.likes, v.comments, v.shares, v.follows,
             v.product_clicks, v.cart_adds, v.live_seconds,
             CASE WHEN v.content_type = 'live' THEN v.views ELSE 0 END,
             CASE WHEN v.content_type = 'ugc' THEN v.impressions ELSE 0 END,
             0, 0, 0, NULL
        FROM views v
       WHERE v.merchant_id = @merchantId ${f.views}
      UNION ALL
      SELECT r.day, COALESCE(o.pillar, 'S'), COALESCE(o.campaign_id, ''), COALESCE(o.attributed_account_id, ''),
             COALESCE(o.content_id, ''),
             0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
             1, CASE WHEN r.rating >= 4 THEN 1 ELSE 0 END, CASE WHEN r.has_media THEN 1 ELSE 0 END, NULL
        ${reviewsFrom}
    )
    GROUP BY day, pillar, campaign_id, account_id, content_id`;
}

const SMALL_ROLLUPS = ["campaign_day", "account_day", "account_content_day", "channel_day"] as const;

/**
 * Re-sums the small rollups of the range's days (all days without one) from segment_day and
 * orders (channel_day; not with `channels: false`). With a range, temp.range_account holds the
 * accounts whose account_content_day rows these days can hold.
 */
function rebuildSmallRollups(db: Db, merchantId: number, range?: DayRange, o: { channels?: boolean } = {}): void {
  const channels = o.channels !== false;
  const days = range ? "AND day BETWEEN @from AND @to" : "";
  const params = range ? { merchantId, from: range.from, to: range.to } : { merchantId };
  const run = (sql: string) => db.$client.prepare(sql).run(params);
  for (const t of SMALL_ROLLUPS) if ((t !== "account_content_day" || !range) && (t !== "channel_day" || channels)) run(`DELETE FROM ${t} WHERE merchant_id = @merchantId ${days}`);
  // account_content_day's key starts with the account: a day range is deleted account by account
  // (those in temp.range_account, which rebuildRollups read before it deleted the range's segments),
  // not by reading every row of the merchant
  if (range) keepRangeContent(db, merchantId, range);
  if (range) run(`DELETE FROM account_content_day WHERE merchant_id = @merchantId AND account_id IN (SELECT account_id FROM temp.range_account) ${days}`);
  run(`INSERT INTO campaign_day (merchant_id, campaign_id, day, pillar, gmv, refunds, orders, views)
       SELECT merchant_id, campaign_id, day, pillar, SUM(gmv), SUM(refunds), SUM(orders), SUM(views)
         FROM segment_day WHERE merchant_id = @merchantId AND campaign_id <> '' ${days}
        GROUP BY campaign_id, day, pillar`);
  run(`INSERT INTO account_day (merchant_id, day, account_id, pillar, gmv, refunds, orders, views)
       SELECT merchant_id, day, account_id, pillar, SUM(gmv), SUM(refunds), SUM(orders), SUM(views)
         FROM segment_day WHERE merchant_id = @merchantId AND account_id <> '' ${days}
        GROUP BY day, account_id, pillar`);
  // reviews land on their own day under their order's content: they do not make a content active
  run(`INSERT OR IGNORE INTO account_content_day (merchant_id, account_id, day, content_id)
       SELECT merchant_id, account_id, day, content_id
         FROM segment_day WHERE merchant_id = @merchantId AND account_id <> '' AND content_id <> '' ${days}
          AND (orders > 0 OR views > 0 OR impressions > 0)`);
  if (range) {
    // the accounts of the range's rows now, too (a re-attribution can name others)
    run(`INSERT OR IGNORE INTO temp.range_account SELECT DISTINCT account_id FROM segment_day
          WHERE merchant_id = @merchantId AND day BETWEEN @from AND @to AND account_id <> ''`);
    rebuildContentPrevDays(db, merchantId, range);
  } else rebuildContentPrev(db, merchantId);
  if (channels)
    run(`INSERT INTO channel_day (merchant_id, day, pillar, channel, gmv, orders)
         SELECT merchant_id, day, pillar, channel, SUM(gmv), COUNT(*)
           FROM orders WHERE merchant_id = @merchantId AND status <> 'cancelled' ${days}
          GROUP BY day, pillar, channel`);
}

/**
 * After a bulk load added its orders to segment_day and pillar_day (and channel_day) by delta:
 * the rollups summed from segment_day (campaign_day, account_day, account_content_day and its
 * previous days) of the range's days, re-summed in SQL. The delta never deletes segment_day rows,
 * so the range's segment accounts are all those whose content rows these days can hold.
 */
export function resumSegmentRollups(db: Db, merchantId: number, range: DayRange): void {
  db.$client.exec("DROP TABLE IF EXISTS temp.range_account");
  db.$client.exec("CREATE TEMP TABLE range_account (account_id TEXT PRIMARY KEY) WITHOUT ROWID");
  db.$client
    .prepare(
      `INSERT OR IGNORE INTO temp.range_account SELECT DISTINCT account_id FROM segment_day
        WHERE merchant_id = @merchantId AND day BETWEEN @from AND @to AND account_id <> ''`,
    )
    .run({ merchantId, ...range });
  rebuildSmallRollups(db, merchantId, range, { channels: false });
  db.$client.exec("DROP TABLE temp.range_account");
}

/**
 * Deletes and re-sums every rollup of the range's days (all days without one). Reads
 * temp.live_content when `liveLoaded` (a chunked pass loads it once), else loads it.
 */
export function rebuildRollups(db: Db, merchantId: number, range?: DayRange, opts: { liveLoaded?: boolean } = {}): void {
  const params = { merchantId, from: range?.from ?? "", to: range?.to ?? "" };
  const run = (sql: string) => db.$client.prepare(sql).run(range ? params : { merchantId });
  const days = (alias: string) => (range ? `AND ${alias}.day BETWEEN @from AND @to` : "");
  if (range) {
    // the accounts whose account_content_day rows these days can hold: those of their segments
    db.$client.exec("DROP TABLE IF EXISTS temp.range_account");
    db.$client.exec("CREATE TEMP TABLE range_account (account_id TEXT PRIMARY KEY) WITHOUT ROWID");
    run(`INSERT OR IGNORE INTO temp.range_account SELECT DISTINCT account_id FROM segment_day
          WHERE merchant_id = @merchantId AND day BETWEEN @from AND @to AND account_id <> ''`);
  }
  run(`DELETE FROM segment_day WHERE merchant_id = @merchantId ${range ? "AND day BETWEEN @from AND @to" : ""}`);
  run(`DELETE FROM pillar_day WHERE merchant_id = @merchantId ${range ? "AND day BETWEEN @from AND @to" : ""}`);
  if (!opts.liveLoaded) loadLiveContent(db, merchantId);
  run(`INSERT INTO segment_day (merchant_id, day, pillar, campaign_id, account_id, content_id, ${cols}, first_paid_at)
       ${segmentSelect({ orders: days("o"), views: days("v"), reviews: days("r") })}`);
  if (!opts.liveLoaded) db.$client.exec("DROP TABLE temp.live_content");
  run(`
    INSERT INTO pillar_day (merchant_id, day, pillar, ${cols})
    SELECT merchant_id, day, pillar, ${sums} FROM segment_day
     WHERE merchant_id = @merchantId ${range ? "AND day BETWEEN @from AND @to" : ""}
     GROUP BY day, pillar`);
  rebuildSmallRollups(db, merchantId, range);
  if (range) db.$client.exec("DROP TABLE temp.range_account");
}

const IN_CHANGED = "IN (SELECT account_id FROM temp.changed_account)";

/** Adds (sign 1) or takes out (sign −1) the changed accounts' segment rows from the rollups summed by pillar. */
function moveAccountSums(db: Db, merchantId: number, sign: 1 | -1): void {
  const c = db.$client;
  const s = (m: string) => `${sign} * SUM(${m})`;
  c.prepare(
    `INSERT INTO pillar_day (merchant_id, day, pillar, ${cols})
     SELECT merchant_id, day, pillar, ${MEASURES.map(s).join(", ")} FROM segment_day
      WHERE merchant_id = @merchantId AND account_id ${IN_CHANGED}
      GROUP BY day, pillar
     ON CONFLICT (merchant_id, day, pillar) DO UPDATE SET ${MEASURES.map((m) => `${m} = ${m} + excluded.${m}`).join(", ")}`,
  ).run({ merchantId });
  const four = ["gmv", "refunds", "orders", "views"];
  c.prepare(
    `INSERT INTO campaign_day (merchant_id, campaign_id, day, pillar, gmv, refunds, orders, views)
     SELECT merchant_id, campaign_id, day, pillar, ${four.map(s).join(", ")} FROM segment_day
      WHERE merchant_id = @merchantId AND account_id ${IN_CHANGED} AND campaign_id <> ''
      GROUP BY campaign_id, day, pillar
     ON CONFLICT (merchant_id, campaign_id, day, pillar) DO UPDATE SET ${four.map((m) => `${m} = ${m} + excluded.${m}`).join(", ")}`,
  ).run({ merchantId });
  // the moved orders' channel sums, read once (temp.moved_channel): out under their old pillar,
  // back under the pillar temp.decision gives them (an account's orders with and without a campaign)
  const pillar = sign === -1 ? "m.pillar" : "CASE WHEN m.with_campaign THEN d.cp ELSE d.np END";
  c.prepare(
    `INSERT INTO channel_day (merchant_id, day, pillar, channel, gmv, orders)
     SELECT @merchantId, m.day, ${pillar}, m.channel, ${sign} * SUM(m.gmv), ${sign} * SUM(m.orders)
       FROM temp.moved_channel m ${sign === -1 ? "" : "JOIN temp.decision d ON d.account_id = m.account_id AND d.facet = ''"}
      WHERE true
      GROUP BY 2, 3, 4
     ON CONFLICT (merchant_id, day, pillar, channel) DO UPDATE SET gmv = gmv + excluded.gmv, orders = orders + excluded.orders`,
  ).run({ merchantId });
}

function loadMovedChannels(db: Db, merchantId: number): void {
  const c = db.$client;
  c.exec("DROP TABLE IF EXISTS temp.moved_channel");
  c.exec(
    "CREATE TEMP TABLE moved_channel (day TEXT NOT NULL, pillar TEXT NOT NULL, account_id TEXT NOT NULL, with_campaign INTEGER NOT NULL, channel TEXT NOT NULL, gmv INTEGER NOT NULL, orders INTEGER NOT NULL)",
  );
  c.prepare(
    `INSERT INTO temp.moved_channel
     SELECT day, pillar, attributed_account_id, campaign_id <> '', channel, SUM(gmv), COUNT(*) FROM orders
      WHERE merchant_id = @merchantId AND attributed_account_id ${IN_CHANGED} AND status <> 'cancelled'
      GROUP BY 1, 2, 3, 4, 5`,
  ).run({ merchantId });
}

/**
 * A settings change that moves the pillars of some accounts only (temp.changed_account, never
 * ""): takes those accounts' rows out of every rollup, lets `reattribute` rewrite their pillars
 * (from the decisions it leaves in temp.decision), and sums them back in. Reads and writes only
 * those accounts' rows and the small rollups.
 */
export function rebuildAccountRollups(db: Db, merchantId: number, reattribute: () => void): void {
  const c = db.$client;
  const params = { merchantId };
  loadMovedChannels(db, merchantId);
  moveAccountSums(db, merchantId, -1);
  c.prepare(`DELETE FROM segment_day WHERE merchant_id = @merchantId AND account_id ${IN_CHANGED}`).run(params);
  c.prepare(`DELETE FROM account_day WHERE merchant_id = @merchantId AND account_id ${IN_CHANGED}`).run(params);
  reattribute();
  loadLiveContent(db, merchantId);
  c.prepare(
    `INSERT INTO segment_day (merchant_id, day, pillar, campaign_id, account_id, content_id, ${cols}, first_paid_at)
     ${segmentSelect({
       orders: `AND o.attributed_account_id ${IN_CHANGED}`,
       views: `AND v.account_id ${IN_CHANGED}`,
       reviews: `AND o.attributed_account_id ${IN_CHANGED}`,
       reviewsFromOrders: true,
     })}`,
  ).run(params);
  c.exec("DROP TABLE temp.live_content");
  moveAccountSums(db, merchantId, 1);
  c.prepare(
    `INSERT INTO account_day (merchant_id, day, account_id, pillar, gmv, refunds, orders, views)
     SELECT merchant_id, day, account_id, pillar, SUM(gmv), SUM(refunds), SUM(orders), SUM(views)
       FROM segment_day WHERE merchant_id = @merchantId AND account_id ${IN_CHANGED}
      GROUP BY day, account_id, pillar`,
  ).run(params);
  // a rebuild has a row only where some segment row (or counted order) is: drop the emptied ones
  c.prepare(
    `DELETE FROM pillar_day WHERE merchant_id = @merchantId AND NOT EXISTS (
       SELECT 1 FROM segment_day s WHERE s.merchant_id = pillar_day.merchant_id AND s.day = pillar_day.day AND s.pillar = pillar_day.pillar)`,
  ).run(params);
  c.prepare(
    `DELETE FROM campaign_day WHERE merchant_id = @merchantId AND NOT EXISTS (
       SELECT 1 FROM segment_day s WHERE s.merchant_id = campaign_day.merchant_id AND s.campaign_id = campaign_day.campaign_id
          AND s.day = campaign_day.day AND s.pillar = campaign_day.pillar)`,
  ).run(params);
  c.prepare("DELETE FROM channel_day WHERE merchant_id = @merchantId AND orders = 0").run(params);
  c.exec("DROP TABLE temp.moved_channel");
}
