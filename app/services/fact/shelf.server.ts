// S Shelf: mall and search sales (orders with no account), by channel and over time.
import type { Db } from "../../../db/client";
import type { PageRange } from "../../domain/range";
import { ratio } from "../../domain/ratio";
import type { Row } from "../../domain/report/table";
import { periodOf } from "../../domain/time";
import { shelfByChannel } from "../../queries/fact/shelf-channels.server";
import type { MerchantContext } from "../merchants.server";
import { NONE_KEY } from "../../domain/report/table";
import { periodsIn } from "../reports.server";
import { pillarTotals, type PillarKpis } from "./figures.server";

export type ShelfGrouping = "day" | "week";

export interface ShelfPage {
  kpis: PillarKpis;
  channels: Row[];
  trend: Row[];
}

const bucket = (channel: string) => (channel === "mall" ? "mall_gmv" : channel === "search" ? "search_gmv" : "other_gmv");

export function shelfPage(db: Db, merchant: MerchantContext, range: PageRange, by: ShelfGrouping): ShelfPage {
  const totals = pillarTotals(db, merchant, range);
  // One pass over the Shelf orders by day; channel totals and weeks are summed from it.
  const byDay = shelfByChannel(db, { merchantId: merchant.id, from: range.from, to: range.to, by: "day" });
  const totals_ = new Map<string, { gmv: number; orders: number }>();
  for (const r of byDay) {
    const t = totals_.get(r.channel) ?? { gmv: 0, orders: 0 };
    t.gmv += r.gmv;
    t.orders += r.orders;
    totals_.set(r.channel, t);
  }
  const shelfGmv = [...totals_.values()].reduce((s, r) => s + r.gmv, 0);
  const channels: Row[] = [...totals_.entries()]
    .map(([channel, r]) => ({
      channel: channel === "" ? NONE_KEY : channel,
      gmv: r.gmv,
      orders: r.orders,
      aov: ratio(r.gmv, r.orders),
      gmv_share: ratio(r.gmv, shelfGmv),
    }))
    .sort((a, b) => b.gmv - a.gmv || a.channel.localeCompare(b.channel));

  const trend = new Map<string, Row>(
    periodsIn(range.from, range.to, by).map((p) => [p, { period: p, gmv: 0, orders: 0, mall_gmv: 0, search_gmv: 0, other_gmv: 0 }]),
  );
  for (const r of byDay) {
    const row = trend.get(periodOf(r.period, by));
    if (!row) continue;
    row.gmv = Number(row.gmv) + r.gmv;
    row.orders = Number(row.orders) + r.orders;
    row[bucket(r.channel)] = Number(row[bucket(r.channel)]) + r.gmv;
  }
  return { kpis: totals.kpis.S, channels, trend: [...trend.values()] };
}
