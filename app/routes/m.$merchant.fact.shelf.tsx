// S Shelf: mall and search sales, by channel and over time.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { useFormat } from "~/components/use-format";
import { pageTitle } from "~/i18n/t";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/components/link";
import { DataTable } from "~/components/data-table";
import { CliHint, FactHeader } from "~/components/fact/fact-header";
import { LineTrend } from "~/components/fact/line-trend";
import { exportLinks, ordersHref } from "~/components/fact/links";
import { PillarKpis } from "~/components/fact/pillar-kpis";
import { useReportColumns } from "~/components/fact/report-columns";
import { SHELF_CHANNEL_COLUMNS, SHELF_TREND_COLUMNS } from "~/domain/fact/tables";
import { isChannel } from "~/domain/import/kinds";
import { shelfPage } from "~/services/fact/shelf.server";
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
    shelf: forDataVersion(db, merchant, ["shelf", range, by], () => shelfPage(db, merchant, range, by)),
  } as const;
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("pillar.name.S"));

export { RouteErrorBoundary as ErrorBoundary };

export default function ShelfPage() {
  const { merchant, range, by, shelf: s } = useLoaderData<typeof loader>();
  const location = useLocation();
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => f.money(v, merchant.currency);
  const period = { from: range.from, to: range.to };
  const withBy = (b: string) => {
    const p = new URLSearchParams(location.search);
    p.set("by", b);
    return `${location.pathname}?${p.toString()}`;
  };
  const channelColumns = useReportColumns(SHELF_CHANNEL_COLUMNS, {
    currency: merchant.currency,
    render: {
      channel: (r, text) =>
        isChannel(r.channel) ? <Link to={ordersHref(merchant.slug, { ...period, pillar: "S", channel: String(r.channel) })}>{text}</Link> : text,
      gmv: (r, text) =>
        isChannel(r.channel) ? <Link to={ordersHref(merchant.slug, { ...period, pillar: "S", channel: String(r.channel) })}>{text}</Link> : text,
    },
  });
  const trendColumns = useReportColumns(SHELF_TREND_COLUMNS, {
    currency: merchant.currency,
    render: {
      gmv: (r, text) =>
        by === "day" ? <Link to={ordersHref(merchant.slug, { from: String(r.period), to: String(r.period), pillar: "S" })}>{text}</Link> : text,
    },
  });
  return (
    <div className="stack">
      <FactHeader pillar="S" range={range} timezone={merchant.timezone} />
      <PillarKpis kpis={s.kpis} currency={merchant.currency} ordersHref={ordersHref(merchant.slug, { ...period, pillar: "S" })} previousBeforeData={range.previousBeforeData} />

      <div className="card">
        <div className="card-head">
          <h2>{by === "week" ? t("fact.shelfWeekly") : t("fact.shelfDaily")}</h2>
          <div className="presets" role="group" aria-label={t("fact.grouping")}>
            <Link to={withBy("day")} className={by === "day" ? "active" : ""}>
              {t("common.day")}
            </Link>
            <Link to={withBy("week")} className={by === "week" ? "active" : ""}>
              {t("common.week")}
            </Link>
          </div>
        </div>
        <LineTrend
          data={s.trend}
          xKey="period"
          series={[
            { key: "mall_gmv", label: t("fact.mall"), color: "#1f5f8b", format: money },
            { key: "search_gmv", label: t("fact.search"), color: "#6b5fd3", format: money },
            { key: "other_gmv", label: t("fact.other"), color: "#9aa3b5", format: money },
          ]}
          axisFormat={{ left: (v) => f.moneyShort(v, merchant.currency) }}
          caption={by === "week" ? t("fact.shelfWeekly") : t("fact.shelfDaily")}
        />
      </div>

      <div className="card">
        <div className="card-head">
          <h2>{t("fact.byChannel")}</h2>
          <span className="hint">{t("fact.byChannelHint")}</span>
        </div>
        <DataTable
          label={t("fact.shelfChannels")}
          columns={channelColumns}
          data={s.channels}
          pageSize={10}
          exportLinks={exportLinks(merchant.slug, "shelf-channels", period, f.locale)}
          emptyMessage={t("fact.noShelf")}
          getRowId={(r) => String(r.channel)}
        />
      </div>

      <div className="card">
        <div className="card-head">
          <h2>{t("fact.shelfPer")}</h2>
        </div>
        <DataTable
          label={t("fact.shelfTrend")}
          columns={trendColumns}
          data={s.trend}
          initialSort={[{ id: "period", desc: true }]}
          exportLinks={exportLinks(merchant.slug, "shelf-trend", { ...period, by }, f.locale)}
          getRowId={(r) => String(r.period)}
        />
        <CliHint slug={merchant.slug} from={range.from} to={range.to} split="pillar" />
      </div>
    </div>
  );
}
