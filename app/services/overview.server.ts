// The overview page: headline KPIs with their change, daily GMV by pillar, the pillar mix and a
// compact funnel, all from the same report service the command line prints.
import type { Db } from "../../db/client";
import { PILLARS, type Pillar } from "../domain/pillars";
import { PHASES, type Phase } from "../domain/phases";
import type { PageRange } from "../domain/range";
import { change, ratio } from "../domain/ratio";
import type { Row } from "../domain/report/table";
import { eachDay } from "../domain/time";
import { buildBuyerVisits, buyerVisitsVersion } from "../queries/reports/buyer-visits.server";
import { measuresByPeriod } from "../queries/reports/measures-by-period.server";
import { forDataVersion, storeForDataVersion } from "./data-cache.server";
import type { MerchantContext } from "./merchants.server";
import { rangeFromUrl } from "./page-range.server";
import { factReport, phasesReport } from "./reports.server";

const KPI_KEYS = ["gmv", "net_gmv", "orders", "buyers", "aov"] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

export interface Kpi {
  current: number | null;
  previous: number | null;
  change: number | null;
  /** the same dates a year earlier, and the change against them (null without data then) */
  lastYear: number | null;
  lastYearChange: number | null;
}

export interface Overview {
  kpis: Record<KpiKey, Kpi>;
  daily: ({ day: string } & Record<Pillar, number>)[];
  mix: { pillar: Pillar; gmv: number; share: number | null; orders: number }[];
  funnel: { phase: Phase; value: number; stepRate: number | null; shareOfFirst: number | null }[];
  overallConversion: number | null;
}

const num = (v: Row[string] | undefined): number | null => (typeof v === "number" ? v : null);

type OverviewRange = PageRange & { lastYear?: { from: string; to: string } | null };

/**
 * `pillars` narrows every figure to those pillars (all when empty). The page everyone opens first,
 * many people at once: kept per data version (services/data-cache.server.ts).
 */
export function overview(db: Db, merchant: MerchantContext, range: OverviewRange, pillars: Pillar[] = []): Overview {
  return forDataVersion(db, merchant, overviewKey(range, pillars), () => computeOverview(db, merchant, range, pillars), { stored: true });
}

const overviewKey = (range: OverviewRange, pillars: Pillar[]) => ["overview", range.from, range.to, range.previous, range.lastYear ?? null, pillars];

/**
 * Computes ahead what the overview needs, run after an import by the warm-up (`factloop forecast
 * --warm`): the buyer visits that count distinct buyers of any range without reading orders, then
 * the overview people open first (the default range, every pillar), stored for every worker.
 */
export function warmOverview(db: Db, merchant: MerchantContext): void {
  if (buyerVisitsVersion(db, merchant.id) !== merchant.dataVersion) buildBuyerVisits(db, merchant.id, merchant.dataVersion);
  const range = rangeFromUrl(db, merchant, new URL("http://factloop.invalid/"));
  storeForDataVersion(db, merchant, overviewKey(range, []), () => computeOverview(db, merchant, range, []));
}

function computeOverview(db: Db, merchant: MerchantContext, range: OverviewRange, pillars: Pillar[]): Overview {
  const only = pillars.length ? { pillars } : {};
  // Each figure is asked for once: the period's totals split by pillar (the mix and the KPIs),
  // the earlier periods' totals unsplit (only their KPIs are shown), the daily GMV straight from
  // the rollups (the chart shows nothing else, so no distinct-buyer count per day), the funnel.
  const current = factReport(db, merchant, { from: range.from, to: range.to, by: "total", split: "pillar", ...only });
  const cur = current.rows.find((r) => r.pillar === "ALL") ?? {};
  const total = (from: string, to: string) => factReport(db, merchant, { from, to, by: "total", split: "none", ...only }).rows[0] ?? {};
  const prev = total(range.previous.from, range.previous.to);
  const ly = range.lastYear ? total(range.lastYear.from, range.lastYear.to) : {};
  const kpis = Object.fromEntries(
    KPI_KEYS.map((k) => {
      const c = num(cur[k]);
      const p = num(prev[k]);
      const y = range.lastYear ? num(ly[k]) : null;
      return [k, { current: c, previous: p, change: c === null || p === null ? null : change(c, p), lastYear: y, lastYearChange: c === null || y === null ? null : change(c, y) }];
    }),
  ) as Record<KpiKey, Kpi>;

  const days = new Map<string, { day: string } & Record<Pillar, number>>();
  for (const day of eachDay(range.from, range.to)) days.set(day, { day, F: 0, A: 0, C: 0, T: 0, S: 0 });
  for (const r of measuresByPeriod(db, { merchantId: merchant.id, from: range.from, to: range.to, by: "day", split: "pillar", ...only })) {
    const d = days.get(r.period);
    if (d && (PILLARS as readonly string[]).includes(r.key)) d[r.key as Pillar] = Number(r.gmv ?? 0);
  }

  const mix = PILLARS.map((p) => {
    const r = current.rows.find((x) => x.pillar === p) ?? {};
    return { pillar: p, gmv: Number(r.gmv ?? 0), share: num(r.gmv_share), orders: Number(r.orders ?? 0) };
  });

  const phases = phasesReport(db, merchant, { from: range.from, to: range.to, by: "total", split: "none", ...only }).rows[0] ?? {};
  const first = Number(phases.exploration ?? 0);
  const funnel = PHASES.map((phase, i) => ({
    phase,
    value: Number(phases[phase] ?? 0),
    stepRate: i === 0 ? null : num(phases[`${phase}_rate`]),
    shareOfFirst: ratio(Number(phases[phase] ?? 0), first),
  }));

  return { kpis, daily: [...days.values()], mix, funnel, overallConversion: num(phases.overall_conversion) };
}
