// Campaigns a merchant named, and the sales that carry each campaign id.
import type { Db } from "../../../db/client";

export interface CampaignEntry {
  campaignId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  kind: string;
  /** hundredths; null when the file gave none */
  budget: number | null;
}

export function listCampaigns(db: Db, merchantId: number): CampaignEntry[] {
  return db.$client
    .prepare(
      `SELECT campaign_id AS campaignId, name, starts_on AS startsOn, ends_on AS endsOn, kind, budget
         FROM campaigns WHERE merchant_id = ? ORDER BY starts_on DESC, campaign_id`,
    )
    .all(merchantId) as CampaignEntry[];
}

export function findCampaign(db: Db, merchantId: number, campaignId: string): CampaignEntry | undefined {
  return db.$client
    .prepare(
      `SELECT campaign_id AS campaignId, name, starts_on AS startsOn, ends_on AS endsOn, kind, budget
         FROM campaigns WHERE merchant_id = ? AND campaign_id = ?`,
    )
    .get(merchantId, campaignId) as CampaignEntry | undefined;
}

export interface CampaignSums {
  campaignId: string;
  gmv: number;
  refunds: number;
  orders: number;
  views: number;
}

/** Sums of the rows that name one campaign, over its own days (the campaign_day rollup). */
export function campaignSums(db: Db, q: { merchantId: number; campaignId: string; from: string; to: string }): CampaignSums {
  const r = db.$client
    .prepare(
      `SELECT COALESCE(SUM(gmv), 0) AS gmv, COALESCE(SUM(refunds), 0) AS refunds, COALESCE(SUM(orders), 0) AS orders,
              COALESCE(SUM(views), 0) AS views
         FROM campaign_day WHERE merchant_id = @merchantId AND campaign_id = @campaignId AND day BETWEEN @from AND @to`,
    )
    .get(q) as Omit<CampaignSums, "campaignId">;
  return { campaignId: q.campaignId, ...r };
}

/** Campaign ids that rows name in a period but no campaigns file describes. */
export function unlistedCampaigns(db: Db, q: { merchantId: number; from: string; to: string }): CampaignSums[] {
  return db.$client
    .prepare(
      `SELECT s.campaign_id AS campaignId, SUM(s.gmv) AS gmv, SUM(s.refunds) AS refunds, SUM(s.orders) AS orders, SUM(s.views) AS views
         FROM campaign_day s
        WHERE s.merchant_id = @merchantId AND s.pillar = 'C' AND s.day BETWEEN @from AND @to
          AND NOT EXISTS (SELECT 1 FROM campaigns c WHERE c.merchant_id = s.merchant_id AND c.campaign_id = s.campaign_id)
        GROUP BY s.campaign_id ORDER BY SUM(s.gmv) DESC`,
    )
    .all(q) as CampaignSums[];
}
