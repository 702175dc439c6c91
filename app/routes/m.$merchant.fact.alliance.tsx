// A Alliance: the talent matrix with tiers, commission cost and ROI, totals per tier, and how
// concentrated the matrix is.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { CliHint, FactHeader } from "~/components/fact/fact-header";
import { exportLinks, ordersHref } from "~/components/fact/links";
import { PillarKpis } from "~/components/fact/pillar-kpis";
import { reportColumns } from "~/components/fact/report-columns";
import { TALENT_COLUMNS, TIER_COLUMNS } from "~/domain/fact/tables";
import { formatMoney, formatPercent } from "~/domain/money";
import { alliancePage } from "~/services/fact/alliance.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const url = new URL(request.url);
  const range = rangeFromUrl(db, merchant, url);
  const scope = url.searchParams.get("scope") === "alliance" ? "alliance" : "all";
  return {
    merchant: { ...shownMerchant(merchant), threshold: merchant.settings.topKolThreshold },
    range,
    alliance: alliancePage(db, merchant, range, scope),
  };
}

export default function AlliancePage() {
  const { merchant, range, alliance: a } = useLoaderData<typeof loader>();
  const location = useLocation();
  const money = (v: number | null) => formatMoney(v, merchant.currency);
  const withScope = (s: string) => {
    const p = new URLSearchParams(location.search);
    p.set("scope", s);
    return `${location.pathname}?${p.toString()}`;
  };
  const period = { from: range.from, to: range.to };
  const columns = reportColumns(TALENT_COLUMNS, {
    currency: merchant.currency,
    render: {
      account_id: (r, text) => <Link to={ordersHref(merchant.slug, { ...period, account: String(r.account_id) })}>{text}</Link>,
      pillar: (r) => <span className={`pill ${r.pillar}`}>{String(r.pillar)}</span>,
      gmv: (r, text) => <Link to={ordersHref(merchant.slug, { ...period, account: String(r.account_id) })}>{text}</Link>,
      pillar_gmv: (r, text) => <Link to={ordersHref(merchant.slug, { ...period, account: String(r.account_id), pillar: "A" })}>{text}</Link>,
    },
  });
  const tierColumns = reportColumns(TIER_COLUMNS, { currency: merchant.currency });
  return (
    <div className="stack">
      <FactHeader pillar="A" range={range} timezone={merchant.timezone} />
      <PillarKpis
        kpis={a.kpis}
        currency={merchant.currency}
        ordersHref={ordersHref(merchant.slug, { ...period, pillar: "A" })}
        extra={
          <div className="card kpi" title={`GMV of the ${a.concentration.topN} largest creators ÷ the matrix's GMV`}>
            <div className="label">
              <span>Top {a.concentration.topN} creators' share</span>
            </div>
            <div className="value" data-concentration>
              {formatPercent(a.concentration.share)}
            </div>
            <div className="delta">
              {money(a.concentration.topGmv)} of {money(a.concentration.matrixGmv)} · {a.creators} creators
            </div>
          </div>
        }
      />

      <div className="card">
        <div className="card-head">
          <h2>Talent matrix</h2>
          <span className="hint">
            {a.scope === "all" ? "every creator with views or orders" : "creators whose sales count in Alliance"} · GMV is all of a creator's attributed sales (campaign ones included); “GMV in pillar” is the part in A
          </span>
        </div>
        <DataTable
          label="Talent matrix"
          columns={columns}
          data={a.matrix}
          initialSort={[{ id: "gmv", desc: true }]}
          initialHidden={["name", "commission_rate"]}
          exportLinks={exportLinks(merchant.slug, "matrix", { ...period, scope: a.scope })}
          emptyMessage="No creator had views or orders in this period."
          getRowId={(r) => String(r.account_id)}
          tools={
            <div className="presets" role="group" aria-label="Creators shown">
              <Link to={withScope("all")} className={a.scope === "all" ? "active" : ""}>
                All creators
              </Link>
              <Link to={withScope("alliance")} className={a.scope === "alliance" ? "active" : ""}>
                Alliance only
              </Link>
            </div>
          }
        />
        <p className="small muted">
          Creators at or above {merchant.threshold.toLocaleString("en-US")} followers are Top-KOL (T); the others, and accounts no accounts file names, are Alliance (A).
          {a.idle > 0 ? ` ${a.idle} creator${a.idle === 1 ? "" : "s"} in the accounts file had no views or orders in this period.` : ""}
        </p>
        <CliHint slug={merchant.slug} from={range.from} to={range.to} split="account" />
      </div>

      <div className="card">
        <div className="card-head">
          <h2>Totals per tier</h2>
          <Link className="hint" to={`/m/${merchant.slug}/settings`}>
            Edit tier bands →
          </Link>
        </div>
        <DataTable
          label="Tier totals"
          columns={tierColumns}
          data={a.tiers}
          pageSize={10}
          exportLinks={exportLinks(merchant.slug, "tiers", { ...period, scope: a.scope })}
          getRowId={(r) => String(r.tier)}
        />
      </div>
    </div>
  );
}
