// What undoing batches would change: the rows they stored, the GMV of their counted orders (not
// cancelled, as the contract counts GMV), and the
// earlier rows that would come back.
import type { Db } from "../../../db/client";
import type { ImportKind } from "../../domain/import/kinds";

const TABLE: Record<ImportKind, string> = {
  accounts: "accounts",
  campaigns: "campaigns",
  views: "views",
  orders: "orders",
  reviews: "reviews",
};

export function batchFootprint(
  db: Db,
  merchantId: number,
  batch: { id: number; kind: ImportKind },
): { rows: number; gmv: number; restored: number } {
  const table = TABLE[batch.kind];
  const rows = (
    db.$client.prepare(`SELECT count(*) AS n FROM ${table} WHERE merchant_id = ? AND batch_id = ?`).get(merchantId, batch.id) as { n: number }
  ).n;
  const gmv =
    batch.kind === "orders"
      ? (db.$client.prepare("SELECT coalesce(sum(gmv), 0) AS g FROM orders WHERE merchant_id = ? AND batch_id = ? AND status <> 'cancelled'").get(merchantId, batch.id) as { g: number }).g
      : 0;
  const restored = (db.$client.prepare("SELECT count(*) AS n FROM import_replaced WHERE batch_id = ?").get(batch.id) as { n: number }).n;
  return { rows, gmv, restored };
}
