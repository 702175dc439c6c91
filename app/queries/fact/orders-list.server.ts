// The orders behind a figure: counted orders matching the drill-down filters, newest first, a page
// at a time. Pages go by keyset — the (day, paid_at, order_id) of the last row shown — on the
// indexes orders_merchant_pillar_paid and orders_merchant_day_paid (migration 0006), so a page
// reads its fifty rows and no more however deep it is; the count comes from the rollups, never
// from counting orders (docs/scale.md).
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

/** Where a page starts: after (older than) or before (newer than) a row. */
export interface OrderCursor {
  day: string;
  paidAt: number;
  orderId: string;
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

const COLUMNS = `order_id AS orderId, paid_at AS paidAt, day, gmv, quantity, product_name AS productName, channel,
  content_id AS contentId, account_id AS accountId, attributed_account_id AS attributedAccountId,
  campaign_id AS campaignId, status, refund_amount AS refundAmount, pillar, pillar_rule AS pillarRule`;

/**
 * Up to `limit` orders newest first: the first page, the page after a cursor (older rows) or the
 * page before one (newer rows, still returned newest first).
 */
export function listOrders(db: Db, f: OrderListFilters, limit: number, cursor?: { after: OrderCursor } | { before: OrderCursor }): OrderListRow[] {
  const w = where(f);
  const params: Record<string, unknown> = { ...w.params, limit };
  let keyset = "";
  let order = "DESC";
  if (cursor) {
    const c = "after" in cursor ? cursor.after : cursor.before;
    Object.assign(params, { cDay: c.day, cPaid: c.paidAt, cId: c.orderId });
    if ("after" in cursor) keyset = "AND day <= @cDay AND (day, paid_at, order_id) < (@cDay, @cPaid, @cId)";
    else {
      keyset = "AND day >= @cDay AND (day, paid_at, order_id) > (@cDay, @cPaid, @cId)";
      order = "ASC";
    }
  }
  const rows = db.$client
    .prepare(
      `SELECT ${COLUMNS} FROM orders WHERE ${w.sql} ${keyset}
        ORDER BY day ${order}, paid_at ${order}, order_id ${order} LIMIT @limit`,
    )
    .all(params) as OrderListRow[];
  return order === "ASC" ? rows.reverse() : rows;
}

type Total = { orders: number; gmv: number };

/**
 * How many orders match and their GMV: the figure the list stands behind, from the rollup that
 * carries the filters (pillar_day, campaign_day, account_day, channel_day, else segment_day).
 * A channel together with a campaign, account or content is the one case no rollup carries:
 * it is counted from the orders of that campaign, account or content (an index range).
 */
export function countOrders(db: Db, f: OrderListFilters): Total {
  const c = db.$client;
  const base = { merchantId: f.merchantId, from: f.from, to: f.to, pillar: f.pillar ?? null };
  const pillar = "AND (@pillar IS NULL OR pillar = @pillar)";
  const sum = (table: string, extra = "", params: Record<string, unknown> = {}): Total =>
    c
      .prepare(
        `SELECT COALESCE(SUM(orders), 0) AS orders, COALESCE(SUM(gmv), 0) AS gmv FROM ${table}
          WHERE merchant_id = @merchantId AND day BETWEEN @from AND @to ${pillar} ${extra}`,
      )
      .get({ ...base, ...params }) as Total;
  const minus = (a: Total, b: Total): Total => ({ orders: a.orders - b.orders, gmv: a.gmv - b.gmv });
  const { campaignId, accountId, contentId, channel } = f;
  const others = [campaignId, accountId, contentId].filter((v) => v !== undefined).length;
  if (channel !== undefined) {
    if (others === 0) return sum("channel_day", "AND channel = @channel", { channel });
    const w = where(f);
    return c.prepare(`SELECT COUNT(*) AS orders, COALESCE(SUM(gmv), 0) AS gmv FROM orders WHERE ${w.sql}`).get(w.params) as Total;
  }
  if (others === 0) return sum("pillar_day");
  if (others === 1 && campaignId !== undefined) {
    // rows without a campaign are every row less the rows with one
    return campaignId === "" ? minus(sum("pillar_day"), sum("campaign_day")) : sum("campaign_day", "AND campaign_id = @campaignId", { campaignId });
  }
  if (others === 1 && accountId !== undefined) {
    return accountId === "" ? minus(sum("pillar_day"), sum("account_day")) : sum("account_day", "AND account_id = @accountId", { accountId });
  }
  const extra: string[] = [];
  const params: Record<string, unknown> = {};
  if (campaignId !== undefined) (extra.push("AND campaign_id = @campaignId"), (params.campaignId = campaignId));
  if (accountId !== undefined) (extra.push("AND account_id = @accountId"), (params.accountId = accountId));
  if (contentId !== undefined) (extra.push("AND content_id = @contentId"), (params.contentId = contentId));
  return sum("segment_day", extra.join(" "), params);
}
