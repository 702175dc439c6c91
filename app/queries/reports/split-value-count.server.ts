// How many split values (campaigns, accounts, content, pillars) a merchant's rollups hold in a
// range: what a report's size is known from before it is built.
import type { Db } from "../../../db/client";
import type { SplitColumn } from "./measures-by-period.server";

const COLUMN: Record<Exclude<SplitColumn, "none">, string> = {
  pillar: "pillar",
  campaign: "campaign_id",
  account: "account_id",
  content: "content_id",
};

export function splitValueCount(db: Db, merchantId: number, from: string, to: string, split: SplitColumn): number | null {
  if (split === "none") return null;
  const row = db.$client
    .prepare(`SELECT count(DISTINCT ${COLUMN[split]}) AS n FROM segment_day WHERE merchant_id = ? AND day BETWEEN ? AND ?`)
    .get(merchantId, from, to) as { n: number };
  return row.n;
}
