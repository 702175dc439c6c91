// The FACT overview: per pillar GMV, net GMV, orders and share with their change, the trend by
// day or week, steadiness of each pillar and the mix against the merchant's target.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { PillarStackChart } from "~/components/charts/pillar-stack-chart";
import { DataTable } from "~/components/data-table";
import { CliHint, FactHeader } from "~/components/fact/fact-header";
import { exportLinks, ordersHref, PILLAR_PATH } from "~/components/fact/links";
import { MixTarget } from "~/components/fact/mix-target";
import { reportColumns } from "~/components/fact/report-columns";
import { ON_TARGET } from "~/domain/fact/mix";
import { PILLAR_SUMMARY_COLUMNS } from "~/domain/fact/tables";
import { formatChange, formatCount, formatMoney, formatPercent } from "~/domain/money";
import { PILLAR_COLORS, PILLAR_NAMES, PILLARS, type Pillar } from "~/domain/pillars";
import { factOverview } from "~/services/fact/overview.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const url = new URL(request.url);
  const range = rangeFromUrl(db, merchant, url);
  const by = url.searchParams.get("by") === "week" ? "week" : "day";
  return {
    merchant: shownMerchant(merchant),
    range,
    by,
    overview: factOverview(db, merchant, range, by),
  } as const;
}

const EXPECTED: Record<Pillar, string> = {
  F: "should be steady",
  A: "should be steady",
  C: "bursty by design",
  T: "bursty by design",
  S: "should be steady",
};

