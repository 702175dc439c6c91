// Seeding (种草) against harvesting (拔草): each creator's quadrant, each pillar's rates by month,
// and the balance between seeders' and harvesters' views over time.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { useFormat } from "~/components/use-format";
import { pageTitle } from "~/i18n/t";
import { seedingPage } from "~/services/planner/seeding.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("planner.seedingTitle"));

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "read");
  return { merchant: shownMerchant(merchant), page: seedingPage(db, merchant) };
}

export default function SeedingPage() {
  const { merchant, page: s } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => f.money(v === null ? null : Math.round(v), merchant.currency);
  const rate = (v: number | null | undefined) => (v === null || v === undefined ? "—" : f.decimal(v, 1));
  const base = `/m/${merchant.slug}`;
  const months = [...new Set(s.pillars.map((p) => p.month))];
  const pillars = [...new Set(s.pillars.map((p) => p.pillar))].sort();
  const at = (m: string, p: string) => s.pillars.find((x) => x.month === m && x.pillar === p);
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{t("planner.seedingTitle")}</h1>
          <div className="sub">{t("planner.seeding.sub", { day: s.asOf })}</div>
        </div>
        <Link to={`${base}/creators`}>{t("planner.rosterTitle")}</Link>
      </div>
      <div className="grid cols-4" data-quadrants>
        {(["seeder", "harvester", "both", "neither"] as const).map((q) => (
          <div key={q} className="card kpi">
            <div className="label">{t(`planner.quadrant.${q}`)}</div>
            <div className="value">{f.count(s.counts[q])}</div>
          </div>
        ))}
      </div>
      <div className="card small muted">
        {t("planner.seeding.medians", {
          videoSeeding: rate(s.medians.video?.seeding),
          videoGpm: money(s.medians.video?.gpm ?? null),
          liveSeeding: rate(s.medians.live?.seeding),
          liveGpm: money(s.medians.live?.gpm ?? null),
        })}{" "}
        {t("planner.def.quadrant.text")}
      </div>
      <div className="card table-wrap">
        <h2>{t("planner.seeding.creators")}</h2>
        <table className="data" aria-label={t("planner.seeding.byQuadrant")}>
          <thead>
            <tr>
              <th>{t("planner.col.creator")}</th>
              <th>{t("planner.col.format")}</th>
              <th className="num">{t("planner.col.posts")}</th>
              <th className="num">{t("planner.col.seedingRate")}</th>
              <th className="num">{t("planner.col.interestRate")}</th>
              <th className="num">{t("planner.col.harvestRateGpm")}</th>
              <th>{t("planner.col.quadrant")}</th>
            </tr>
          </thead>
          <tbody>
            {s.creators.map((c) => (
              <tr key={`${c.account_id}|${c.format}`}>
                <td>
                  <Link to={`${base}/creators/${encodeURIComponent(c.account_id)}`}>{c.name || c.account_id}</Link>
                  <div className="small muted">{c.account_id}</div>
                </td>
                <td className="nowrap">{t(`planner.format.${c.format}`)}</td>
                <td className="num">{f.count(c.posts)}</td>
                <td className="num">{rate(c.seeding_rate)}</td>
                <td className="num">{rate(c.interest_rate)}</td>
                <td className="num">{money(c.harvest_rate)}</td>
                <td className="nowrap">{c.quadrant ? t(`planner.quadrant.${c.quadrant}`) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="card table-wrap">
        <h2>{t("planner.seeding.perPillar")}</h2>
        <table className="data" aria-label={t("planner.seeding.pillarsByMonth")}>
          <thead>
            <tr>
              <th>{t("planner.col.month")}</th>
              {pillars.map((p) => (
                <th key={p} className="num">
                  {p}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m}>
                <td>{m}</td>
                {pillars.map((p) => {
                  const x = at(m, p);
                  return (
                    <td key={p} className="num">
                      {rate(x?.seedingRate)} / {money(x?.harvestRate ?? null)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="card">
        <h2>{t("planner.seeding.balance")}</h2>
        <p className="small muted">{t("planner.seeding.balanceHint")}</p>
        <table className="data" aria-label={t("planner.seeding.balance")}>
          <thead>
            <tr>
              <th>{t("planner.col.month")}</th>
              <th className="num">{t("planner.col.seederViews")}</th>
              <th className="num">{t("planner.col.harvesterViews")}</th>
              <th className="num">{t("planner.col.seedingShare")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {s.balance.map((b) => (
              <tr key={b.month}>
                <td>{b.month}</td>
                <td className="num">{f.count(b.seederViews)}</td>
                <td className="num">{f.count(b.harvesterViews)}</td>
                <td className="num">{f.percent(b.seederShare)}</td>
                <td style={{ width: "30%" }}>
                  <div style={{ background: "#16a34a", height: 8, width: `${(b.seederShare ?? 0) * 100}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
