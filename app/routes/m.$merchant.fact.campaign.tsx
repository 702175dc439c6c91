// C Campaign: each campaign with its dates, GMV, orders, budget, ROI, lift against a weekday
// baseline of the 28 days before it, and incremental GMV.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { useFormat } from "~/components/use-format";
import { pageTitle } from "~/i18n/t";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { DataTable } from "~/components/data-table";
import { Value } from "~/components/data-text";
import { FactHeader } from "~/components/fact/fact-header";
import { LineTrend } from "~/components/fact/line-trend";
import { exportLinks, ordersHref } from "~/components/fact/links";
import { PillarKpis } from "~/components/fact/pillar-kpis";
import { useReportColumns } from "~/components/fact/report-columns";
import { CAMPAIGN_COLUMNS } from "~/domain/fact/tables";
import { PILLAR_COLORS } from "~/domain/pillars";
import { campaignPage } from "~/services/fact/campaign.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { forDataVersion } from "~/services/data-cache.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const range = rangeFromUrl(db, merchant, new URL(request.url));
  return {
    merchant: shownMerchant(merchant),
    range,
    campaign: forDataVersion(db, merchant, ["campaign", range], () => campaignPage(db, merchant, range)),
  };
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("pillar.name.C"));

export { RouteErrorBoundary as ErrorBoundary };

export default function CampaignPage() {
  const { merchant, range, campaign: c } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => f.money(v, merchant.currency);
  const columns = useReportColumns(CAMPAIGN_COLUMNS, {
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
      <PillarKpis kpis={c.kpis} currency={merchant.currency} ordersHref={ordersHref(merchant.slug, { from: range.from, to: range.to, pillar: "C" })} previousBeforeData={range.previousBeforeData} />

      <div className="card">
        <div className="card-head">
          <h2>{t("fact.campaignDaily")}</h2>
          <span className="hint">{t("fact.campaignDailyHint")}</span>
        </div>
        <LineTrend
          data={c.daily}
          xKey="day"
          height={220}
          series={[{ key: "gmv", label: t("fact.campaignGmv"), color: PILLAR_COLORS.C, kind: "bar", format: money }]}
          axisFormat={{ left: (v) => f.moneyShort(v, merchant.currency) }}
          caption={t("fact.campaignDaily")}
        />
      </div>

      <div className="card">
        <div className="card-head">
          <h2>{t("fact.campaigns")}</h2>
          <span className="hint">{t("fact.campaignsHint")}</span>
        </div>
        <p className="notice info" data-baseline-note>
          {t("fact.baselineNote", { days: c.baselineDays, last: c.lastDataDay ? ` (${c.lastDataDay})` : "" })}
        </p>
        <DataTable
          label={t("fact.campaignsLabel")}
          columns={columns}
          data={c.campaigns}
          initialSort={[{ id: "starts_on", desc: true }]}
          initialHidden={["kind", "merchant_gmv_per_day", "baseline_days"]}
          exportLinks={exportLinks(merchant.slug, "campaigns", { from: range.from, to: range.to }, f.locale)}
          emptyMessage={t("fact.noCampaigns")}
          getRowId={(r) => String(r.campaign_id)}
        />
        <p className="cli-hint small muted">
          {t("fact.campaignCli")} <code>npx factloop report fact --merchant {merchant.slug} --from STARTS --to MEASURED_TO --split campaign</code>
        </p>
        {c.unlisted.length > 0 ? (
          <div className="notice" style={{ marginTop: 10 }}>
            {t("fact.unlisted")}{" "}
            {c.unlisted.map((u, i) => (
              <span key={u.campaignId}>
                {i > 0 ? ", " : ""}
                <Link to={ordersHref(merchant.slug, { from: range.from, to: range.to, campaign: u.campaignId })}>{u.campaignId}</Link> ({t("fact.unlistedItem", { gmv: money(u.gmv), orders: f.count(u.orders) })})
              </span>
            ))}
            .
          </div>
        ) : null}
      </div>

      <div className="card" data-editions>
        <div className="card-head">
          <h2>{t("editions.title")}</h2>
          <span className="hint">{t("editions.hint")}</span>
        </div>
        {c.editions.length === 0 ? (
          <p className="muted">{t("editions.empty")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data" aria-label={t("editions.label")}>
              <thead>
                <tr>
                  <th>{t("editions.campaign")}</th>
                  <th>{t("editions.previous")}</th>
                  <th className="num">{t("editions.days")}</th>
                  <th className="num">{t("editions.gmv")}</th>
                  <th className="num">{t("editions.previousGmv")}</th>
                  <th className="num">{t("editions.gmvChange")}</th>
                  <th className="num">{t("editions.orders")}</th>
                  <th className="num">{t("editions.previousOrders")}</th>
                  <th className="num">{t("editions.ordersChange")}</th>
                </tr>
              </thead>
              <tbody>
                {c.editions.map((e) => (
                  <tr key={e.campaignId} data-edition={e.campaignId} data-previous={e.previous?.campaignId ?? ""}>
                    <td>
                      <Value>{e.name}</Value>
                      {e.name.includes(e.startsOn.slice(0, 4)) ? null : <span className="muted"> {e.startsOn.slice(0, 4)}</span>}
                    </td>
                    {e.previous ? (
                      <>
                        <td>
                          <Value>{e.previous.name}</Value>{" "}
                          <span className="muted">
                            {e.previous.from} – {e.previous.to}
                          </span>
                        </td>
                        <td className="num">{f.count(e.previous.days)}</td>
                        <td className="num">{money(e.gmv)}</td>
                        <td className="num">{money(e.previous.gmv)}</td>
                        <td className={`num ${e.gmvChange === null ? "muted" : e.gmvChange >= 0 ? "good" : "bad"}`}>{f.change(e.gmvChange)}</td>
                        <td className="num">{f.count(e.orders)}</td>
                        <td className="num">{f.count(e.previous.orders)}</td>
                        <td className={`num ${e.ordersChange === null ? "muted" : e.ordersChange >= 0 ? "good" : "bad"}`}>{f.change(e.ordersChange)}</td>
                      </>
                    ) : (
                      <td colSpan={8} className="muted" data-no-previous>
                        {e.days === 0 ? `${t("editions.none")} · ${t("editions.notStarted")}` : t("editions.none")}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
