// The last day a merchant has any rollup row for (any pillar), up to an as-of day: where every
// pillar's history ends, so a pillar that sold nothing lately ends in zeros, not early.
import { and, eq, lte, max, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { pillarDay } from "../../../db/schema";

export function lastDataDay(db: Db, q: { merchantId: number; asOf?: string }): string | null {
  const where: SQL[] = [eq(pillarDay.merchantId, q.merchantId)];
  if (q.asOf) where.push(lte(pillarDay.day, q.asOf));
  const row = db.select({ last: max(pillarDay.day) }).from(pillarDay).where(and(...where)).get();
  return row?.last ?? null;
}
