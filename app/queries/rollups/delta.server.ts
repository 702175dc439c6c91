// Adds an import's order sums to the daily rollups (docs/decisions/007): every rollup measure is
// a sum, so adding the batch's orders (and taking out the rows they replaced) keeps the rollups
// equal to a rebuild without re-reading the days' other orders.
import type { Db } from "../../../db/client";
import { ORDER_ROLLUP_COLUMNS, type OrderRollupDelta } from "../../domain/order-rollup";

const cols = ORDER_ROLLUP_COLUMNS.join(", ");
const marks = ORDER_ROLLUP_COLUMNS.map(() => "?").join(", ");
const adds = ORDER_ROLLUP_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(", ");

export function applyOrderRollupDelta(db: Db, merchantId: number, delta: OrderRollupDelta): void {
  const segment = db.$client.prepare(
    `INSERT INTO segment_day (merchant_id, day, pillar, campaign_id, account_id, content_id, ${cols})
     VALUES (?, ?, ?, ?, ?, ?, ${marks})
     ON CONFLICT (merchant_id, day, pillar, campaign_id, account_id, content_id) DO UPDATE SET ${adds}`,
  );
  for (const [s, m] of delta.segments()) {
    if (m.every((v) => v === 0)) continue;
    segment.run(merchantId, s.day, s.pillar, s.campaignId, s.accountId, s.contentId, ...m);
  }
  const pillarDay = db.$client.prepare(
    `INSERT INTO pillar_day (merchant_id, day, pillar, ${cols}) VALUES (?, ?, ?, ${marks})
     ON CONFLICT (merchant_id, day, pillar) DO UPDATE SET ${adds}`,
  );
  for (const p of delta.pillarDays().values()) {
    if (p.sums.every((v) => v === 0)) continue;
    pillarDay.run(merchantId, p.day, p.pillar, ...p.sums);
  }
}

/** Content that is a livestream: its GMV counts as live GMV whatever the order's channel. */
export function liveContentIds(db: Db, merchantId: number): Set<string> {
  const rows = db.$client
    .prepare("SELECT DISTINCT content_id FROM views WHERE merchant_id = ? AND content_type = 'live'")
    .pluck()
    .all(merchantId) as string[];
  return new Set(rows);
}
