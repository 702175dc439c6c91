// Seeding (种草) against harvesting (拔草): each creator's quadrant, each pillar's rates by month,
// and the balance between seeders' and harvesters' views over time.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DEFINITIONS, TEXT } from "~/components/planner/text";
import { formatMoney, formatPercent } from "~/domain/money";
import { seedingPage } from "~/services/planner/seeding.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "read");
  return { merchant: shownMerchant(merchant), page: seedingPage(db, merchant) };
}

export default function SeedingPage() {
  const { merchant, page: s } = useLoaderData<typeof loader>();
  const money = (v: number | null) => formatMoney(v === null ? null : Math.round(v), merchant.currency);
  const base = `/m/${merchant.slug}`;
  const months = [...new Set(s.pillars.map((p) => p.month))];
  const pillars = [...new Set(s.pillars.map((p) => p.pillar))].sort();
  const at = (m: string, p: string) => s.pillars.find((x) => x.month === m && x.pillar === p);
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{TEXT.seedingTitle}</h1>
          <div className="sub">seeding rate = (likes + comments + shares + follows) per 1,000 views; harvest rate = GPM · history up to {s.asOf}</div>
        </div>
        <Link to={`${base}/creators`}>{TEXT.rosterTitle}</Link>
      </div>
      <div className="grid cols-4" data-quadrants>
        {(["seeder", "harvester", "both", "neither"] as const).map((q) => (
          <div key={q} className="card kpi">
            <div className="label">{q}</div>
            <div className="value">{s.counts[q]}</div>
          </div>
        ))}
      </div>
      <div className="card small muted">
        Medians (creators with 3 posts or more): video seeding {s.medians.video?.seeding?.toFixed(1) ?? "—"}, GPM {money(s.medians.video?.gpm ?? null)}; live seeding{" "}
        {s.medians.live?.seeding?.toFixed(1) ?? "—"}, GPM {money(s.medians.live?.gpm ?? null)}. {DEFINITIONS.find((d) => d[0] === "Quadrant")?.[1]}
      </div>
      <div className="card table-wrap">
        <h2>Creators</h2>
        <table className="data" aria-label="Creators by quadrant">
          <thead>
            <tr>
              <th>Creator</th>
              <th>Format</th>
              <th className="num">Posts</th>
              <th className="num">Seeding rate</th>
              <th className="num">Interest rate</th>
              <th className="num">Harvest rate (GPM)</th>
              <th>Quadrant</th>
            </tr>
          </thead>
          <tbody>
            {s.creators.map((c) => (
              <tr key={`${c.account_id}|${c.format}`}>
                <td>
                  <Link to={`${base}/creators/${encodeURIComponent(c.account_id)}`}>{c.name || c.account_id}</Link>
                  <div className="small muted">{c.account_id}</div>
                </td>
                <td>{c.format}</td>
                <td className="num">{c.posts}</td>
                <td className="num">{c.seeding_rate?.toFixed(1) ?? "—"}</td>
                <td className="num">{c.interest_rate?.toFixed(1) ?? "—"}</td>
                <td className="num">{money(c.harvest_rate)}</td>
                <td>{c.quadrant ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="card table-wrap">
        <h2>Per pillar by month: seeding rate / harvest rate</h2>
        <table className="data" aria-label="Pillars by month">
          <thead>
            <tr>
              <th>Month</th>
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
                      {x?.seedingRate?.toFixed(1) ?? "—"} / {money(x?.harvestRate ?? null)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="card">
        <h2>Balance trend</h2>
        <p className="small muted">Share of the views of seeders and harvesters that came from seeders, by the month of the post.</p>
        <table className="data" aria-label="Balance trend">
          <thead>
            <tr>
              <th>Month</th>
              <th className="num">Seeders' views</th>
              <th className="num">Harvesters' views</th>
              <th className="num">Seeding share</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {s.balance.map((b) => (
              <tr key={b.month}>
                <td>{b.month}</td>
                <td className="num">{b.seederViews.toLocaleString("en-US")}</td>
                <td className="num">{b.harvesterViews.toLocaleString("en-US")}</td>
                <td className="num">{formatPercent(b.seederShare)}</td>
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
