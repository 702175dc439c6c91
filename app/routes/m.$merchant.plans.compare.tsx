// Up to three saved plans side by side.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { useFormat } from "~/components/use-format";
import { pageTitle } from "~/i18n/t";
import { comparePlans } from "~/services/planner/plans.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("planner.compareTitle"));

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "read");
  const ids = new URL(request.url).searchParams.getAll("id").flatMap((v) => (/^\d{1,12}$/.test(v) ? [Number(v)] : []));
  return { merchant: shownMerchant(merchant), plans: comparePlans(db, merchant, ids), asked: ids.length };
}

export default function ComparePage() {
  const { merchant, plans, asked } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => f.money(v === null ? null : Math.round(v), merchant.currency);
  const rows: [string, (p: (typeof plans)[number]) => string][] = [
    [t("planner.col.window"), (p) => `${p.from} – ${p.to}`],
    [t("planner.col.budget"), (p) => money(p.budget)],
    [t("planner.col.cost"), (p) => money(p.totals.cost)],
    [t("planner.col.expectedGmv"), (p) => money(p.totals.expectedGmv)],
    [t("planner.compareView.gmvP10"), (p) => money(p.totals.gmvP10)],
    [t("planner.compareView.gmvP90"), (p) => money(p.totals.gmvP90)],
    [t("planner.col.roi"), (p) => (p.totals.roi === null ? "—" : f.decimal(p.totals.roi, 2))],
    [t("planner.col.expectedViews"), (p) => f.compact(Math.round(p.totals.expectedViews))],
    [t("planner.compareView.creators"), (p) => f.count(p.totals.creators)],
    [t("planner.col.posts"), (p) => f.count(p.totals.posts)],
    [t("planner.compareView.costT"), (p) => money(p.totals.byPillar.T.cost)],
    [t("planner.compareView.costA"), (p) => money(p.totals.byPillar.A.cost)],
    [t("planner.compareView.seedingCost"), (p) => money(p.totals.byIntent.seeding.cost)],
    [t("planner.compareView.harvestingCost"), (p) => money(p.totals.byIntent.harvesting.cost)],
    [t("planner.compareView.booked"), (p) => p.lines.map((l) => `${l.name || l.accountId} (${t(`planner.format.${l.format}`)} × ${l.posts})`).join(", ")],
  ];
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{t("planner.compareTitle")}</h1>
          <div className="sub">{asked > 3 ? t("planner.compareView.firstThree") : t("planner.compareView.sideBySide")}</div>
        </div>
        <Link to={`/m/${merchant.slug}/plans`}>{t("planner.plansTitle")}</Link>
      </div>
      <div className="card table-wrap">
        {plans.length === 0 ? (
          <p className="muted">{t("planner.compareView.choose")}</p>
        ) : (
          <table className="data" aria-label={t("planner.compareView.table")}>
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
