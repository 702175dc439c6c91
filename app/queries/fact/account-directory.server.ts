// Every account a merchant named in an accounts file: what the talent matrix and Top-KOL list show.
import type { Db } from "../../../db/client";

export interface AccountEntry {
  accountId: string;
  name: string;
  kind: "self" | "creator";
  followers: number;
  category: string;
  commissionRate: number | null;
}

export function accountDirectory(db: Db, merchantId: number): Map<string, AccountEntry> {
  const rows = db.$client
    .prepare(
      `SELECT account_id AS accountId, name, kind, followers, category, commission_rate AS commissionRate
         FROM accounts WHERE merchant_id = ?`,
    )
    .all(merchantId) as AccountEntry[];
  return new Map(rows.map((r) => [r.accountId, r]));
}

export function findAccount(db: Db, merchantId: number, accountId: string): AccountEntry | undefined {
  return db.$client
    .prepare(
      `SELECT account_id AS accountId, name, kind, followers, category, commission_rate AS commissionRate
         FROM accounts WHERE merchant_id = ? AND account_id = ?`,
    )
    .get(merchantId, accountId) as AccountEntry | undefined;
}
