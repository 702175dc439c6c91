// T Top-KOL: head influencers ranked by GMV, GPM and ROI, and the dependency risk of the top three.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { CliHint, FactHeader } from "~/components/fact/fact-header";
import { exportLinks, ordersHref } from "~/components/fact/links";
import { PillarKpis } from "~/components/fact/pillar-kpis";
import { reportColumns } from "~/components/fact/report-columns";
import { TOP_KOL_COLUMNS } from "~/domain/fact/tables";
import { formatMoney, formatPercent } from "~/domain/money";
import { topKolPage } from "~/services/fact/top-kol.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const range = rangeFromUrl(db, merchant, new URL(request.url));
  return {
    merchant: shownMerchant(merchant),
    range,
    top: topKolPage(db, merchant, range),
  };
}

/** Above a third of all GMV on three people, losing one hurts. */
const RISK_HIGH = 0.3;
const RISK_WATCH = 0.15;

export default function TopKolPage() {
  const { merchant, range, top: t } = useLoaderData<typeof loader>();
  const money = (v: number | null) => formatMoney(v, merchant.currency);
  const period = { from: range.from, to: range.to };
  const risk = t.risk.share === null ? null : t.risk.share >= RISK_HIGH ? "high" : t.risk.share >= RISK_WATCH ? "watch" : "low";
  const columns = reportColumns(TOP_KOL_COLUMNS, {
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
        kpis={t.kpis}
        currency={merchant.currency}
        ordersHref={ordersHref(merchant.slug, { ...period, pillar: "T" })}
        extra={
          <div className={`card kpi risk-${risk ?? "none"}`} title="GMV of the three largest head influencers ÷ all of the merchant's GMV">
            <div className="label">
              <span>Dependency risk: top 3</span>
              <span className={risk === "high" ? "bad" : risk === "watch" ? "warn" : "good"}>{risk ?? ""}</span>
            </div>
            <div className="value" data-dependency-risk>
              {formatPercent(t.risk.share)}
            </div>
            <div className="delta">
              {money(t.risk.topGmv)} of {money(t.totalGmv)} all GMV
            </div>
          </div>
        }
      />

      <div className="card">
        <div className="card-head">
          <h2>Head influencers</h2>
          <span className="hint">
            creators with at least {t.threshold.toLocaleString("en-US")} followers (<Link to={`/m/${merchant.slug}/settings`}>threshold</Link>) · ranked by GMV, GPM and ROI
          </span>
        </div>
        {t.risk.top.length > 0 ? (
          <p className="muted" style={{ marginTop: 0 }}>
            The top three — {t.risk.top.map((x) => x.name || x.accountId).join(", ")} — carry {formatPercent(t.risk.share)} of all GMV in the period.
            {risk === "high" ? " Losing one of them would take a large part of sales: grow Field and Alliance to spread the risk." : ""}
          </p>
        ) : null}
        <DataTable
          label="Head influencers"
          columns={columns}
          data={t.ranking}
          initialSort={[{ id: "rank_gmv", desc: false }]}
          initialHidden={["tier", "contents"]}
          exportLinks={exportLinks(merchant.slug, "top-kol", period)}
          emptyMessage="No head influencer had views or orders in this period."
          getRowId={(r) => String(r.account_id)}
        />
        {t.idle > 0 ? <p className="small muted">{t.idle} head influencer{t.idle === 1 ? "" : "s"} in the accounts file had no views or orders in this period.</p> : null}
        <CliHint slug={merchant.slug} from={range.from} to={range.to} split="account" />
      </div>
    </div>
  );
}
