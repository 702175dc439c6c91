// The merchant overview: KPIs with their change, daily GMV by pillar, pillar mix, the funnel.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { RangeLine, RangeNotices } from "~/components/range-notices";
import { useFormat } from "~/components/use-format";
import { pageTitle } from "~/i18n/t";
import { PillarStackChart } from "~/components/charts/pillar-stack-chart";
import { DateRangeFilter } from "~/components/date-range";
import { FunnelCompact } from "~/components/funnel-compact";
import { KpiCard } from "~/components/kpi-card";
import { PillarFilter } from "~/components/pillar-filter";
import { PillarMix } from "~/components/pillar-mix";
import { PILLAR_COLORS, PILLARS } from "~/domain/pillars";
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

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("overview.title"));

export { RouteErrorBoundary as ErrorBoundary };

const PILLAR_PATH = { F: "field", A: "alliance", C: "campaign", T: "top-kol", S: "shelf" } as const;

export default function Overview() {
  const { merchant, range, pillars, overview: o } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => f.money(v, merchant.currency);
  const base = `/m/${merchant.slug}`;
  const q = `?from=${range.from}&to=${range.to}`;
  if (!range.span) {
    return (
      <div className="stack">
        <div className="page-header">
          <h1>{merchant.name}</h1>
        </div>
        <div className="card empty">
          <h2>{t("overview.empty")}</h2>
          <p>
            {t("overview.emptyText")} <Link to={`${base}/import`}>{t("overview.goImport")}</Link>
          </p>
        </div>
      </div>
    );
  }
  const kpi = (label: string, k: keyof typeof o.kpis, fmt: (v: number | null) => string, hint: string) => {
    const v = o.kpis[k];
    return (
      <KpiCard
        label={label}
        value={fmt(v.current)}
        previous={fmt(v.previous)}
        change={range.previousBeforeData ? null : v.change}
        changeText={range.previousBeforeData ? t("common.beforeData") : undefined}
        hint={range.previousBeforeData ? `${hint}. ${t("common.beforeDataTitle", { first: range.span!.from })}` : hint}
        extra={
          range.lastYear ? (
            <div className="delta small muted" data-yoy={k}>
              {t("common.lastYearShort", { change: f.change(v.lastYearChange) })}
            </div>
          ) : null
        }
      />
    );
  };
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{t("overview.title")}</h1>
          <div className="sub">
            <RangeLine range={range} timezone={merchant.timezone} />
            {pillars.length ? ` · ${t("common.only", { names: pillars.map((p) => t(`pillar.name.${p}`)).join("、") })}` : ""}
          </div>
        </div>
        <DateRangeFilter from={range.from} to={range.to} preset={range.preset}>
          <PillarFilter selected={pillars} />
        </DateRangeFilter>
      </div>
      <RangeNotices range={range} />

      <div className="grid cols-5">
        {kpi(t("kpi.gmv"), "gmv", money, t("kpi.gmvHint"))}
        {kpi(t("kpi.netGmv"), "net_gmv", money, t("kpi.netHint"))}
        {kpi(t("kpi.orders"), "orders", f.count, t("kpi.ordersHint"))}
        {kpi(t("kpi.buyers"), "buyers", f.count, t("kpi.buyersHint"))}
        {kpi(t("kpi.aov"), "aov", money, t("kpi.aovHint"))}
      </div>

      <div className="grid wide-left">
        <div className="card">
          <div className="card-head">
            <h2>{t("overview.daily")}</h2>
            <div className="legend">
              {PILLARS.map((p) => (
                <span key={p}>
                  <i style={{ background: PILLAR_COLORS[p] }} />
                  {p} {t(`pillar.name.${p}`)}
                </span>
              ))}
            </div>
          </div>
          <PillarStackChart data={o.daily} currency={merchant.currency} caption={t("overview.daily")} />
        </div>
        <div className="card">
          <div className="card-head">
            <h2>{t("overview.mix")}</h2>
            <Link className="hint" to={`${base}/fact${q}`}>
              {t("common.details")}
            </Link>
          </div>
          <PillarMix mix={o.mix} currency={merchant.currency} linkFor={(p) => `${base}/fact/${PILLAR_PATH[p]}${q}`} />
        </div>
      </div>

      <div className="grid cols-2">
        <div className="card">
          <div className="card-head">
            <h2>{t("overview.funnel")}</h2>
            <span className="hint">
              {t("overview.overall", { rate: f.percent(o.overallConversion, 3) })} · <Link to={`${base}/phases${q}`}>{t("overview.loopLink")}</Link>
            </span>
          </div>
          <FunnelCompact steps={o.funnel} />
        </div>
        <div className="card">
          <div className="card-head">
            <h2>{t("overview.where")}</h2>
          </div>
          <ul className="muted" style={{ margin: 0, paddingLeft: 18, lineHeight: 1.7 }}>
            <li>{t("overview.where1")}</li>
            <li>{t("overview.where2")}</li>
            <li>{t("overview.where3")}</li>
            <li>
              {t("overview.where4")} <code>npx factloop report fact --merchant {merchant.slug} --from {range.from} --to {range.to} --split pillar</code>
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}
