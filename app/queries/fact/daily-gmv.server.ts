// The merchant's total GMV per day (all pillars), from the pillar rollup: campaign baselines.
import type { Db } from "../../../db/client";

export function dailyGmv(db: Db, q: { merchantId: number; from: string; to: string }): Map<string, number> {
  const rows = db.$client
    .prepare(
      `SELECT day, SUM(gmv) AS gmv FROM pillar_day
        WHERE merchant_id = @merchantId AND day BETWEEN @from AND @to GROUP BY day`,
    )
    .all(q) as { day: string; gmv: number }[];
  return new Map(rows.map((r) => [r.day, r.gmv]));
}
