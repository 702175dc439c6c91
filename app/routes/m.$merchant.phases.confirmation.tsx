// Confirmation in depth: kept orders and refunds by pillar, and repurchase cohorts.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { z } from "zod";
import { CohortTable } from "~/components/phases/cohort-table";
import { direction, formatPoints } from "~/components/phases/format";
import { formatCount, formatMoney, formatPercent } from "~/domain/money";
import { isDefaultDefinition, formulaOf } from "~/domain/phases/columns";
import { PILLAR_NAMES, type Pillar } from "~/domain/pillars";
import type { Row } from "~/domain/report/table";
import { COHORT_WINDOWS, type CohortWindow } from "~/domain/cohorts";
import { confirmationPage } from "~/services/phases/confirmation-page.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

const windowSchema = z.enum(["6", "12", "24"]).catch("12").transform((w) => Number(w) as CohortWindow);

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const url = new URL(request.url);
  const range = rangeFromUrl(db, merchant, url);
  const window = windowSchema.parse(url.searchParams.get("cohorts"));
  const defs = merchant.settings.phaseDefinitions;
  return {
    merchant: shownMerchant(merchant),
    range,
    window,
    confirmationDefault: isDefaultDefinition(defs, "confirmation"),
    confirmationFormula: formulaOf(defs.confirmation),
    page: confirmationPage(db, merchant, range, window),
  };
}

const num = (v: Row[string] | undefined) => (typeof v === "number" ? v : null);

export default function ConfirmationPage() {
  const { merchant, range, window, confirmationDefault, confirmationFormula, page } = useLoaderData<typeof loader>();
  const location = useLocation();
  const money = (v: number | null) => formatMoney(v, merchant.currency);
  const withWindow = (w: number) => {
    const p = new URLSearchParams(location.search);
    p.set("cohorts", String(w));
    return `${location.pathname}?${p}`;
  };
  const prevOf = (key: string) => page.previousByPillar.find((r) => r.pillar === key) ?? {};
  return (
    <div className="stack">
      <div className="card">
        <div className="card-head">
          <h2>Kept orders and refunds by pillar</h2>
          <span className="hint">kept: paid and nothing refunded · change against {range.previous.from} → {range.previous.to}</span>
        </div>
        {confirmationDefault ? null : (
          <p className="notice info" style={{ marginTop: 0 }}>
            This merchant's Confirmation phase is {confirmationFormula}; this table always shows kept orders, the contract's measure.
          </p>
        )}
        <div className="table-wrap">
          <table className="data" data-table="confirmation">
            <thead>
              <tr>
                <th>Pillar</th>
                <th className="num">Orders</th>
                <th className="num">Kept orders</th>
                <th className="num">Kept rate</th>
                <th className="num">vs before</th>
                <th className="num">Refunded orders</th>
                <th className="num">Refunded order rate</th>
                <th className="num">GMV</th>
                <th className="num">Refunds</th>
                <th className="num">Refund rate</th>
              </tr>
            </thead>
            <tbody>
              {page.byPillar.map((r) => {
                const key = String(r.pillar);
                const prevRate = num(prevOf(key).kept_rate);
                const curRate = num(r.kept_rate);
                const d = curRate === null || prevRate === null ? null : curRate - prevRate;
                return (
                  <tr key={key} className={key === "ALL" ? "total" : undefined} data-pillar={key}>
                    <td>{key === "ALL" ? "All pillars" : <><span className={`pill ${key}`}>{key}</span> {PILLAR_NAMES[key as Pillar]}</>}</td>
                    <td className="num">{formatCount(num(r.orders))}</td>
                    <td className="num">{formatCount(num(r.kept_orders))}</td>
                    <td className="num">{formatPercent(curRate, 1)}</td>
                    <td className={`num delta ${direction(d)}`}>{formatPoints(d, 1)}</td>
                    <td className="num">{formatCount(num(r.refunded_orders))}</td>
                    <td className="num">{formatPercent(num(r.refunded_order_rate), 1)}</td>
                    <td className="num">{money(num(r.gmv))}</td>
                    <td className="num">{money(num(r.refunds))}</td>
                    <td className="num">{formatPercent(num(r.refund_rate), 1)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>

      <div className="card">
        <div className="card-head">
          <h2>Repurchase cohorts</h2>
          <div className="segmented" role="group" aria-label="Cohort months">
            {COHORT_WINDOWS.map((w) => (
              <Link key={w} to={withWindow(w)} className={window === w ? "active" : ""}>
                {w} months
              </Link>
            ))}
          </div>
        </div>
        {page.cohorts ? (
          <>
            <p className="small muted" style={{ marginTop: 0 }}>
              Buyers grouped by the month of their first purchase ({page.cohorts.firstMonth} → {page.cohorts.lastMonth}); each cell is the share of them who bought again in that later month,
              counting orders up to {range.to}. A buyer without a buyer id cannot be followed and is left out.
            </p>
            <CohortTable table={page.cohorts} />
            <ul className="small muted" style={{ marginBottom: 0, paddingLeft: 18 }}>
              {page.firstCohortIsDataStart ? <li>{page.cohorts.firstMonth} is the first month of data: buyers who bought before it look new there.</li> : null}
              {page.lastMonthPartial ? <li>The range ends on {range.to}, so {page.cohorts.lastMonth} counts only purchases up to that day.</li> : null}
              <li>Hatched cells are months after {page.cohorts.lastMonth}: not observed yet.</li>
            </ul>
          </>
        ) : (
          <p className="muted">No orders up to {range.to}.</p>
        )}
      </div>
    </div>
  );
}
