// GMV and orders per (names a campaign or not, attributed account) over all of a merchant's
// data: enough to re-attribute every order in memory for a settings preview.
import type { Db } from "../../../db/client";
import type { AccountGroup } from "../../domain/fact/preview";

export function accountGroups(db: Db, merchantId: number): AccountGroup[] {
  const rows = db.$client
    .prepare(
      `SELECT campaign_id <> '' AS withCampaign, account_id AS accountId, SUM(gmv) AS gmv, SUM(orders) AS orders
         FROM segment_day WHERE merchant_id = ? AND account_id <> ''
        GROUP BY campaign_id <> '', account_id`,
    )
    .all(merchantId) as { withCampaign: number; accountId: string; gmv: number; orders: number }[];
  // orders without an account are split by whether they were sold live, and by whom, which the
  // rollups do not carry
  const none = db.$client
    .prepare(
      `SELECT campaign_id <> '' AS withCampaign, CASE WHEN channel = 'live' THEN sales_source END AS live,
              SUM(gmv) AS gmv, COUNT(*) AS orders
         FROM orders WHERE merchant_id = ? AND attributed_account_id = '' AND status <> 'cancelled'
        GROUP BY 1, 2`,
    )
    .all(merchantId) as { withCampaign: number; live: "shop" | "alliance" | "" | null; gmv: number; orders: number }[];
  return [
    ...rows.map((r) => ({ withCampaign: r.withCampaign === 1, accountId: r.accountId, gmv: r.gmv, orders: r.orders })),
    ...none.map((r) => ({
      withCampaign: r.withCampaign === 1,
      accountId: "",
      ...(r.live === null ? {} : { liveWithoutAccount: r.live }),
      gmv: r.gmv,
      orders: r.orders,
    })),
  ];
}
