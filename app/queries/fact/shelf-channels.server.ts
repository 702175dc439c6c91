// Shelf sales by channel (mall, search, …). The rollups carry no channel, so this reads the
// Shelf pillar's orders, from the covering index orders_merchant_pillar_channel alone.
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
      `SELECT ${periodSql(q.by)} AS period, channel, SUM(gmv) AS gmv, COUNT(*) AS orders
         FROM orders
        WHERE merchant_id = @merchantId AND day BETWEEN @from AND @to AND pillar = 'S' AND status <> 'cancelled'
        GROUP BY period, channel ORDER BY period, channel`,
    )
    .all({ merchantId: q.merchantId, from: q.from, to: q.to }) as ChannelRow[];
}
