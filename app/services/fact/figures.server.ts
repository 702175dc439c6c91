// The FACT report's figures as the pillar pages need them: the same domain code and rollups as
// `factloop report fact` (services/reports.server.ts), without distinct buyers, which no pillar
// page shows and which would have to be counted from raw orders.
import type { Db } from "../../../db/client";
import type { Measures } from "../../domain/measures";
import { PILLARS, type Pillar } from "../../domain/pillars";
import type { PageRange } from "../../domain/range";
import { change } from "../../domain/ratio";
import { factReportRows } from "../../domain/report/fact-report";
import type { Row } from "../../domain/report/table";
import type { Grouping } from "../../domain/time";
import { measuresByPeriod } from "../../queries/reports/measures-by-period.server";
import type { Kpi } from "../overview.server";
import type { MerchantContext } from "../merchants.server";
import { periodsIn } from "../reports.server";

/** Rows of `report fact --split pillar` for the days and grouping (buyers left at 0). */
export function pillarFigures(db: Db, merchant: MerchantContext, q: { from: string; to: string; by: Grouping }): Row[] {
  const inputs = measuresByPeriod(db, { merchantId: merchant.id, from: q.from, to: q.to, by: q.by, split: "pillar" }).map((r) => {
    const { period, key, ...measures } = r;
    return { period, key, measures: measures as Measures };
  });
  return factReportRows(inputs, new Map(), "pillar", periodsIn(q.from, q.to, q.by));
}

export const num = (v: Row[string] | undefined): number | null => (typeof v === "number" ? v : null);

const KPI_KEYS = ["gmv", "net_gmv", "refunds", "orders", "aov", "gmv_share"] as const;
export type PillarKpiKey = (typeof KPI_KEYS)[number];
export type PillarKpis = Record<PillarKpiKey, Kpi>;

function kpisOf(cur: Row, prev: Row): PillarKpis {
  return Object.fromEntries(
    KPI_KEYS.map((k) => {
      const c = num(cur[k]);
      const p = num(prev[k]);
      return [k, { current: c, previous: p, change: c === null || p === null ? null : change(c, p) }];
    }),
  ) as PillarKpis;
}

export interface PillarTotals {
  /** per pillar and ALL: the period's figures against the previous period's */
  kpis: Record<Pillar | "ALL", PillarKpis>;
  current: Row[];
  previous: Row[];
}

export function pillarTotals(db: Db, merchant: MerchantContext, range: PageRange): PillarTotals {
  const current = pillarFigures(db, merchant, { from: range.from, to: range.to, by: "total" });
  const previous = pillarFigures(db, merchant, { from: range.previous.from, to: range.previous.to, by: "total" });
  const find = (rows: Row[], p: string) => rows.find((r) => r.pillar === p) ?? {};
  const kpis = Object.fromEntries(
    [...PILLARS, "ALL" as const].map((p) => [p, kpisOf(find(current, p), find(previous, p))]),
  ) as Record<Pillar | "ALL", PillarKpis>;
  return { kpis, current, previous };
}

/** Daily GMV of one pillar (every day of the range, zeros included). */
export function pillarDaily(db: Db, merchant: MerchantContext, range: { from: string; to: string }, pillar: Pillar): { day: string; gmv: number; orders: number }[] {
  return pillarFigures(db, merchant, { from: range.from, to: range.to, by: "day" })
    .filter((r) => r.pillar === pillar)
    .map((r) => ({ day: String(r.period), gmv: Number(r.gmv ?? 0), orders: Number(r.orders ?? 0) }));
}
