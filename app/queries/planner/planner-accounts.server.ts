// Every account of a merchant with its rate card: the accounts file's fees overridden by the
// planner's own rate card where one was saved.
import type { Db } from "../../../db/client";

export interface PlannerAccount {
  accountId: string;
  name: string;
  handle: string;
  kind: "self" | "creator";
  followers: number;
  category: string;
  /** hundredths; null when neither the file nor the rate card gives one */
  liveFee: number | null;
  videoFee: number | null;
  sampleCost: number | null;
  commissionRate: number | null;
  boost: number | null;
  /** whether the planner's rate card overrides anything */
  hasRateCard: boolean;
}

export function plannerAccounts(db: Db, merchantId: number): PlannerAccount[] {
  const rows = db.$client
    .prepare(
      `SELECT a.account_id AS accountId, a.name, a.handle, a.kind, a.followers, a.category,
              COALESCE(r.live_fee, a.live_fee) AS liveFee, COALESCE(r.video_fee, a.video_fee) AS videoFee,
              COALESCE(r.sample_cost, a.sample_cost) AS sampleCost,
              COALESCE(r.commission_rate, a.commission_rate) AS commissionRate, r.boost AS boost,
              r.account_id IS NOT NULL AS hasRateCard
         FROM accounts a LEFT JOIN creator_rates r ON r.merchant_id = a.merchant_id AND r.account_id = a.account_id
        WHERE a.merchant_id = ?`,
    )
    .all(merchantId) as (Omit<PlannerAccount, "hasRateCard"> & { hasRateCard: number })[];
  return rows.map((r) => ({ ...r, hasRateCard: r.hasRateCard === 1 }));
}
