// Sales and reach per attributed account over a period, from the small rollups account_day
// (migration 0006) and account_content_prev_day (migration 0009): rows per account and day, not
// per content, so the page reads as many rows at 10M orders as at 100k (docs/scale.md).
import type { Db } from "../../../db/client";
import { eachDay } from "../../domain/time";

export interface AccountSums {
  accountId: string;
  gmv: number;
  orders: number;
  views: number;
  /** distinct content pieces with a views row or an order in the period */
  contents: number;
  /** GMV and orders of the account that sit in `pillar` (the page's own pillar) */
  pillarGmv: number;
  pillarOrders: number;
}

export function accountSums(
  db: Db,
  q: { merchantId: number; from: string; to: string; pillar: string; accountIds?: readonly string[] },
): AccountSums[] {
  const params: Record<string, unknown> = { merchantId: q.merchantId, from: q.from, to: q.to, pillar: q.pillar };
  let only = "";
  if (q.accountIds) {
    if (q.accountIds.length === 0) return [];
    only = `AND account_id IN (${q.accountIds.map((_, i) => `@a${i}`).join(", ")})`;
    q.accountIds.forEach((a, i) => (params[`a${i}`] = a));
  }
  const sums = db.$client
    .prepare(
      `SELECT account_id AS accountId,
              SUM(gmv) AS gmv, SUM(orders) AS orders, SUM(views) AS views,
              SUM(CASE WHEN pillar = @pillar THEN gmv ELSE 0 END) AS pillarGmv,
              SUM(CASE WHEN pillar = @pillar THEN orders ELSE 0 END) AS pillarOrders
         FROM account_day
        WHERE merchant_id = @merchantId AND day BETWEEN @from AND @to ${only}
        GROUP BY account_id`,
    )
    .all(params) as Omit<AccountSums, "contents">[];
  const contents = contentsByAccount(db, q);
  return sums.map((r) => ({ ...r, contents: contents.get(r.accountId) ?? 0 }));
}

/**
 * Distinct content per account with orders, views or impressions in [from, to] (the accounts'
 * rows of account_content_day), from account_content_prev_day: the contents of day `from`, and
 * of each later day those whose previous active day is before `from` ("" — none — sorts before
 * every day), so each content counts once, on its first day in the period. `accountIds` keeps
 * some accounts only.
 */
export function contentsByAccount(
  db: Db,
  q: { merchantId: number; from: string; to: string; accountIds?: readonly string[] },
): Map<string, number> {
  if (q.accountIds?.length === 0) return new Map();
  // a few named accounts (Top-KOL): their rows only, day by day through the key
  const days = q.accountIds
    ? "day IN (SELECT value FROM json_each(@days)) AND account_id IN (SELECT value FROM json_each(@accounts))"
    : "day BETWEEN @from AND @to";
  const rows = db.$client
    .prepare(
      `SELECT account_id, SUM(contents) FROM account_content_prev_day
        WHERE merchant_id = @merchantId AND ${days} AND (day = @from OR prev_day < @from)
        GROUP BY account_id`,
    )
    .raw()
    .all({
      merchantId: q.merchantId,
      from: q.from,
      ...(q.accountIds ? { days: JSON.stringify(eachDay(q.from, q.to)), accounts: JSON.stringify(q.accountIds) } : { to: q.to }),
    }) as [string, number][];
  return new Map(rows);
}
