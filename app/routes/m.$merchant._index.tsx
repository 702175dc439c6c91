// The merchant overview: KPIs with their change, daily GMV by pillar, pillar mix, the funnel.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PillarStackChart } from "~/components/charts/pillar-stack-chart";
import { DateRangeFilter } from "~/components/date-range";
import { FunnelCompact } from "~/components/funnel-compact";
import { KpiCard } from "~/components/kpi-card";
import { PillarFilter } from "~/components/pillar-filter";
import { PillarMix } from "~/components/pillar-mix";
import { formatCount, formatMoney, formatPercent } from "~/domain/money";
import { PILLAR_COLORS, PILLAR_NAMES, PILLARS } from "~/domain/pillars";
import { pillarsFromSearch } from "~/domain/range";
import { overview } from "~/services/overview.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const url = new URL(request.url);
  const range = rangeFromUrl(db, merchant, url);
  const pillars = pillarsFromSearch(url.searchParams.get("pillars"));
  return {
    merchant: shownMerchant(merchant),
    range,
    pillars,
    overview: overview(db, merchant, range, pillars),
  };
}

const PILLAR_PATH = { F: "field", A: "alliance", C: "campaign", T: "top-kol", S: "shelf" } as const;

export default function Overview() {
  const { merchant, range, pillars, overview: o } = useLoaderData<typeof loader>();
  const money = (v: number | null) => formatMoney(v, merchant.currency);
  const base = `/m/${merchant.slug}`;
  const q = `?from=${range.from}&to=${range.to}`;
  if (!range.span) {
    return (
      <div className="stack">
        <div className="page-header">
          <h1>{merchant.name}</h1>
        </div>
        <div className="card empty">
          <h2>No sales data yet</h2>
          <p>
            Import orders, content views and reviews to see where sales come from.{" "}
            <Link to={`${base}/import`}>Go to import</Link>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>Overview</h1>
          <div className="sub">
            {range.from} → {range.to} · compared with {range.previous.from} → {range.previous.to} · days in {merchant.timezone}
            {pillars.length ? ` · only ${pillars.map((p) => PILLAR_NAMES[p]).join(", ")}` : ""}
          </div>
        </div>
        <DateRangeFilter from={range.from} to={range.to} preset={range.preset}>
          <PillarFilter selected={pillars} />
        </DateRangeFilter>
      </div>

      <div className="grid cols-5">
        <KpiCard label="GMV" value={money(o.kpis.gmv.current)} previous={money(o.kpis.gmv.previous)} change={o.kpis.gmv.change} hint="Sum of gmv over orders that were not cancelled" />
        <KpiCard label="Net GMV" value={money(o.kpis.net_gmv.current)} previous={money(o.kpis.net_gmv.previous)} change={o.kpis.net_gmv.change} hint="GMV minus refunds" />
        <KpiCard label="Orders" value={formatCount(o.kpis.orders.current)} previous={formatCount(o.kpis.orders.previous)} change={o.kpis.orders.change} hint="Orders that were not cancelled" />
        <KpiCard label="Buyers" value={formatCount(o.kpis.buyers.current)} previous={formatCount(o.kpis.buyers.previous)} change={o.kpis.buyers.change} hint="Distinct buyers of those orders" />
        <KpiCard label="AOV" value={money(o.kpis.aov.current)} previous={money(o.kpis.aov.previous)} change={o.kpis.aov.change} hint="GMV ÷ orders" />
      </div>

      <div className="grid wide-left">
        <div className="card">
          <div className="card-head">
            <h2>Daily GMV by pillar</h2>
            <div className="legend">
              {PILLARS.map((p) => (
                <span key={p}>
                  <i style={{ background: PILLAR_COLORS[p] }} />
                  {p} {PILLAR_NAMES[p]}
                </span>
              ))}
            </div>
          </div>
          <PillarStackChart data={o.daily} currency={merchant.currency} />
        </div>
        <div className="card">
          <div className="card-head">
            <h2>Pillar mix</h2>
            <Link className="hint" to={`${base}/fact${q}`}>
              Details →
            </Link>
          </div>
          <PillarMix mix={o.mix} currency={merchant.currency} linkFor={(p) => `${base}/fact/${PILLAR_PATH[p]}${q}`} />
        </div>
      </div>

      <div className="grid cols-2">
        <div className="card">
          <div className="card-head">
            <h2>Infinity funnel</h2>
            <span className="hint">
              overall conversion {formatPercent(o.overallConversion, 3)} · <Link to={`${base}/phases${q}`}>loop →</Link>
            </span>
          </div>
          <FunnelCompact steps={o.funnel} />
        </div>
        <div className="card">
          <div className="card-head">
            <h2>Where these numbers come from</h2>
          </div>
          <ul className="muted" style={{ margin: 0, paddingLeft: 18, lineHeight: 1.7 }}>
            <li>GMV sums orders paid in the period that were not cancelled; net GMV subtracts refunds.</li>
            <li>Each order sits in one pillar: the first matching rule of Campaign, Field, Top-KOL, Alliance, Shelf (see Settings).</li>
            <li>Funnel phases: impressions → likes, comments and follows → product clicks → orders → kept orders → shares and media reviews.</li>
            <li>
              The same figures come from <code>npx factloop report fact --merchant {merchant.slug} --from {range.from} --to {range.to} --split pillar</code>.
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}
