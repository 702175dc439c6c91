// Deleting a merchant: its rows go with it (most by foreign-key cascade; the rollups and the
// undo journal, which carry no foreign key for speed, by hand), in one transaction.
import type { Db } from "../../db/client";

export function merchantFootprint(db: Db, merchantId: number): { orders: number; gmv: number; views: number; reviews: number; imports: number } {
  const one = <T>(sql: string) => db.$client.prepare(sql).get(merchantId) as T;
  return {
    ...one<{ orders: number; gmv: number }>(
      "SELECT count(*) AS orders, coalesce(sum(CASE WHEN status <> 'cancelled' THEN gmv ELSE 0 END), 0) AS gmv FROM orders WHERE merchant_id = ?",
    ),
    views: one<{ n: number }>("SELECT count(*) AS n FROM views WHERE merchant_id = ?").n,
    reviews: one<{ n: number }>("SELECT count(*) AS n FROM reviews WHERE merchant_id = ?").n,
    imports: one<{ n: number }>("SELECT count(*) AS n FROM import_batches WHERE merchant_id = ?").n,
  };
}

export function deleteMerchantRows(db: Db, merchantId: number): void {
  const c = db.$client;
  c.transaction(() => {
    c.prepare("DELETE FROM import_replaced WHERE batch_id IN (SELECT id FROM import_batches WHERE merchant_id = ?)").run(merchantId);
    c.prepare("DELETE FROM segment_day WHERE merchant_id = ?").run(merchantId);
    c.prepare("DELETE FROM pillar_day WHERE merchant_id = ?").run(merchantId);
    for (const t of ["campaign_day", "account_day", "account_content_day", "account_content_prev_day", "channel_day"]) c.prepare(`DELETE FROM ${t} WHERE merchant_id = ?`).run(merchantId);
    c.prepare("DELETE FROM merchants WHERE id = ?").run(merchantId);
  })();
}
