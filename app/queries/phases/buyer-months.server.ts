// The months each buyer bought in, for repurchase cohorts: distinct buyer × month of counted
// orders up to a day. Rows are read in the order of the index orders_merchant_buyer (buyer, then
// day), so equal buyer-months arrive together and are folded here without a sort in SQLite.
import type { Db } from "../../../db/client";
import type { BuyerMonth } from "../../domain/cohorts";

export function buyerMonths(db: Db, q: { merchantId: number; through: string }): BuyerMonth[] {
  const rows = db.$client
    .prepare(
      `SELECT buyer_id, substr(day, 1, 7) FROM orders INDEXED BY orders_merchant_buyer
        WHERE merchant_id = @merchantId AND buyer_id > '' AND day <= @through AND status <> 'cancelled'
        ORDER BY buyer_id, day`,
    )
    .raw()
    .iterate(q) as IterableIterator<[string, string]>;
  const out: BuyerMonth[] = [];
  let last: BuyerMonth | null = null;
  for (const [buyer, month] of rows) {
    if (last && last.buyer === buyer && last.month === month) continue;
    out.push((last = { buyer, month }));
  }
  return out;
}
