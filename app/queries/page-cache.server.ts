// Page figures computed ahead, per merchant and key, stamped with the data version they are of.
import { and, eq, sql } from "drizzle-orm";
import { perConnection, type Db } from "../../db/client";
import { pageCache } from "../../db/schema";

const byKey = perConnection((db) =>
  db
    .select({ result: pageCache.result })
    .from(pageCache)
    .where(and(eq(pageCache.merchantId, sql.placeholder("merchantId")), eq(pageCache.cacheKey, sql.placeholder("cacheKey")), eq(pageCache.dataVersion, sql.placeholder("dataVersion"))))
    .prepare(),
);

/** The stored figures of this key for this data version, as JSON, or undefined. */
export function readPageCache(db: Db, merchantId: number, cacheKey: string, dataVersion: number): string | undefined {
  return byKey(db).get({ merchantId, cacheKey, dataVersion })?.result;
}

export function writePageCache(db: Db, row: { merchantId: number; cacheKey: string; dataVersion: number; result: string; createdAt: number }): void {
  db.insert(pageCache)
    .values(row)
    .onConflictDoUpdate({ target: [pageCache.merchantId, pageCache.cacheKey], set: { dataVersion: row.dataVersion, result: row.result, createdAt: row.createdAt } })
    .run();
}
