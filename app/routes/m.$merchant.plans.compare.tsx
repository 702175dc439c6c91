// Up to three saved plans side by side.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { TEXT } from "~/components/planner/text";
import { formatCompact, formatMoney } from "~/domain/money";
import { comparePlans } from "~/services/planner/plans.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "read");
  const ids = new URL(request.url).searchParams.getAll("id").flatMap((v) => (/^\d{1,12}$/.test(v) ? [Number(v)] : []));
  return { merchant: shownMerchant(merchant), plans: comparePlans(db, merchant, ids), asked: ids.length };
}

export default function ComparePage() {
  const { merchant, plans, asked } = useLoaderData<typeof loader>();
  const money = (v: number | null) => formatMoney(v === null ? null : Math.round(v), merchant.currency);
  const rows: [string, (p: (typeof plans)[number]) => string][] = [
    ["Window", (p) => `${p.from} – ${p.to}`],
    ["Budget", (p) => money(p.budget)],
    ["Cost", (p) => money(p.totals.cost)],
    ["Expected GMV", (p) => money(p.totals.expectedGmv)],
    ["GMV P10", (p) => money(p.totals.gmvP10)],
    ["GMV P90", (p) => money(p.totals.gmvP90)],
    ["ROI", (p) => (p.totals.roi === null ? "—" : p.totals.roi.toFixed(2))],
    ["Expected views", (p) => formatCompact(Math.round(p.totals.expectedViews))],
    ["Creators", (p) => String(p.totals.creators)],
    ["Posts", (p) => String(p.totals.posts)],
    ["T · Top-KOL cost", (p) => money(p.totals.byPillar.T.cost)],
    ["A · Alliance cost", (p) => money(p.totals.byPillar.A.cost)],
    ["Seeding cost", (p) => money(p.totals.byIntent.seeding.cost)],
    ["Harvesting cost", (p) => money(p.totals.byIntent.harvesting.cost)],
    ["Creators booked", (p) => p.lines.map((l) => `${l.name || l.accountId} (${l.format} × ${l.posts})`).join(", ")],
  ];
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{TEXT.compareTitle}</h1>
          <div className="sub">{asked > 3 ? "the first three chosen" : "side by side"}</div>
        </div>
        <Link to={`/m/${merchant.slug}/plans`}>{TEXT.plansTitle}</Link>
      </div>
      <div className="card table-wrap">
        {plans.length === 0 ? (
          <p className="muted">Choose up to three saved plans on the plans page.</p>
        ) : (
          <table className="data" aria-label="Plans compared">
            <thead>
              <tr>
                <th />
                {plans.map((p) => (
                  <th key={p.id} data-compared={p.name}>
                    <Link to={`/m/${merchant.slug}/plans/${p.id}`}>{p.name}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, f]) => (
                <tr key={label}>
                  <th>{label}</th>
                  {plans.map((p) => (
                    <td key={p.id}>{f(p)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
