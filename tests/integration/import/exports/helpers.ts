// Sums the tests check after an import: from the rollups the pages read.
import type { Db } from "../../../../db/client";

export function totals(db: Db) {
  return db.$client.prepare("SELECT SUM(gmv) AS gmv, SUM(refunds) AS refunds, SUM(orders) AS orders FROM pillar_day").get();
}

export function byPillar(db: Db) {
  return db.$client
    .prepare("SELECT pillar, SUM(gmv) AS gmv, SUM(refunds) AS refunds, SUM(orders) AS orders FROM pillar_day GROUP BY pillar HAVING SUM(orders) > 0 ORDER BY pillar")
    .all();
}

export function byDay(db: Db) {
  return db.$client
    .prepare("SELECT day, SUM(gmv) AS gmv, SUM(refunds) AS refunds, SUM(orders) AS orders FROM pillar_day GROUP BY day HAVING SUM(orders) > 0 ORDER BY day")
    .all();
}
