// The FACT overview: per pillar GMV, net GMV, orders and share with their change, the trend by
// day or week, steadiness of each pillar and the mix against the merchant's target.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { useFormat } from "~/components/use-format";
import { pageTitle } from "~/i18n/t";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/components/link";
import { PillarStackChart } from "~/components/charts/pillar-stack-chart";
import { DataTable } from "~/components/data-table";
import { CliHint, FactHeader } from "~/components/fact/fact-header";
import { exportLinks, ordersHref, PILLAR_PATH } from "~/components/fact/links";
import { MixTarget } from "~/components/fact/mix-target";
import { useReportColumns } from "~/components/fact/report-columns";
import { ON_TARGET } from "~/domain/fact/mix";
import { PILLAR_SUMMARY_COLUMNS } from "~/domain/fact/tables";
import { PILLAR_COLORS, PILLARS, type Pillar } from "~/domain/pillars";
import { factOverview } from "~/services/fact/overview.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { forDataVersion } from "~/services/data-cache.server";
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
    // the page draws the trend from `chart`; the per-pillar trend rows are the export's
    overview: forDataVersion(db, merchant, ["fact", range, by], () => {
      const { trend: _trend, ...shown } = factOverview(db, merchant, range, by);
      return shown;
    }),
  } as const;
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("nav.pillarMix"));

export { RouteErrorBoundary as ErrorBoundary };

const BURSTY_BY_DESIGN: Record<Pillar, boolean> = { F: false, A: false, C: true, T: true, S: false };

const STEADINESS_KEY = { steady: "fact.steady", bursty: "fact.bursty", variable: "fact.between" } as const;

