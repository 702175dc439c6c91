// Shelf sales by channel (mall, search, …), from the channel_day rollup (migration 0006): a
// few rows per day whatever the number of orders.
import type { Db } from "../../../db/client";
import type { Grouping } from "../../domain/time";
import { periodSql } from "../reports/measures-by-period.server";

export interface ChannelRow {
  period: string;
  channel: string;
  gmv: number;
  orders: number;
}

export function shelfByChannel(db: Db, q: { merchantId: number; from: string; to: string; by: Grouping }): ChannelRow[] {
  return db.$client
    .prepare(
      `SELECT ${periodSql(q.by)} AS period, channel, SUM(gmv) AS gmv, SUM(orders) AS orders
         FROM channel_day
        WHERE merchant_id = @merchantId AND day BETWEEN @from AND @to AND pillar = 'S'
        GROUP BY period, channel ORDER BY period, channel`,
    )
    .all({ merchantId: q.merchantId, from: q.from, to: q.to }) as ChannelRow[];
}
