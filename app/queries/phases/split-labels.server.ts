// Display names for split values a page shows: account names and campaign names by id.
import type { Db } from "../../../db/client";

export function accountNames(db: Db, merchantId: number): Map<string, string> {
  const rows = db.$client
    .prepare("SELECT account_id AS id, name FROM accounts WHERE merchant_id = ? AND name <> ''")
    .all(merchantId) as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function campaignNames(db: Db, merchantId: number): Map<string, string> {
  const rows = db.$client
    .prepare("SELECT campaign_id AS id, name FROM campaigns WHERE merchant_id = ? AND name <> ''")
    .all(merchantId) as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}
