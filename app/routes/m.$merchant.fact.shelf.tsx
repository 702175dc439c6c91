// S Shelf: mall and search sales, by channel and over time.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { CliHint, FactHeader } from "~/components/fact/fact-header";
import { LineTrend } from "~/components/fact/line-trend";
import { exportLinks, ordersHref } from "~/components/fact/links";
import { PillarKpis } from "~/components/fact/pillar-kpis";
import { reportColumns } from "~/components/fact/report-columns";
import { SHELF_CHANNEL_COLUMNS, SHELF_TREND_COLUMNS } from "~/domain/fact/tables";
import { formatMoney, formatMoneyShort } from "~/domain/money";
import { shelfPage } from "~/services/fact/shelf.server";
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
    shelf: shelfPage(db, merchant, range, by),
  } as const;
}

const CHANNELS = new Set(["live", "video", "mall", "search", "other"]);

export default function ShelfPage() {
  const { merchant, range, by, shelf: s } = useLoaderData<typeof loader>();
  const location = useLocation();
  const money = (v: number | null) => formatMoney(v, merchant.currency);
  const period = { from: range.from, to: range.to };
  const withBy = (b: string) => {
    const p = new URLSearchParams(location.search);
    p.set("by", b);
    return `${location.pathname}?${p.toString()}`;
  };
  const channelColumns = reportColumns(SHELF_CHANNEL_COLUMNS, {
    currency: merchant.currency,
    render: {
      channel: (r, text) =>
        CHANNELS.has(String(r.channel)) ? <Link to={ordersHref(merchant.slug, { ...period, pillar: "S", channel: String(r.channel) })}>{text}</Link> : text,
      gmv: (r, text) =>
        CHANNELS.has(String(r.channel)) ? <Link to={ordersHref(merchant.slug, { ...period, pillar: "S", channel: String(r.channel) })}>{text}</Link> : text,
    },
  });
  const trendColumns = reportColumns(SHELF_TREND_COLUMNS, {
    currency: merchant.currency,
    render: {
      gmv: (r, text) =>
        by === "day" ? <Link to={ordersHref(merchant.slug, { from: String(r.period), to: String(r.period), pillar: "S" })}>{text}</Link> : text,
    },
  });
  return (
    <div className="stack">
      <FactHeader pillar="S" range={range} timezone={merchant.timezone} />
      <PillarKpis kpis={s.kpis} currency={merchant.currency} ordersHref={ordersHref(merchant.slug, { ...period, pillar: "S" })} />

      <div className="card">
        <div className="card-head">
          <h2>Mall and search GMV, {by === "week" ? "weekly" : "daily"}</h2>
          <div className="presets" role="group" aria-label="Trend grouping">
            <Link to={withBy("day")} className={by === "day" ? "active" : ""}>
              Day
            </Link>
            <Link to={withBy("week")} className={by === "week" ? "active" : ""}>
              Week
            </Link>
          </div>
        </div>
        <LineTrend
          data={s.trend}
          xKey="period"
          series={[
            { key: "mall_gmv", label: "Mall", color: "#29a36a", format: money },
            { key: "search_gmv", label: "Search", color: "#2f5bea", format: money },
            { key: "other_gmv", label: "Other", color: "#9aa3b5", format: money },
          ]}
          axisFormat={{ left: (v) => formatMoneyShort(v, merchant.currency) }}
        />
      </div>

      <div className="card">
        <div className="card-head">
          <h2>By channel</h2>
          <span className="hint">Shelf orders carry no account; the channel is what the order file says</span>
        </div>
        <DataTable
          label="Shelf channels"
          columns={channelColumns}
          data={s.channels}
          pageSize={10}
          exportLinks={exportLinks(merchant.slug, "shelf-channels", period)}
          emptyMessage="No shelf sales in this period."
          getRowId={(r) => String(r.channel)}
        />
      </div>

      <div className="card">
        <div className="card-head">
          <h2>Shelf sales per {by}</h2>
        </div>
        <DataTable
          label="Shelf trend"
          columns={trendColumns}
          data={s.trend}
          initialSort={[{ id: "period", desc: true }]}
          exportLinks={exportLinks(merchant.slug, "shelf-trend", { ...period, by })}
          getRowId={(r) => String(r.period)}
        />
        <CliHint slug={merchant.slug} from={range.from} to={range.to} split="pillar" />
      </div>
    </div>
  );
}
