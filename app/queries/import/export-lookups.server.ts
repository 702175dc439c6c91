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

/** Who sold the batch's orders of each account (shop, alliance), for the warning about unknown 达人ID. */
export function salesSourcesOfAccounts(db: Db, merchantId: number, batchId: number, accountIds: readonly string[]): Map<string, string[]> {
  const stmt = db.$client.prepare(
    "SELECT DISTINCT sales_source FROM orders WHERE merchant_id = ? AND batch_id = ? AND account_id = ? AND sales_source <> '' ORDER BY sales_source",
  );
  return new Map(accountIds.map((id) => [id, (stmt.all(merchantId, batchId, id) as { sales_source: string }[]).map((r) => r.sales_source)]));
}
