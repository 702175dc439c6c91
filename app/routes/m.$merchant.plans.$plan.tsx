// A saved plan: its figures as planned, what it delivered so far (variance split into volume,
// efficiency and mix), lines never posted, conflicts across the workspace, export and delete.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { CsrfField } from "~/components/csrf-field";
import { PlanLinesTable, PlanTotalsCards } from "~/components/planner/plan-view";
import { TEXT } from "~/components/planner/text";
import { formatCompact, formatMoney } from "~/domain/money";
import { planActual } from "~/services/planner/actual.server";
import { planConflicts } from "~/services/planner/conflicts.server";
import { loadPlan, removePlan } from "~/services/planner/plans.server";
import { notFound, requireMerchant, shownMerchant } from "~/services/route-context.server";

function planId(raw: string | undefined): number | null {
  return raw && /^\d{1,12}$/.test(raw) ? Number(raw) : null;
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "read");
  const id = planId(params.plan);
  const plan = id === null ? undefined : loadPlan(db, merchant, { id });
  if (!plan) throw notFound("This plan");
  return { merchant: shownMerchant(merchant), plan, actual: planActual(db, merchant, plan), conflicts: planConflicts(db, merchant, plan) };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const { db, merchant, audit } = await requireMerchant(request, params.merchant, "plan");
  const id = planId(params.plan);
  if (id === null || !removePlan(db, merchant, id)) throw notFound("This plan");
  audit("plan_changed", { deleted: id });
  return redirect(`/m/${merchant.slug}/plans`);
}

export default function PlanPage() {
  const { merchant, plan, actual: a, conflicts } = useLoaderData<typeof loader>();
  const money = (v: number | null) => formatMoney(v === null ? null : Math.round(v), merchant.currency);
  const base = `/m/${merchant.slug}`;
  const booked = new Set(conflicts.map((c) => c.accountId));
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1 data-plan-name>{plan.name}</h1>
          <div className="sub">
            {plan.from} – {plan.to} · {plan.objective === "manual" ? "built by hand" : `suggested for the best ${plan.objective === "p10" ? "P10" : "expected GMV"}`} · estimates as of {plan.asOf}
          </div>
        </div>
        <div className="presets">
          <a href={`${base}/plans/${plan.id}/export?format=csv`} download data-export="csv">
            {TEXT.exportCsv}
          </a>
          <a href={`${base}/plans/${plan.id}/export?format=xlsx`} download data-export="xlsx">
            {TEXT.exportXlsx}
          </a>
          <Link to={`${base}/forecast?plan=${plan.id}`}>On the forecast</Link>
        </div>
      </div>
      <PlanTotalsCards t={plan.totals} currency={merchant.currency} />
      {conflicts.length ? (
        <div className="card bad" role="alert" data-conflicts>
          <h2>Conflicts across the workspace</h2>
          <ul>
            {conflicts.map((c, i) => (
              <li key={i}>
                {c.accountId} ({c.mine.fromDay} – {c.mine.toDay}) is also booked by {c.other.merchantName} in “{c.other.planName}” ({c.other.fromDay} – {c.other.toDay}).
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="card">
        <PlanLinesTable lines={plan.lines} currency={merchant.currency} flags={(l) => (booked.has(l.accountId) ? TEXT.conflict : null)} />
      </div>
      <div className="card" data-actual>
        <div className="card-head">
          <h2>Plan against actual</h2>
          <span className="hint">
            {a.status} · data through {a.through} · a line's actual is its creator's posts of that format dated in the line's window and their attributed orders
          </span>
        </div>
        <div className="grid cols-4">
          <div className="kpi">
            <div className="label">Variance (actual − plan GMV)</div>
            <div className="value" data-variance>
              {money(a.split.total)}
            </div>
            <div className="delta">
              {money(a.actualGmv)} against {money(a.plannedGmv)}
            </div>
          </div>
          <div className="kpi">
            <div className="label">Volume (views)</div>
            <div className="value">{money(a.split.volume)}</div>
          </div>
          <div className="kpi">
            <div className="label">Efficiency (GPM)</div>
            <div className="value">{money(a.split.efficiency)}</div>
          </div>
          <div className="kpi">
            <div className="label">Mix</div>
            <div className="value">{money(a.split.mix)}</div>
          </div>
        </div>
        <table className="data" aria-label="Lines against actual">
          <thead>
            <tr>
              <th>Creator</th>
              <th>Format</th>
              <th className="num">Posts planned / actual</th>
              <th className="num">Views planned / actual</th>
              <th className="num">GMV planned / actual</th>
              <th className="num">Volume</th>
              <th className="num">Efficiency</th>
              <th className="num">Variance</th>
            </tr>
          </thead>
          <tbody>
            {a.lines.map((l, i) => (
              <tr key={i} className={l.neverPosted ? "warn" : undefined}>
                <td>
                  {l.name || l.accountId}
                  {l.neverPosted ? <span className="pill bad"> {TEXT.neverPosted}</span> : null}
                </td>
                <td>{l.format}</td>
                <td className="num">
                  {l.plannedPosts} / {l.actualPosts}
                </td>
                <td className="num">
                  {formatCompact(Math.round(l.plannedViews))} / {formatCompact(l.actualViews)}
                </td>
                <td className="num">
                  {money(l.plannedGmv)} / {money(l.actualGmv)}
                </td>
                <td className="num">{money(l.volume)}</td>
                <td className="num">{money(l.efficiency)}</td>
                <td className="num">{money(l.variance)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="small muted">
          Volume = (actual − planned views) × the plan's GPM; mix = views moving between lines planned at different GPMs; efficiency = actual GMV − actual views × each line's planned GPM. The three add up to the variance; per line, volume and efficiency add up to its variance (the mix is their difference at plan level).
        </p>
      </div>
      <Form method="post" className="card" onSubmit={(e) => { if (!confirm(`Delete the plan “${plan.name}”?`)) e.preventDefault(); }}>
        <CsrfField />
        <button className="btn" type="submit">
          {TEXT.deletePlan}
        </button>{" "}
        <code className="small">factloop plan show "{plan.name}" --merchant {merchant.slug}</code>
      </Form>
    </div>
  );
}
