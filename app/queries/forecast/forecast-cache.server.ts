// Cached forecasts, per merchant and request, stamped with the data version they were made from.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { forecastCache } from "../../../db/schema";

export interface CachedForecast {
  dataVersion: number;
  result: string;
  createdAt: number;
}

export function readForecastCache(db: Db, merchantId: number, cacheKey: string): CachedForecast | undefined {
  return db
    .select({ dataVersion: forecastCache.dataVersion, result: forecastCache.result, createdAt: forecastCache.createdAt })
    .from(forecastCache)
    .where(and(eq(forecastCache.merchantId, merchantId), eq(forecastCache.cacheKey, cacheKey)))
    .get();
}

export function writeForecastCache(
  db: Db,
  row: { merchantId: number; cacheKey: string; dataVersion: number; result: string; createdAt: number },
): void {
  db.insert(forecastCache)
    .values(row)
    .onConflictDoUpdate({
      target: [forecastCache.merchantId, forecastCache.cacheKey],
      set: { dataVersion: row.dataVersion, result: row.result, createdAt: row.createdAt },
    })
    .run();
}
