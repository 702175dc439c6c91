// S Shelf: mall and search sales (orders with no account), by channel and over time.
import type { Db } from "../../../db/client";
import type { PageRange } from "../../domain/range";
import { ratio } from "../../domain/ratio";
import type { Row } from "../../domain/report/table";
import { shelfByChannel } from "../../queries/fact/shelf-channels.server";
import type { MerchantContext } from "../merchants.server";
import { NONE_KEY, periodsIn } from "../reports.server";
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
  const q = { merchantId: merchant.id, from: range.from, to: range.to };
  const byChannel = shelfByChannel(db, { ...q, by: "total" });
  const shelfGmv = byChannel.reduce((s, r) => s + r.gmv, 0);
  const channels: Row[] = byChannel
    .map((r) => ({
      channel: r.channel === "" ? NONE_KEY : r.channel,
      gmv: r.gmv,
      orders: r.orders,
      aov: ratio(r.gmv, r.orders),
      gmv_share: ratio(r.gmv, shelfGmv),
    }))
    .sort((a, b) => b.gmv - a.gmv);

  const trend = new Map<string, Row>(
    periodsIn(range.from, range.to, by).map((p) => [p, { period: p, gmv: 0, orders: 0, mall_gmv: 0, search_gmv: 0, other_gmv: 0 }]),
  );
  for (const r of shelfByChannel(db, { ...q, by })) {
    const row = trend.get(r.period);
    if (!row) continue;
    row.gmv = Number(row.gmv) + r.gmv;
    row.orders = Number(row.orders) + r.orders;
    row[bucket(r.channel)] = Number(row[bucket(r.channel)]) + r.gmv;
  }
  return { kpis: totals.kpis.S, channels, trend: [...trend.values()] };
}
