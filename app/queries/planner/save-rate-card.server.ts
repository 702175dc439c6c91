// Saves (replaces) one creator's rate card.
import type { Db } from "../../../db/client";
import { creatorRates } from "../../../db/schema";

export interface RateCardValues {
  liveFee: number | null;
  videoFee: number | null;
  sampleCost: number | null;
  commissionRate: number | null;
  boost: number | null;
}

export function saveRateCard(db: Db, merchantId: number, accountId: string, v: RateCardValues, now = Date.now()): void {
  db.insert(creatorRates)
    .values({ merchantId, accountId, ...v, updatedAt: now })
    .onConflictDoUpdate({ target: [creatorRates.merchantId, creatorRates.accountId], set: { ...v, updatedAt: now } })
    .run();
}
