// Whose account a live session was: the account's name. (A session's start, its first order's
// paid time that day, comes with the session from segment_day.first_paid_at: field-sessions.server.ts.)
import type { Db } from "../../../db/client";

/** Account names by id (empty names left out). */
export function accountNames(db: Db, merchantId: number, accountIds: readonly string[]): Map<string, string> {
  if (accountIds.length === 0) return new Map();
  const rows = db.$client
    .prepare(`SELECT account_id AS id, name FROM accounts WHERE merchant_id = ? AND name <> '' AND account_id IN (SELECT value FROM json_each(?))`)
    .all(merchantId, JSON.stringify(accountIds)) as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}
