// Seeding and harvesting inputs per pillar and month, from the pillar rollup.
import type { Db } from "../../../db/client";

export interface PillarMonth {
  month: string;
  pillar: string;
  views: number;
  interactions: number;
  interest: number;
  gmv: number;
}

export function pillarMonths(db: Db, q: { merchantId: number; from: string; to: string }): PillarMonth[] {
  return db.$client
    .prepare(
      `SELECT substr(day, 1, 7) AS month, pillar, SUM(views) AS views,
              SUM(likes + comments + shares + follows) AS interactions, SUM(product_clicks + cart_adds) AS interest, SUM(gmv) AS gmv
         FROM pillar_day WHERE merchant_id = ? AND day BETWEEN ? AND ?
        GROUP BY month, pillar ORDER BY month, pillar`,
    )
    .all(q.merchantId, q.from, q.to) as PillarMonth[];
}
