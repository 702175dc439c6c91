// Adds an import's order sums to the daily rollups (docs/decisions/007): every rollup measure is
// a sum, so adding the batch's orders (and taking out the rows they replaced) keeps the rollups
// equal to a rebuild without re-reading the days' other orders.
import type { Db } from "../../../db/client";
import { ORDER_ROLLUP_COLUMNS, type OrderRollupDelta } from "../../domain/order-rollup";
import { refreshContentPrev } from "./content-prev.server";

const cols = ORDER_ROLLUP_COLUMNS.join(", ");
const marks = ORDER_ROLLUP_COLUMNS.map(() => "?").join(", ");
const adds = ORDER_ROLLUP_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(", ");

/**
 * `small: false` leaves campaign_day, account_day, account_content_day and account_content_prev_day
 * out: a bulk load re-sums them from segment_day once at the end (resumSegmentRollups), cheaper
 * than a delta per flush when the file is as large as the rollups.
 */
export function applyOrderRollupDelta(db: Db, merchantId: number, delta: OrderRollupDelta, o: { small?: boolean } = {}): void {
  // first_paid_at is a MIN: the delta only ever lowers it (an import that may raise it re-sums the days)
  const segment = db.$client.prepare(
    `INSERT INTO segment_day (merchant_id, day, pillar, campaign_id, account_id, content_id, ${cols}, first_paid_at)
     VALUES (?, ?, ?, ?, ?, ?, ${marks}, ?)
     ON CONFLICT (merchant_id, day, pillar, campaign_id, account_id, content_id) DO UPDATE SET ${adds},
       first_paid_at = COALESCE(MIN(first_paid_at, excluded.first_paid_at), first_paid_at, excluded.first_paid_at)`,
  );
  for (const [s, m, first] of delta.segments()) {
    if (first === null && m.every((v) => v === 0)) continue;
    segment.run(merchantId, s.day, s.pillar, s.campaignId, s.accountId, s.contentId, ...m, first);
  }
  const pillarDay = db.$client.prepare(
    `INSERT INTO pillar_day (merchant_id, day, pillar, ${cols}) VALUES (?, ?, ?, ${marks})
     ON CONFLICT (merchant_id, day, pillar) DO UPDATE SET ${adds}`,
  );
  for (const p of delta.pillarDays().values()) {
    if (p.sums.every((v) => v === 0)) continue;
    pillarDay.run(merchantId, p.day, p.pillar, ...p.sums);
  }
  if (o.small !== false) applySmallRollupDelta(db, merchantId, delta);
  applyChannelDelta(db, merchantId, delta);
}

// ORDER_ROLLUP_COLUMNS positions of the measures the small rollups carry
const GMV = ORDER_ROLLUP_COLUMNS.indexOf("gmv");
const REFUNDS = ORDER_ROLLUP_COLUMNS.indexOf("refunds");
const ORDERS = ORDER_ROLLUP_COLUMNS.indexOf("orders");
const SEP = "\u0001";

/** The same sums into campaign_day, account_day and account_content_day (and account_content_prev_day) (migration 0006). */
function applySmallRollupDelta(db: Db, merchantId: number, delta: OrderRollupDelta): void {
  const c = db.$client;
  const campaigns = new Map<string, number[]>();
  const accounts = new Map<string, number[]>();
  const activeContent: [string, string, string][] = [];
  const lessContent: [string, string, string][] = [];
  const add = (map: Map<string, number[]>, key: string, m: number[]) => {
    const t = map.get(key);
    if (t) for (let i = 0; i < 3; i++) t[i] += m[i];
    else map.set(key, [...m]);
  };
  for (const [s, m] of delta.segments()) {
    const three = [m[GMV], m[REFUNDS], m[ORDERS]];
    if (three.every((v) => v === 0)) continue;
    if (s.campaignId !== "") add(campaigns, [s.campaignId, s.day, s.pillar].join(SEP), three);
    if (s.accountId !== "") {
      add(accounts, [s.day, s.accountId, s.pillar].join(SEP), three);
      if (s.contentId !== "") (m[ORDERS] > 0 ? activeContent : lessContent).push([s.accountId, s.day, s.contentId]);
    }
  }
  const campaignDay = c.prepare(
    `INSERT INTO campaign_day (merchant_id, campaign_id, day, pillar, gmv, refunds, orders) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (merchant_id, campaign_id, day, pillar) DO UPDATE SET gmv = gmv + excluded.gmv, refunds = refunds + excluded.refunds, orders = orders + excluded.orders`,
  );
  for (const [key, m] of campaigns) campaignDay.run(merchantId, ...key.split(SEP), ...m);
  const accountDay = c.prepare(
    `INSERT INTO account_day (merchant_id, day, account_id, pillar, gmv, refunds, orders) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (merchant_id, day, account_id, pillar) DO UPDATE SET gmv = gmv + excluded.gmv, refunds = refunds + excluded.refunds, orders = orders + excluded.orders`,
  );
  for (const [key, m] of accounts) accountDay.run(merchantId, ...key.split(SEP), ...m);
  // the content-days added or taken out, for account_content_prev_day
  const changed: [string, string, string][] = [];
  const active = c.prepare("INSERT OR IGNORE INTO account_content_day (merchant_id, account_id, day, content_id) VALUES (?, ?, ?, ?)");
  for (const [a, d, k] of activeContent) if (active.run(merchantId, a, d, k).changes > 0) changed.push([a, k, d]);
  // a segment that lost orders may have lost its last reason to count as active
  const recheck = c.prepare(
    `DELETE FROM account_content_day WHERE merchant_id = @m AND account_id = @a AND day = @d AND content_id = @k
        AND NOT EXISTS (SELECT 1 FROM segment_day s WHERE s.merchant_id = @m AND s.day = @d AND s.account_id = @a AND s.content_id = @k
                           AND (s.orders > 0 OR s.views > 0 OR s.impressions > 0))`,
  );
  for (const [a, d, k] of lessContent) if (recheck.run({ m: merchantId, a, d, k }).changes > 0) changed.push([a, k, d]);
  refreshContentPrev(db, merchantId, changed);
}

/** The delta's channel sums into channel_day, which is summed from orders, not segment_day. */
function applyChannelDelta(db: Db, merchantId: number, delta: OrderRollupDelta): void {
  const c = db.$client;
  const channelDay = c.prepare(
    `INSERT INTO channel_day (merchant_id, day, pillar, channel, gmv, orders) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (merchant_id, day, pillar, channel) DO UPDATE SET gmv = gmv + excluded.gmv, orders = orders + excluded.orders`,
  );
  let emptied = false;
  for (const r of delta.channelDays()) {
    if (r.gmv === 0 && r.orders === 0) continue;
    channelDay.run(merchantId, r.day, r.pillar, r.channel, r.gmv, r.orders);
    if (r.orders < 0) emptied = true;
  }
  if (emptied) c.prepare("DELETE FROM channel_day WHERE merchant_id = ? AND orders = 0").run(merchantId);
}

/** Content that is a livestream: its GMV counts as live GMV whatever the order's channel. */
export function liveContentIds(db: Db, merchantId: number): Set<string> {
  const rows = db.$client
    .prepare("SELECT DISTINCT content_id FROM views WHERE merchant_id = ? AND content_type = 'live'")
    .pluck()
    .all(merchantId) as string[];
  return new Set(rows);
}
