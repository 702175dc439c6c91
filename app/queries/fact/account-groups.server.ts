// GMV and orders per (names a campaign or not, attributed account) over all of a merchant's
// data: enough to re-attribute every order in memory for a settings preview.
import type { Db } from "../../../db/client";
import type { AccountGroup } from "../../domain/fact/preview";

export function accountGroups(db: Db, merchantId: number): AccountGroup[] {
  const rows = db.$client
    .prepare(
      `SELECT campaign_id <> '' AS withCampaign, account_id AS accountId, SUM(gmv) AS gmv, SUM(orders) AS orders
         FROM segment_day WHERE merchant_id = ?
        GROUP BY campaign_id <> '', account_id`,
    )
    .all(merchantId) as { withCampaign: number; accountId: string; gmv: number; orders: number }[];
  return rows.map((r) => ({ withCampaign: r.withCampaign === 1, accountId: r.accountId, gmv: r.gmv, orders: r.orders }));
}
