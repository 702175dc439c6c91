// When each live session started and whose account it was: the earliest paid_at of the live
// content's orders that day (the contract gives a live no start time of its own; views rows
// carry only a date), and the account's name.
import type { Db } from "../../../db/client";

export interface LiveStart {
  day: string;
  contentId: string;
  /** epoch ms of the first counted order of the content that day; null when it sold nothing that day */
  firstOrderAt: number | null;
}

export function liveStarts(db: Db, q: { merchantId: number; from: string; to: string; contentIds: readonly string[] }): LiveStart[] {
  if (q.contentIds.length === 0) return [];
  return db.$client
    .prepare(
      `SELECT o.day AS day, o.content_id AS contentId, MIN(o.paid_at) AS firstOrderAt
         FROM orders o
        WHERE o.merchant_id = ? AND o.pillar = 'F' AND o.day BETWEEN ? AND ? AND o.status <> 'cancelled'
          AND o.content_id IN (SELECT value FROM json_each(?))
        GROUP BY o.day, o.content_id`,
    )
    .all(q.merchantId, q.from, q.to, JSON.stringify(q.contentIds)) as LiveStart[];
}

/** Account names by id (empty names left out). */
export function accountNames(db: Db, merchantId: number, accountIds: readonly string[]): Map<string, string> {
  if (accountIds.length === 0) return new Map();
  const rows = db.$client
    .prepare(`SELECT account_id AS id, name FROM accounts WHERE merchant_id = ? AND name <> '' AND account_id IN (SELECT value FROM json_each(?))`)
    .all(merchantId, JSON.stringify(accountIds)) as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}