export default function FactOverview() {
  const { merchant, range, by, overview: o } = useLoaderData<typeof loader>();
  const location = useLocation();
  const { t } = useTranslation();
  const f = useFormat();
  const base = `/m/${merchant.slug}`;
  const q = `?from=${range.from}&to=${range.to}`;
  const money = (v: number | null) => f.money(v, merchant.currency);
  const steadiness = (label: string | null) => (label === null ? t("common.noSales") : label in STEADINESS_KEY ? t(STEADINESS_KEY[label as keyof typeof STEADINESS_KEY]) : label);
  const withBy = (b: string) => {
    const p = new URLSearchParams(location.search);
    p.set("by", b);
    return `${location.pathname}?${p.toString()}`;
  };

  const columns = useReportColumns(PILLAR_SUMMARY_COLUMNS, {
    currency: merchant.currency,
    render: {
      pillar: (r) =>
        r.pillar === "ALL" ? <strong>ALL</strong> : <span className={`pill ${r.pillar}`}>{String(r.pillar)}</span>,
      gmv: (r, text) => <Link to={ordersHref(merchant.slug, { from: range.from, to: range.to, pillar: r.pillar as Pillar | "ALL" })}>{text}</Link>,
      orders: (r, text) => <Link to={ordersHref(merchant.slug, { from: range.from, to: range.to, pillar: r.pillar as Pillar | "ALL" })}>{text}</Link>,
      // the column names its pillar in the page's words (words: "pillar")
      name: (r, text) => (r.pillar === "ALL" ? text : <Link to={`${base}/fact/${PILLAR_PATH[r.pillar as Pillar]}${q}`}>{text}</Link>),
      gmv_change: (r) => (range.previousBeforeData ? t("common.beforeData") : f.change(r.gmv_change as number | null)),
    },
  });

  if (!range.span) {
    return (
      <div className="stack">
        <FactHeader title={t("fact.mixTitle")} range={range} timezone={merchant.timezone} />
        <div className="card empty">
          <h2>{t("fact.empty")}</h2>
          <p>
            {t("fact.emptyText")} <Link to={`${base}/import`}>{t("overview.goImport")}</Link>
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="stack">
      <FactHeader title={t("fact.mixTitle")} range={range} timezone={merchant.timezone} />

      <div className="grid cols-5">
        {PILLARS.map((p) => {
          const k = o.kpis[p];
          const s = o.steadiness.find((x) => x.pillar === p)!;
          const dir = k.gmv.change === null || k.gmv.change === 0 ? "" : k.gmv.change > 0 ? "up" : "down";
          return (
            <div className="card kpi pillar-card" key={p} data-pillar-card={p} style={{ borderTopColor: PILLAR_COLORS[p] }}>
              <div className="label">
                <Link to={`${base}/fact/${PILLAR_PATH[p]}${q}`}>
                  <span className={`pill ${p}`}>{p}</span> {t(`pillar.name.${p}`)}
                </Link>
                <span>{f.percent(k.gmv_share.current)}</span>
              </div>
              <div className="value">
                <Link to={ordersHref(merchant.slug, { from: range.from, to: range.to, pillar: p })} data-pillar-gmv={p} title={t("common.seeOrders")}>
                  {money(k.gmv.current)}
                </Link>
              </div>
              <div className={`delta ${dir}`}>
                {range.previousBeforeData ? t("common.beforeData") : f.change(k.gmv.change)} <span className="prev">{t("common.vs", { value: money(k.gmv.previous) })}</span>
              </div>
              <div className="small muted" style={{ marginTop: 6 }}>
                {t("fact.ordersNet", { orders: f.count(k.orders.current), net: money(k.net_gmv.current) })}
              </div>
              <div className="small" style={{ marginTop: 4 }} title={t("fact.cvTitle")}>
                CV {f.decimal(s.cv)} · <span className={s.label === "steady" ? "good" : s.label === "bursty" ? "warn" : "muted"}>{steadiness(s.label)}</span>
              </div>
            </div>
          );
        })}
      </div>

      <div className="grid wide-left">
        <div className="card">
          <div className="card-head">
            <h2>{by === "week" ? t("fact.trendWeekly") : t("fact.trendDaily")}</h2>
            <div className="presets" role="group" aria-label={t("fact.grouping")}>
              <Link to={withBy("day")} className={by === "day" ? "active" : ""}>
                {t("common.day")}
              </Link>
              <Link to={withBy("week")} className={by === "week" ? "active" : ""}>
                {t("common.week")}
              </Link>
            </div>
          </div>
          <PillarStackChart data={o.chart.map(({ period, ...rest }) => ({ day: period, ...rest }))} currency={merchant.currency} caption={by === "week" ? t("fact.trendWeekly") : t("fact.trendDaily")} />
        </div>
        <div className="card">
          <div className="card-head">
            <h2>{t("fact.mixTarget")}</h2>
            <Link className="hint" to={`${base}/settings`}>
              {t("fact.editTarget")}
            </Link>
          </div>
          <MixTarget mix={o.mix} onTarget={ON_TARGET} linkFor={(p) => ordersHref(merchant.slug, { from: range.from, to: range.to, pillar: p })} />
          <p className="small muted" style={{ marginBottom: 0 }}>
            {t("fact.mixNote", { n: ON_TARGET * 100 })}
          </p>
        </div>
      </div>

      <div className="card">
        <div className="card-head">
          <h2>{t("fact.pillars")}</h2>
          <span className="hint">{t("fact.pillarsHint")}</span>
        </div>
        <DataTable
          label={t("fact.summary")}
          columns={columns}
          data={o.summary}
          pageSize={10}
          initialHidden={["target_share"]}
          exportLinks={exportLinks(merchant.slug, "summary", { from: range.from, to: range.to }, f.locale)}
          getRowId={(r) => String(r.pillar)}
        />
        <CliHint slug={merchant.slug} from={range.from} to={range.to} split="pillar" />
      </div>

      <div className="grid cols-2">
        <div className="card">
          <div className="card-head">
            <h2>{t("fact.steadiness")}</h2>
            <span className="hint">{t("fact.steadinessHint")}</span>
          </div>
          <table className="data">
            <thead>
              <tr>
                <th>{t("mix.pillar")}</th>
                <th className="num">CV</th>
                <th>{t("fact.readsAs")}</th>
                <th>{t("fact.expected")}</th>
              </tr>
            </thead>
            <tbody>
              {o.steadiness.map((s) => (
                <tr key={s.pillar} data-steadiness={s.pillar}>
                  <td>
                    <span className={`pill ${s.pillar}`}>{s.pillar}</span> {t(`pillar.name.${s.pillar}`)}
                  </td>
                  <td className="num">{f.decimal(s.cv)}</td>
                  <td>{steadiness(s.label)}</td>
                  <td className="muted">{BURSTY_BY_DESIGN[s.pillar] ? t("fact.expectBursty") : t("fact.expectSteady")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="small muted" style={{ marginBottom: 0 }}>
            {t("fact.steadinessNote")}
          </p>
        </div>
        <div className="card">
          <div className="card-head">
            <h2>{t("fact.trendTable")}</h2>
          </div>
          <p className="muted" style={{ marginTop: 0 }}>
            {t("fact.trendTableText")}
          </p>
          <div className="row">
            {exportLinks(merchant.slug, "trend", { from: range.from, to: range.to, by }, f.locale).map((l) => (
              <a key={l.href} className="btn" href={l.href} download>
                {t("common.download", { what: l.label })}
              </a>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
