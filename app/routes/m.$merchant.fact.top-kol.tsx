// T Top-KOL: head influencers ranked by GMV, GPM and ROI, and the dependency risk of the top three.
import { DataText } from "~/components/data-text";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { useFormat } from "~/components/use-format";
import { pageTitle } from "~/i18n/t";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { DataTable } from "~/components/data-table";
import { CliHint, FactHeader } from "~/components/fact/fact-header";
import { exportLinks, ordersHref } from "~/components/fact/links";
import { PillarKpis } from "~/components/fact/pillar-kpis";
import { useReportColumns } from "~/components/fact/report-columns";
import { TOP_KOL_COLUMNS } from "~/domain/fact/tables";
import { topKolPage } from "~/services/fact/top-kol.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { forDataVersion } from "~/services/data-cache.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const range = rangeFromUrl(db, merchant, new URL(request.url));
  return {
    merchant: shownMerchant(merchant),
    range,
    top: forDataVersion(db, merchant, ["top-kol", range], () => topKolPage(db, merchant, range)),
  };
}

/** Above a third of all GMV on three people, losing one hurts. */
const RISK_HIGH = 0.3;
const RISK_WATCH = 0.15;

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("pillar.name.T"));

export { RouteErrorBoundary as ErrorBoundary };

export default function TopKolPage() {
  const { merchant, range, top: tk } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => f.money(v, merchant.currency);
  const period = { from: range.from, to: range.to };
  const risk = tk.risk.share === null ? null : tk.risk.share >= RISK_HIGH ? "high" : tk.risk.share >= RISK_WATCH ? "watch" : "low";
  const columns = useReportColumns(TOP_KOL_COLUMNS, {
    currency: merchant.currency,
    render: {
      account_id: (r, text) => <Link to={ordersHref(merchant.slug, { ...period, account: String(r.account_id) })}>{text}</Link>,
      gmv: (r, text) => <Link to={ordersHref(merchant.slug, { ...period, account: String(r.account_id) })}>{text}</Link>,
      pillar_gmv: (r, text) => <Link to={ordersHref(merchant.slug, { ...period, account: String(r.account_id), pillar: "T" })}>{text}</Link>,
    },
  });
  return (
    <div className="stack">
      <FactHeader pillar="T" range={range} timezone={merchant.timezone} />
      <PillarKpis
        kpis={tk.kpis}
        previousBeforeData={range.previousBeforeData}
        currency={merchant.currency}
        ordersHref={ordersHref(merchant.slug, { ...period, pillar: "T" })}
        extra={
          <div className={`card kpi risk-${risk ?? "none"}`} title={t("fact.riskTitle")}>
            <div className="label">
              <span>{t("fact.risk")}</span>
              <span className={risk === "high" ? "bad" : risk === "watch" ? "warn" : "good"}>{risk === "high" ? t("fact.riskHigh") : risk === "watch" ? t("fact.riskWatch") : risk === "low" ? t("fact.riskLow") : ""}</span>
            </div>
            <div className="value" data-dependency-risk>
              {f.percent(tk.risk.share)}
            </div>
            <div className="delta">
              {t("fact.ofAllGmv", { top: money(tk.risk.topGmv), all: money(tk.totalGmv) })}
            </div>
          </div>
        }
      />

      <div className="card">
        <div className="card-head">
          <h2>{t("fact.heads")}</h2>
          <span className="hint">
            {t("fact.headsHint", { n: f.count(tk.threshold) })} (<Link to={`/m/${merchant.slug}/settings`}>{t("fact.thresholdLink")}</Link>)
          </span>
        </div>
        {tk.risk.top.length > 0 ? (
          <p className="muted" style={{ marginTop: 0 }}>
            <DataText
              text={t("fact.topThree", { names: tk.risk.top.map((x) => x.name || x.accountId).join(", "), share: f.percent(tk.risk.share) })}
              data={tk.risk.top.map((x) => x.name || x.accountId)}
            />
            {risk === "high" ? t("fact.riskAdvice") : ""}
          </p>
        ) : null}
        <DataTable
          label={t("fact.heads")}
          columns={columns}
          data={tk.ranking}
          initialSort={[{ id: "rank_gmv", desc: false }]}
          initialHidden={["tier", "contents"]}
          exportLinks={exportLinks(merchant.slug, "top-kol", period, f.locale)}
          emptyMessage={t("fact.noHeads")}
          getRowId={(r) => String(r.account_id)}
        />
        {tk.idle > 0 ? <p className="small muted">{t("fact.idleHeads", { count: tk.idle })}</p> : null}
        <CliHint slug={merchant.slug} from={range.from} to={range.to} split="account" />
      </div>
    </div>
  );
}
