// C Campaign: each campaign with its dates, GMV, orders, budget, ROI, lift against a weekday
// baseline of the 28 days before it, and incremental GMV.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { FactHeader } from "~/components/fact/fact-header";
import { LineTrend } from "~/components/fact/line-trend";
import { exportLinks, ordersHref } from "~/components/fact/links";
import { PillarKpis } from "~/components/fact/pillar-kpis";
import { reportColumns } from "~/components/fact/report-columns";
import { CAMPAIGN_COLUMNS } from "~/domain/fact/tables";
import { formatCount, formatMoney, formatMoneyShort } from "~/domain/money";
import { PILLAR_COLORS } from "~/domain/pillars";
import { campaignPage } from "~/services/fact/campaign.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const range = rangeFromUrl(db, merchant, new URL(request.url));
  return {
    merchant: shownMerchant(merchant),
    range,
    campaign: campaignPage(db, merchant, range),
  };
}

export default function CampaignPage() {
  const { merchant, range, campaign: c } = useLoaderData<typeof loader>();
  const money = (v: number | null) => formatMoney(v, merchant.currency);
  const columns = reportColumns(CAMPAIGN_COLUMNS, {
    currency: merchant.currency,
    render: {
      campaign_id: (r, text) => (
        <Link to={ordersHref(merchant.slug, { from: String(r.starts_on), to: String(r.measured_to ?? r.ends_on), campaign: String(r.campaign_id) })}>{text}</Link>
      ),
      gmv: (r, text) => (
        <Link to={ordersHref(merchant.slug, { from: String(r.starts_on), to: String(r.measured_to ?? r.ends_on), campaign: String(r.campaign_id) })}>{text}</Link>
      ),
      lift: (r, text) => <span className={typeof r.lift === "number" ? (r.lift >= 0 ? "good" : "bad") : "muted"}>{text}</span>,
      incremental_gmv: (r, text) => <span className={typeof r.incremental_gmv === "number" ? (r.incremental_gmv >= 0 ? "good" : "bad") : "muted"}>{text}</span>,
    },
  });
  return (
    <div className="stack">
      <FactHeader pillar="C" range={range} timezone={merchant.timezone} />
      <PillarKpis kpis={c.kpis} currency={merchant.currency} ordersHref={ordersHref(merchant.slug, { from: range.from, to: range.to, pillar: "C" })} />

      <div className="card">
        <div className="card-head">
          <h2>Campaign GMV, daily</h2>
          <span className="hint">orders and views that name a campaign</span>
        </div>
        <LineTrend
          data={c.daily}
          xKey="day"
          height={220}
          series={[{ key: "gmv", label: "Campaign GMV", color: PILLAR_COLORS.C, kind: "bar", format: money }]}
          axisFormat={{ left: (v) => formatMoneyShort(v, merchant.currency) }}
        />
      </div>

      <div className="card">
        <div className="card-head">
          <h2>Campaigns in this period</h2>
          <span className="hint">each measured over its own days</span>
        </div>
        <p className="notice info" data-baseline-note>
          Lift compares the merchant's total GMV per day during a campaign with a baseline: the merchant's GMV on the same weekdays in the {c.baselineDays} days before the campaign
          starts, weighted to the campaign's own mix of weekdays. Incremental GMV = GMV during the campaign − baseline per day × days. A campaign still running is measured up to the
          latest imported day{c.lastDataDay ? ` (${c.lastDataDay})` : ""}. Baseline days before the first imported day are left out; with no baseline for one of the campaign's
          weekdays, lift is blank.
        </p>
        <DataTable
          label="Campaigns"
          columns={columns}
          data={c.campaigns}
          initialSort={[{ id: "starts_on", desc: true }]}
          initialHidden={["kind", "merchant_gmv_per_day", "baseline_days"]}
          exportLinks={exportLinks(merchant.slug, "campaigns", { from: range.from, to: range.to })}
          emptyMessage="No campaign runs in this period."
          getRowId={(r) => String(r.campaign_id)}
        />
        <p className="cli-hint small muted">
          Same GMV and orders per campaign: <code>npx factloop report fact --merchant {merchant.slug} --from STARTS --to MEASURED_TO --split campaign</code>
        </p>
        {c.unlisted.length > 0 ? (
          <div className="notice" style={{ marginTop: 10 }}>
            Orders or views in this period name campaigns that no campaigns file describes (no dates or budget, so no lift or ROI):{" "}
            {c.unlisted.map((u, i) => (
              <span key={u.campaignId}>
                {i > 0 ? ", " : ""}
                <Link to={ordersHref(merchant.slug, { from: range.from, to: range.to, campaign: u.campaignId })}>{u.campaignId}</Link> ({money(u.gmv)}, {formatCount(u.orders)} orders)
              </span>
            ))}
            .
          </div>
        ) : null}
      </div>
    </div>
  );
}
