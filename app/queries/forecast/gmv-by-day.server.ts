// Daily GMV of a merchant (all pillars, or one) from the pillar_day rollup, up to an as-of day.
import { and, asc, eq, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { pillarDay } from "../../../db/schema";

export interface GmvDay {
  day: string;
  /** hundredths of the merchant's currency */
  gmv: number;
}

export function gmvByDay(db: Db, q: { merchantId: number; pillar?: string; asOf?: string }): GmvDay[] {
  const where: SQL[] = [eq(pillarDay.merchantId, q.merchantId)];
  if (q.pillar) where.push(eq(pillarDay.pillar, q.pillar));
  if (q.asOf) where.push(lte(pillarDay.day, q.asOf));
  return db
    .select({ day: pillarDay.day, gmv: sql<number>`SUM(${pillarDay.gmv})`.mapWith(Number) })
    .from(pillarDay)
    .where(and(...where))
    .groupBy(pillarDay.day)
    .orderBy(asc(pillarDay.day))
    .all();
}