export default function FactOverview() {
  const { merchant, range, by, overview: o } = useLoaderData<typeof loader>();
  const location = useLocation();
  const base = `/m/${merchant.slug}`;
  const q = `?from=${range.from}&to=${range.to}`;
  const money = (v: number | null) => formatMoney(v, merchant.currency);
  const withBy = (b: string) => {
    const p = new URLSearchParams(location.search);
    p.set("by", b);
    return `${location.pathname}?${p.toString()}`;
  };

  if (!range.span) {
    return (
      <div className="stack">
        <FactHeader title="FACT+ pillar mix" range={range} timezone={merchant.timezone} />
        <div className="card empty">
          <h2>No sales data yet</h2>
          <p>
            Import orders and content views to see where sales come from. <Link to={`${base}/import`}>Go to import</Link>
          </p>
        </div>
      </div>
    );
  }

  const columns = reportColumns(PILLAR_SUMMARY_COLUMNS, {
    currency: merchant.currency,
    render: {
      pillar: (r) =>
        r.pillar === "ALL" ? <strong>ALL</strong> : <span className={`pill ${r.pillar}`}>{String(r.pillar)}</span>,
      name: (r, text) => (r.pillar === "ALL" ? text : <Link to={`${base}/fact/${PILLAR_PATH[r.pillar as Pillar]}${q}`}>{text}</Link>),
      gmv: (r, text) => <Link to={ordersHref(merchant.slug, { from: range.from, to: range.to, pillar: r.pillar as Pillar | "ALL" })}>{text}</Link>,
      orders: (r, text) => <Link to={ordersHref(merchant.slug, { from: range.from, to: range.to, pillar: r.pillar as Pillar | "ALL" })}>{text}</Link>,
      gmv_change: (r) => formatChange(r.gmv_change as number | null),
    },
  });

  return (
    <div className="stack">
      <FactHeader title="FACT+ pillar mix" range={range} timezone={merchant.timezone} />

      <div className="grid cols-5">
        {PILLARS.map((p) => {
          const k = o.kpis[p];
          const s = o.steadiness.find((x) => x.pillar === p)!;
          const dir = k.gmv.change === null || k.gmv.change === 0 ? "" : k.gmv.change > 0 ? "up" : "down";
          return (
            <div className="card kpi pillar-card" key={p} data-pillar-card={p} style={{ borderTopColor: PILLAR_COLORS[p] }}>
              <div className="label">
                <Link to={`${base}/fact/${PILLAR_PATH[p]}${q}`}>
                  <span className={`pill ${p}`}>{p}</span> {PILLAR_NAMES[p]}
                </Link>
                <span>{formatPercent(k.gmv_share.current)}</span>
              </div>
              <div className="value">
                <Link to={ordersHref(merchant.slug, { from: range.from, to: range.to, pillar: p })} data-pillar-gmv={p} title="See the orders behind this figure">
                  {money(k.gmv.current)}
                </Link>
              </div>
              <div className={`delta ${dir}`}>
                {formatChange(k.gmv.change)} <span className="prev">vs {money(k.gmv.previous)}</span>
              </div>
              <div className="small muted" style={{ marginTop: 6 }}>
                {formatCount(k.orders.current)} orders · net {money(k.net_gmv.current)}
              </div>
              <div className="small" style={{ marginTop: 4 }} title="Coefficient of variation of daily GMV">
                CV {s.cv === null ? "—" : s.cv.toFixed(2)} · <span className={s.label === "steady" ? "good" : s.label === "bursty" ? "warn" : "muted"}>{s.label ?? "no sales"}</span>
              </div>
            </div>
          );
        })}
      </div>

      <div className="grid wide-left">
        <div className="card">
          <div className="card-head">
            <h2>GMV by pillar, {by === "week" ? "weekly" : "daily"}</h2>
            <div className="presets" role="group" aria-label="Trend grouping">
              <Link to={withBy("day")} className={by === "day" ? "active" : ""}>
                Day
              </Link>
              <Link to={withBy("week")} className={by === "week" ? "active" : ""}>
                Week
              </Link>
            </div>
          </div>
          <PillarStackChart data={o.chart.map(({ period, ...rest }) => ({ day: period, ...rest }))} currency={merchant.currency} />
        </div>
        <div className="card">
          <div className="card-head">
            <h2>Mix against target</h2>
            <Link className="hint" to={`${base}/settings`}>
              Edit target →
            </Link>
          </div>
          <MixTarget mix={o.mix} onTarget={ON_TARGET} linkFor={(p) => ordersHref(merchant.slug, { from: range.from, to: range.to, pillar: p })} />
          <p className="small muted" style={{ marginBottom: 0 }}>
            Bar: actual share of GMV; line: target. Within {ON_TARGET * 100} points counts as on target.
          </p>
        </div>
      </div>

      <div className="card">
        <div className="card-head">
          <h2>Pillars</h2>
          <span className="hint">GMV and orders open the orders behind them</span>
        </div>
        <DataTable
          label="Pillar summary"
          columns={columns}
          data={o.summary}
          pageSize={10}
          initialHidden={["target_share"]}
          exportLinks={exportLinks(merchant.slug, "summary", { from: range.from, to: range.to })}
          getRowId={(r) => String(r.pillar)}
        />
        <CliHint slug={merchant.slug} from={range.from} to={range.to} split="pillar" />
      </div>

      <div className="grid cols-2">
        <div className="card">
          <div className="card-head">
            <h2>Steadiness</h2>
            <span className="hint">coefficient of variation of daily GMV</span>
          </div>
          <table className="data">
            <thead>
              <tr>
                <th>Pillar</th>
                <th className="num">CV</th>
                <th>Reads as</th>
                <th>Expected</th>
              </tr>
            </thead>
            <tbody>
              {o.steadiness.map((s) => (
                <tr key={s.pillar} data-steadiness={s.pillar}>
                  <td>
                    <span className={`pill ${s.pillar}`}>{s.pillar}</span> {PILLAR_NAMES[s.pillar]}
                  </td>
                  <td className="num">{s.cv === null ? "—" : s.cv.toFixed(2)}</td>
                  <td>{s.label ?? "no sales"}</td>
                  <td className="muted">{EXPECTED[s.pillar]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="small muted" style={{ marginBottom: 0 }}>
            Population standard deviation of daily GMV ÷ its mean, every day of the period counted (days without sales as 0). Below 0.35 reads as steady, 0.75 and above as bursty.
          </p>
        </div>
        <div className="card">
          <div className="card-head">
            <h2>Trend table</h2>
          </div>
          <p className="muted" style={{ marginTop: 0 }}>
            GMV, net GMV, refunds, orders, AOV and share per pillar for each {by}, as the chart draws it.
          </p>
          <div className="row">
            {exportLinks(merchant.slug, "trend", { from: range.from, to: range.to, by }).map((l) => (
              <a key={l.href} className="btn" href={l.href} download>
                Download {l.label}
              </a>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
