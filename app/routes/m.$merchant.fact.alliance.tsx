// A Alliance: the talent matrix with tiers, commission cost and ROI, totals per tier, and how
// concentrated the matrix is.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { useFormat } from "~/components/use-format";
import { pageTitle } from "~/i18n/t";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/components/link";
import { DataTable } from "~/components/data-table";
import { CliHint, FactHeader } from "~/components/fact/fact-header";
import { exportLinks, ordersHref } from "~/components/fact/links";
import { PillarKpis } from "~/components/fact/pillar-kpis";
import { useReportColumns } from "~/components/fact/report-columns";
import { TALENT_COLUMNS, TIER_COLUMNS } from "~/domain/fact/tables";
import { alliancePage } from "~/services/fact/alliance.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { forDataVersion } from "~/services/data-cache.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const url = new URL(request.url);
  const range = rangeFromUrl(db, merchant, url);
  const scope = url.searchParams.get("scope") === "alliance" ? "alliance" : "all";
  return {
    merchant: { ...shownMerchant(merchant), threshold: merchant.settings.topKolThreshold },
    range,
    alliance: forDataVersion(db, merchant, ["alliance", range, scope], () => alliancePage(db, merchant, range, scope)),
  };
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("pillar.name.A"));

export { RouteErrorBoundary as ErrorBoundary };

export default function AlliancePage() {
  const { merchant, range, alliance: a } = useLoaderData<typeof loader>();
  const location = useLocation();
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => f.money(v, merchant.currency);
  const withScope = (s: string) => {
    const p = new URLSearchParams(location.search);
    p.set("scope", s);
    return `${location.pathname}?${p.toString()}`;
  };
  const period = { from: range.from, to: range.to };
  const columns = useReportColumns(TALENT_COLUMNS, {
    currency: merchant.currency,
    render: {
      account_id: (r, text) => <Link to={ordersHref(merchant.slug, { ...period, account: String(r.account_id) })}>{text}</Link>,
      pillar: (r) => <span className={`pill ${r.pillar}`}>{String(r.pillar)}</span>,
      gmv: (r, text) => <Link to={ordersHref(merchant.slug, { ...period, account: String(r.account_id) })}>{text}</Link>,
      pillar_gmv: (r, text) => <Link to={ordersHref(merchant.slug, { ...period, account: String(r.account_id), pillar: "A" })}>{text}</Link>,
    },
  });
  const tierColumns = useReportColumns(TIER_COLUMNS, { currency: merchant.currency });
  return (
    <div className="stack">
      <FactHeader pillar="A" range={range} timezone={merchant.timezone} />
      <PillarKpis
        kpis={a.kpis}
        currency={merchant.currency}
        ordersHref={ordersHref(merchant.slug, { ...period, pillar: "A" })}
        previousBeforeData={range.previousBeforeData}
        extra={
          <div className="card kpi" title={t("fact.topShareTitle", { n: a.concentration.topN })}>
            <div className="label">
              <span>{t("fact.topShare", { n: a.concentration.topN })}</span>
            </div>
            <div className="value" data-concentration>
              {f.percent(a.concentration.share)}
            </div>
            <div className="delta">
              {t("fact.ofMatrix", { top: money(a.concentration.topGmv), all: money(a.concentration.matrixGmv), n: f.count(a.creators) })}
            </div>
          </div>
        }
      />

      <div className="card">
        <div className="card-head">
          <h2>{t("fact.matrix")}</h2>
          <span className="hint">
            {a.scope === "all" ? t("fact.matrixAll") : t("fact.matrixAlliance")} · {t("fact.matrixNote")}
          </span>
        </div>
        <DataTable
          label={t("fact.matrix")}
          columns={columns}
          data={a.matrix}
          initialSort={[{ id: "gmv", desc: true }]}
          initialHidden={["commission_rate"]}
          exportLinks={exportLinks(merchant.slug, "matrix", { ...period, scope: a.scope }, f.locale)}
          emptyMessage={t("fact.noCreators")}
          getRowId={(r) => String(r.account_id)}
          tools={
            <div className="presets" role="group" aria-label={t("fact.shown")}>
              <Link to={withScope("all")} className={a.scope === "all" ? "active" : ""}>
                {t("fact.allCreators")}
              </Link>
              <Link to={withScope("alliance")} className={a.scope === "alliance" ? "active" : ""}>
                {t("fact.allianceOnly")}
              </Link>
            </div>
          }
        />
        <p className="small muted">
          {t("fact.thresholdNote", { n: f.count(merchant.threshold) })}
          {a.idle > 0 ? ` ${t("fact.idle", { count: a.idle })}` : ""}
        </p>
        <CliHint slug={merchant.slug} from={range.from} to={range.to} split="account" />
      </div>

      <div className="card">
        <div className="card-head">
          <h2>{t("fact.tiers")}</h2>
          <Link className="hint" to={`/m/${merchant.slug}/settings`}>
            {t("fact.editTiers")}
          </Link>
        </div>
        <DataTable
          label={t("fact.tierTotals")}
          columns={tierColumns}
          data={a.tiers}
          pageSize={10}
          exportLinks={exportLinks(merchant.slug, "tiers", { ...period, scope: a.scope }, f.locale)}
          getRowId={(r) => String(r.tier)}
        />
      </div>
    </div>
  );
}
