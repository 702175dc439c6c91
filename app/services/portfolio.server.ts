// The portfolio home: every merchant a person may see, side by side for one period, with each
// merchant's position against the median of its visible same-category peers.
import type { Db } from "../../db/client";
import { PILLARS, type Pillar } from "../domain/pillars";
import { peerMedians } from "../domain/portfolio/peer-position";
import { pageRange, type PageRange } from "../domain/range";
import { change } from "../domain/ratio";
import type { Row } from "../domain/report/table";
import { dataSpan } from "../queries/reports/measures-by-period.server";
import { todayIn } from "../domain/time";
import { visibleMerchants } from "./auth/people.server";
import { roleIn } from "./auth/gate.server";
import { forecastGmv } from "./forecast.server";
import { warmForecastsInBackground } from "./forecast-warm.server";
import type { MerchantContext } from "./merchants.server";
import { factReport, phasesReport } from "./reports.server";
import type { Role } from "../domain/auth/roles";

export interface PortfolioRow {
  slug: string;
  name: string;
  category: string;
  currency: string;
  role: Role;
  span: { from: string; to: string } | null;
  gmv: number;
  gmvChange: number | null;
  netGmv: number;
  netGmvChange: number | null;
  mix: { pillar: Pillar; share: number | null }[];
  loopRate: number | null;
  ugcReach: number | null;
  /** Top-KOL's share of GMV: how much the shop leans on head influencers */
  topKolShare: number | null;
  /** expected GMV over the next 28 days after the merchant's latest data, when a forecast can be made */
  forecast28: number | null;
  peers: number;
  /** this merchant's GMV ÷ the median GMV of its visible same-category peers */
  gmvVsPeers: number | null;
  loopRateVsPeers: number | null;
}

export interface Portfolio {
  range: PageRange;
  rows: PortfolioRow[];
}

const num = (v: Row[string] | undefined): number | null => (typeof v === "number" ? v : null);

/**
 * One period for every merchant, so they compare: the preset ends at the latest data day of any
 * visible merchant (or runs from/to as asked).
 */
export function portfolio(db: Db, userId: number, url: URL, options: { forecasts?: boolean } = {}): Portfolio {
  const merchants = visibleMerchants(db, userId);
  const spans = new Map(merchants.map((m) => [m.id, dataSpan(db, m.id)]));
  const anchor =
    [...spans.values()].map((s) => s?.to).filter((d): d is string => !!d).sort().at(-1) ?? todayIn(merchants[0]?.timezone ?? "Asia/Shanghai");
  const search = Object.fromEntries(url.searchParams);
  const range = pageRange(
    {
      from: /^\d{4}-\d{2}-\d{2}$/.test(search.from ?? "") ? search.from : undefined,
      to: /^\d{4}-\d{2}-\d{2}$/.test(search.to ?? "") ? search.to : undefined,
      range: (["7d", "28d", "90d", "365d"] as const).find((r) => r === search.range),
    },
    anchor,
  );
  const rows = merchants.map((m) => merchantRow(db, m, range, roleIn(db, userId, m) ?? "viewer", spans.get(m.id) ?? null, options.forecasts ?? true));
  const gmvPeers = peerMedians(rows.map((r, i) => ({ id: i, category: r.category, value: r.gmv })));
  const loopPeers = peerMedians(rows.map((r, i) => ({ id: i, category: r.category, value: r.loopRate })));
  rows.forEach((r, i) => {
    const g = gmvPeers.get(i)!;
    const l = loopPeers.get(i)!;
    r.peers = g.peers;
    r.gmvVsPeers = g.median ? r.gmv / g.median : null;
    r.loopRateVsPeers = l.median && r.loopRate !== null ? r.loopRate / l.median : null;
  });
  return { range, rows };
}

const warming = new Set<string>();
function warmOnce(db: Db, m: MerchantContext): void {
  const key = `${db.$client.name}:${m.id}:${m.dataVersion}`;
  if (warming.has(key)) return;
  warming.add(key);
  warmForecastsInBackground(db.$client.name, m.slug);
}

function merchantRow(
  db: Db,
  m: MerchantContext,
  range: PageRange,
  role: Role,
  span: { from: string; to: string } | null,
  withForecast: boolean,
): PortfolioRow {
  const cur = factReport(db, m, { from: range.from, to: range.to, by: "total", split: "pillar" });
  const prev = factReport(db, m, { from: range.previous.from, to: range.previous.to, by: "total", split: "pillar" });
  const all = (t: typeof cur) => t.rows.find((r) => r.pillar === "ALL") ?? {};
  const c = all(cur);
  const p = all(prev);
  const phases = phasesReport(db, m, { from: range.from, to: range.to, by: "total", split: "none" }).rows[0] ?? {};
  const gmv = num(c.gmv) ?? 0;
  const netGmv = num(c.net_gmv) ?? 0;
  const pg = num(p.gmv);
  const pn = num(p.net_gmv);
  const mix = PILLARS.map((pillar) => ({ pillar, share: num(cur.rows.find((r) => r.pillar === pillar)?.gmv_share) }));
  let forecast28: number | null = null;
  if (withForecast && span) {
    // the portfolio never waits on a fit: a cold forecast is computed in another process and
    // shows on the next visit
    const f = forecastGmv(db, m, { pillar: "ALL", horizon: 28, level: 80, cachedOnly: true });
    if (f.ok) forecast28 = f.forecast.points.reduce((s, pt) => s + pt.value, 0);
    else warmOnce(db, m);
  }
  return {
    slug: m.slug,
    name: m.name,
    category: m.category,
    currency: m.currency,
    role,
    span,
    gmv,
    gmvChange: pg === null || pg === 0 ? null : change(gmv, pg),
    netGmv,
    netGmvChange: pn === null || pn === 0 ? null : change(netGmv, pn),
    mix,
    loopRate: num(phases.loop_rate),
    ugcReach: num(phases.ugc_reach),
    topKolShare: mix.find((x) => x.pillar === "T")?.share ?? null,
    forecast28,
    peers: 0,
    gmvVsPeers: null,
    loopRateVsPeers: null,
  };
}
