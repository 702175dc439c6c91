// The orders behind a figure: counted orders matching the drill-down filters, newest first, a page at a time.
import type { Db } from "../../../db/client";

export interface OrderListFilters {
  merchantId: number;
  from: string;
  to: string;
  pillar?: string;
  campaignId?: string;
  /** the attributed account */
  accountId?: string;
  contentId?: string;
  channel?: string;
}

export interface OrderListRow {
  orderId: string;
  paidAt: number;
  day: string;
  gmv: number;
  quantity: number;
  productName: string;
  channel: string;
  contentId: string;
  accountId: string;
  attributedAccountId: string;
  campaignId: string;
  status: string;
  refundAmount: number | null;
  pillar: string;
  pillarRule: string;
}

function where(f: OrderListFilters): { sql: string; params: Record<string, unknown> } {
  const parts = ["merchant_id = @merchantId", "day BETWEEN @from AND @to", "status <> 'cancelled'"];
  const params: Record<string, unknown> = { merchantId: f.merchantId, from: f.from, to: f.to };
  const eq = (column: string, name: string, value: string | undefined) => {
    if (value === undefined) return;
    parts.push(`${column} = @${name}`);
    params[name] = value;
  };
  eq("pillar", "pillar", f.pillar);
  eq("campaign_id", "campaignId", f.campaignId);
  eq("attributed_account_id", "accountId", f.accountId);
  eq("content_id", "contentId", f.contentId);
  eq("channel", "channel", f.channel);
  return { sql: parts.join(" AND "), params };
}

export function listOrders(db: Db, f: OrderListFilters, limit: number, offset: number): OrderListRow[] {
  const w = where(f);
  return db.$client
    .prepare(
      `SELECT order_id AS orderId, paid_at AS paidAt, day, gmv, quantity, product_name AS productName, channel,
              content_id AS contentId, account_id AS accountId, attributed_account_id AS attributedAccountId,
              campaign_id AS campaignId, status, refund_amount AS refundAmount, pillar, pillar_rule AS pillarRule
         FROM orders WHERE ${w.sql}
        ORDER BY paid_at DESC, order_id LIMIT @limit OFFSET @offset`,
    )
    .all({ ...w.params, limit, offset }) as OrderListRow[];
}

/** How many orders match and their GMV: the figure the list stands behind. */
export function countOrders(db: Db, f: OrderListFilters): { orders: number; gmv: number } {
  const w = where(f);
  return db.$client
    .prepare(`SELECT COUNT(*) AS orders, COALESCE(SUM(gmv), 0) AS gmv FROM orders WHERE ${w.sql}`)
    .get(w.params) as { orders: number; gmv: number };
}
