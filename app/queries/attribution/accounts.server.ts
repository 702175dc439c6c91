// What attribution reads: the accounts a merchant named, and each content's account.
import type { Db } from "../../../db/client";
import type { KnownAccount } from "../../domain/pillars";

export function knownAccounts(db: Db, merchantId: number): Map<string, KnownAccount> {
  const rows = db.$client
    .prepare("SELECT account_id, kind, followers FROM accounts WHERE merchant_id = ?")
    .all(merchantId) as { account_id: string; kind: "self" | "creator"; followers: number }[];
  return new Map(rows.map((r) => [r.account_id, { kind: r.kind, followers: r.followers }]));
}

/**
 * Each content's account and type, from its latest views row: an order that names content but
 * no account is attributed to the content's account.
 */
export function contentAccounts(db: Db, merchantId: number): Map<string, { accountId: string; contentType: string }> {
  const rows = db.$client
    .prepare(
      `SELECT content_id, account_id, content_type FROM (
         SELECT content_id, account_id, content_type,
                ROW_NUMBER() OVER (PARTITION BY content_id ORDER BY day DESC) AS rn
           FROM views WHERE merchant_id = ?)
        WHERE rn = 1`,
    )
    .all(merchantId) as { content_id: string; account_id: string; content_type: string }[];
  return new Map(rows.map((r) => [r.content_id, { accountId: r.account_id, contentType: r.content_type }]));
}
