// One order as stored, and what its content says about the account behind it.
import type { Db } from "../../../db/client";
import type { OrderListRow } from "./orders-list.server";

export interface OrderDetailRow extends OrderListRow {
  skuId: string;
  buyerId: string;
  batchId: number;
  /** the main order (主订单编号) of this line; "" when the file gave none */
  mainOrderId: string;
  /** shop (小店自卖), alliance (精选联盟) or "" */
  salesSource: string;
}

export function findOrder(db: Db, merchantId: number, orderId: string): OrderDetailRow | undefined {
  return db.$client
    .prepare(
      `SELECT order_id AS orderId, paid_at AS paidAt, day, gmv, quantity, sku_id AS skuId, product_name AS productName,
              channel, content_id AS contentId, account_id AS accountId, attributed_account_id AS attributedAccountId,
              campaign_id AS campaignId, status, refund_amount AS refundAmount, buyer_id AS buyerId,
              pillar, pillar_rule AS pillarRule, batch_id AS batchId, main_order_id AS mainOrderId, sales_source AS salesSource
         FROM orders WHERE merchant_id = ? AND order_id = ?`,
    )
    .get(merchantId, orderId) as OrderDetailRow | undefined;
}

export interface ContentOrigin {
  accountId: string;
  contentType: string;
  /** the latest views row's day: attribution reads the content's account from it */
  day: string;
  viewDays: number;
}

/** The account and type of a content, from its latest views row, as attribution reads them. */
export function contentOrigin(db: Db, merchantId: number, contentId: string): ContentOrigin | undefined {
  if (contentId === "") return undefined;
  return db.$client
    .prepare(
      `SELECT account_id AS accountId, content_type AS contentType, day,
              (SELECT COUNT(*) FROM views w WHERE w.merchant_id = v.merchant_id AND w.content_id = v.content_id) AS viewDays
         FROM views v WHERE merchant_id = ? AND content_id = ? ORDER BY day DESC LIMIT 1`,
    )
    .get(merchantId, contentId) as ContentOrigin | undefined;
}
