// The FACT overview: per pillar GMV, net GMV, orders and share with their change, the trend,
// steadiness of daily GMV and the actual mix against the merchant's target.
import type { Db } from "../../../db/client";
import { mixAgainstTarget, type MixGap } from "../../domain/fact/mix";
import { fillDays, steadiness, steadinessLabel } from "../../domain/fact/steadiness";
import { PILLAR_NAMES, PILLARS, type Pillar } from "../../domain/pillars";
import type { PageRange } from "../../domain/range";
import type { Row } from "../../domain/report/table";
import type { MerchantContext } from "../merchants.server";
import { num, pillarFigures, pillarTotals, type PillarKpis } from "./figures.server";

export type TrendGrouping = "day" | "week";

export interface FactOverview {
  kpis: Record<Pillar | "ALL", PillarKpis>;
  summary: Row[];
  trend: Row[];
  chart: ({ period: string } & Record<Pillar, number>)[];
  steadiness: { pillar: Pillar; cv: number | null; label: ReturnType<typeof steadinessLabel> }[];
  mix: MixGap[];
}

export function factOverview(db: Db, merchant: MerchantContext, range: PageRange, by: TrendGrouping): FactOverview {
  const totals = pillarTotals(db, merchant, range);
  const daily = pillarFigures(db, merchant, { from: range.from, to: range.to, by: "day" });
  const trend = by === "day" ? daily : pillarFigures(db, merchant, { from: range.from, to: range.to, by });

  const cvs = PILLARS.map((pillar) => {
    const values = new Map(daily.filter((r) => r.pillar === pillar).map((r) => [String(r.period), Number(r.gmv ?? 0)]));
    const cv = steadiness(fillDays(range.from, range.to, values));
    return { pillar, cv, label: steadinessLabel(cv) };
  });
  const mix = mixAgainstTarget(
    Object.fromEntries(PILLARS.map((p) => [p, totals.kpis[p].gmv_share.current])) as Record<Pillar, number | null>,
    merchant.settings.targetMix,
  );

  const summary: Row[] = [...PILLARS, "ALL" as const].map((p) => {
    const k = totals.kpis[p];
    const m = p === "ALL" ? undefined : mix.find((x) => x.pillar === p);
    return {
      pillar: p,
      name: p === "ALL" ? "All pillars" : PILLAR_NAMES[p],
      gmv: k.gmv.current,
      net_gmv: k.net_gmv.current,
      orders: k.orders.current,
      gmv_share: k.gmv_share.current,
      previous_gmv: k.gmv.previous,
      gmv_change: k.gmv.change,
      steadiness: p === "ALL" ? steadiness(fillDays(range.from, range.to, allDaily(daily))) : cvs.find((c) => c.pillar === p)!.cv,
      target_share: m ? m.target : null,
      share_gap: m ? m.gap : null,
    };
  });

  const chart = new Map<string, { period: string } & Record<Pillar, number>>();
  for (const r of trend) {
    if (r.pillar === "ALL") continue;
    const period = String(r.period);
    let row = chart.get(period);
    if (!row) chart.set(period, (row = { period, F: 0, A: 0, C: 0, T: 0, S: 0 }));
    row[r.pillar as Pillar] = num(r.gmv) ?? 0;
  }

  return {
    kpis: totals.kpis,
    summary,
    trend: trend.map(({ buyers: _buyers, ...rest }) => rest),
    chart: [...chart.values()],
    steadiness: cvs,
    mix,
  };
}

function allDaily(daily: Row[]): Map<string, number> {
  return new Map(daily.filter((r) => r.pillar === "ALL").map((r) => [String(r.period), Number(r.gmv ?? 0)]));
}
