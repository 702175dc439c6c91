// One creator: its figures per format with the estimate and cost, the trend of its posts and
// sales, its rate card (editable), and what every figure means.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfField } from "~/components/csrf-field";
import { RangeCell } from "~/components/planner/cells";
import { DEFINITIONS, TEXT } from "~/components/planner/text";
import { centsToDecimal, formatCompact, formatMoney, formatPercent } from "~/domain/money";
import { encodeLine } from "~/domain/planner/requests";
import { creatorPage } from "~/services/planner/creator.server";
import { saveRates } from "~/services/planner/rates.server";
import { notFound, requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "read");
  const page = creatorPage(db, merchant, params.account ?? "");
  if (!page) throw notFound("This creator");
  return { merchant: shownMerchant(merchant), page };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const { db, merchant, audit } = await requireMerchant(request, params.merchant, "plan");
  if (!creatorPage(db, merchant, params.account ?? "")) throw notFound("This creator");
  const outcome = saveRates(db, merchant, params.account ?? "", Object.fromEntries(await request.formData()));
  if (outcome.ok) audit("plan_changed", { rateCard: params.account });
  return outcome;
}

export default function CreatorPage() {
  const { merchant, page: p } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const money = (v: number | null) => formatMoney(v, merchant.currency);
  const base = `/m/${merchant.slug}`;
  const maxGmv = Math.max(1, ...p.trend.map((t) => t.gmv));
  const c = p.profile;
  const m = (v: number | null) => (v === null ? "" : centsToDecimal(v));
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{c.name || c.accountId}</h1>
          <div className="sub">
            {c.accountId} · {c.tier} · {formatCompact(c.followers)} followers · {c.category || "no category"} · counts in {c.pillar === "T" ? "T · Top-KOL" : "A · Alliance"}
            {c.known ? "" : " · in no accounts file"}
          </div>
        </div>
        <Link to={`${base}/creators`}>{TEXT.rosterTitle}</Link>
      </div>
      <div className="card table-wrap">
        <table className="data" aria-label="Figures per format">
          <thead>
            <tr>
              <th>Format</th>
              <th className="num">Posts</th>
              <th className="num">Views / post (est., P10–P90)</th>
              <th className="num">Own weight</th>
              <th className="num">GPM (est.)</th>
              <th className="num">GMV / post (est., P10–P90)</th>
              <th className="num">Cost / post</th>
              <th className="num">Break-even GPM</th>
              <th className="num">ROI</th>
              <th className="num">Views / post (history)</th>
              <th className="num">Harvest rate (GPM)</th>
              <th className="num">Seeding rate</th>
              <th className="num">Interest rate</th>
              <th className="num">Orders ÷ views</th>
              <th className="num">Refund rate</th>
              <th className="num">Rating</th>
              <th>Quadrant</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {p.lines.map((l) => (
              <tr key={l.format}>
                <td>
                  {l.format}
                  {l.estimated ? <div className="small muted">{TEXT.estimated} (prospect)</div> : null}
                </td>
                <td className="num">{l.posts}</td>
                <td className="num">
                  <RangeCell value={formatCompact(l.views_per_post)} lo={formatCompact(l.views_p10)} hi={formatCompact(l.views_p90)} />
                </td>
                <td className="num">{formatPercent(l.own_weight)}</td>
                <td className="num">{money(l.gpm)}</td>
                <td className="num">
                  <RangeCell value={money(l.gmv_per_post)} lo={money(l.gmv_p10)} hi={money(l.gmv_p90)} />
                </td>
                <td className="num">{money(l.cost_per_post)}</td>
                <td className="num">{money(l.break_even_gpm)}</td>
                <td className="num">{l.roi === null ? "—" : l.roi.toFixed(2)}</td>
                <td className="num">{l.hist_views_per_post === null ? "—" : formatCompact(Math.round(l.hist_views_per_post))}</td>
                <td className="num">{money(l.harvest_rate)}</td>
                <td className="num">{l.seeding_rate === null ? "—" : l.seeding_rate.toFixed(1)}</td>
                <td className="num">{l.interest_rate === null ? "—" : l.interest_rate.toFixed(1)}</td>
                <td className="num">{l.orders_per_view === null ? "—" : formatPercent(l.orders_per_view, 3)}</td>
                <td className="num">{formatPercent(l.refund_rate)}</td>
                <td className="num">{l.rating === null ? "—" : l.rating.toFixed(2)}</td>
                <td>{l.quadrant ?? "—"}</td>
                <td>
                  <Link to={`${base}/plans/new?line=${encodeURIComponent(encodeLine({ accountId: l.account_id, format: l.format, posts: 1, fromDay: "", toDay: "" }))}`}>Plan</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {p.lines.length === 0 ? <p className="muted">No posts and no followers to estimate from.</p> : null}
      </div>
      <div className="card">
        <h2>Trend of posts and sales</h2>
        <table className="data" aria-label="Trend by month">
          <thead>
            <tr>
              <th>Month</th>
              <th className="num">Posts</th>
              <th className="num">Views</th>
              <th className="num">Orders</th>
              <th className="num">GMV</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {p.trend.map((t) => (
              <tr key={t.month}>
                <td>{t.month}</td>
                <td className="num">{t.posts}</td>
                <td className="num">{formatCompact(t.views)}</td>
                <td className="num">{t.orders}</td>
                <td className="num">{money(t.gmv)}</td>
                <td style={{ width: "30%" }}>
                  <div style={{ background: "#2f5bea", height: 8, width: `${(t.gmv / maxGmv) * 100}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Form method="post" className="card" aria-label="Rate card">
        <CsrfField />
        <h2>Rate card</h2>
        <p className="small muted">Leave a field empty to keep the accounts file's value (a fee neither gives is 0).</p>
        <div className="grid cols-4" style={{ gap: 8 }}>
          <label>
            Slot fee per live (坑位费) <input name="liveFee" defaultValue={m(c.liveFee)} inputMode="decimal" />
          </label>
          <label>
            Fee per video <input name="videoFee" defaultValue={m(c.videoFee)} inputMode="decimal" />
          </label>
          <label>
            Samples and shipping per post <input name="sampleCost" defaultValue={m(c.sampleCost)} inputMode="decimal" />
          </label>
          <label>
            Commission rate <input name="commissionRate" defaultValue={c.commissionRate ?? ""} inputMode="decimal" />
          </label>
          <label>
            Ad boost per post <input name="boost" defaultValue={m(c.boost)} inputMode="decimal" />
          </label>
        </div>
        <button className="btn" type="submit">
          Save rate card
        </button>
        {result?.ok ? <span className="good"> Saved.</span> : null}
        {result && !result.ok ? <p className="bad">{Object.values(result.errors).join(" ")}</p> : null}
      </Form>
      <div className="card">
        <h2>Definitions</h2>
        <dl>
          {DEFINITIONS.map(([term, text]) => (
            <div key={term}>
              <dt>
                <strong>{term}</strong>
              </dt>
              <dd className="small">{text}</dd>
            </div>
          ))}
        </dl>
        <p className="small muted">
          Repeat factor now {p.decay}. Views ranges: {p.calibration.video.coverage === null ? "not yet calibrated" : `past P10–P90 held ${formatPercent(p.calibration.video.coverage)} of ${p.calibration.video.checked} video posts`}
          {p.calibration.live.coverage === null ? "" : `, ${formatPercent(p.calibration.live.coverage)} of ${p.calibration.live.checked} lives`}.
        </p>
      </div>
    </div>
  );
}
