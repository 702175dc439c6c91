// What reading a platform export looks up: accounts by their 抖音号, order lines by main order.
import type { Db } from "../../../db/client";

/** account_id by handle (抖音号), for the accounts files that gave one. */
export function accountIdsByHandle(db: Db, merchantId: number): Map<string, string> {
  const rows = db.$client
    .prepare("SELECT handle, account_id FROM accounts WHERE merchant_id = ? AND handle <> ''")
    .all(merchantId) as { handle: string; account_id: string }[];
  return new Map(rows.map((r) => [r.handle, r.account_id]));
}

/**
 * The stored order line a review names: the order itself when the id is a line's, else the line of
 * that main order with that product (a review export may give the main order's id).
 */
export function orderLineFinder(db: Db, merchantId: number): (orderId: string, skuId: string) => string | undefined {
  const line = db.$client.prepare("SELECT order_id FROM orders WHERE merchant_id = ? AND order_id = ?").pluck();
  const ofMain = db.$client
    .prepare("SELECT order_id FROM orders WHERE merchant_id = ? AND main_order_id = ? AND (? = '' OR sku_id = ?) ORDER BY order_id LIMIT 1")
    .pluck();
  return (orderId, skuId) =>
    (line.get(merchantId, orderId) as string | undefined) ?? (ofMain.get(merchantId, orderId, skuId, skuId) as string | undefined);
}
