// What a chunked re-derivation reads besides the rows themselves (docs/decisions/009): the day
// ranges to cut a merchant's data into, and the bookkeeping between chunks.
import type { Db } from "../../../db/client";
import { addDays } from "../../domain/time";
import type { DayRange } from "./rebuild.server";

/**
 * Consecutive day ranges covering every day a merchant has rows (or rollups) on, each holding
 * about `chunkRows` orders, views and reviews rows (a single day may hold more). Counted per day
 * from the day indexes, in time proportional to the rows.
 */
export function chunkDays(db: Db, merchantId: number, chunkRows: number): DayRange[] {
  const perDay = new Map<string, number>();
  for (const table of ["orders", "views", "reviews"]) {
    const rows = db.$client.prepare(`SELECT day, COUNT(*) AS n FROM ${table} WHERE merchant_id = ? GROUP BY day`).all(merchantId) as { day: string; n: number }[];
    for (const r of rows) perDay.set(r.day, (perDay.get(r.day) ?? 0) + r.n);
  }
  // rollup days with no rows left (a rebuild deletes them)
  for (const table of ["pillar_day", "channel_day"]) {
    const r = db.$client.prepare(`SELECT MIN(day) AS f, MAX(day) AS t FROM ${table} WHERE merchant_id = ?`).get(merchantId) as { f: string | null; t: string | null };
    for (const d of [r.f, r.t]) if (d !== null && !perDay.has(d)) perDay.set(d, 0);
  }
  const days = [...perDay.keys()].sort();
  const out: DayRange[] = [];
  let from: string | null = null;
  let rows = 0;
  for (const day of days) {
    from ??= day;
    rows += perDay.get(day)!;
    if (rows >= chunkRows) {
      out.push({ from, to: day });
      from = null;
      rows = 0;
    }
  }
  if (from !== null) out.push({ from, to: days[days.length - 1] });
  // no day between two chunks is left out (a rollup row on a day without rows goes too)
  for (let i = 1; i < out.length; i++) out[i].from = addDays(out[i - 1].to, 1);
  return out;
}

export function dataVersionOf(db: Db, merchantId: number): number {
  return (db.$client.prepare("SELECT data_version FROM merchants WHERE id = ?").pluck().get(merchantId) as number | undefined) ?? -1;
}

/**
 * Orders on a day after the range that a review of the range names, into temp.early_orders
 * (rowids); returns how many. A review is normally written after its order, so this is rare.
 */
export function earlyReviewOrders(db: Db, merchantId: number, range: DayRange): number {
  const c = db.$client;
  c.exec("CREATE TEMP TABLE IF NOT EXISTS early_orders (id INTEGER PRIMARY KEY)");
  c.exec("DELETE FROM temp.early_orders");
  return c
    .prepare(
      `INSERT OR IGNORE INTO temp.early_orders (id)
       SELECT o.rowid FROM reviews r JOIN orders o ON o.merchant_id = r.merchant_id AND o.order_id = r.order_id
        WHERE r.merchant_id = @merchantId AND r.day BETWEEN @from AND @to AND r.order_id <> '' AND o.day > @to`,
    )
    .run({ merchantId, ...range }).changes;
}

/** The accounts whose pillar decision a settings change moves, into temp.changed_account. */
export function loadChangedAccounts(db: Db, accountIds: readonly string[]): void {
  const c = db.$client;
  c.exec("DROP TABLE IF EXISTS temp.changed_account");
  c.exec("CREATE TEMP TABLE changed_account (account_id TEXT PRIMARY KEY) WITHOUT ROWID");
  const insert = c.prepare("INSERT OR IGNORE INTO temp.changed_account VALUES (?)");
  for (const a of accountIds) insert.run(a);
}

export function knownAccountIds(accounts: ReadonlyMap<string, unknown>): string[] {
  return [...accounts.keys()];
}
