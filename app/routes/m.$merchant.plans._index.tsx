// Saved plans: open, compare up to three, and the planner's settings (the repeat factor).
import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfField } from "~/components/csrf-field";
import { TEXT } from "~/components/planner/text";
import { formatMoney } from "~/domain/money";
import { plannerContext } from "~/services/planner/context.server";
import { planList } from "~/services/planner/plans.server";
import { savePlannerSettings } from "~/services/planner/rates.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "read");
  return { merchant: shownMerchant(merchant), plans: planList(db, merchant), settings: plannerContext(db, merchant).settings };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const { db, merchant, audit } = await requireMerchant(request, params.merchant, "plan");
  const r = savePlannerSettings(db, merchant, Object.fromEntries(await request.formData()));
  if (r.ok) audit("plan_changed", { plannerSettings: true });
  return r.ok ? { saved: true, errors: null } : { saved: false, errors: r.errors };
}

export default function PlansPage() {
  const { merchant, plans, settings } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const money = (v: number) => formatMoney(v, merchant.currency);
  const base = `/m/${merchant.slug}`;
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{TEXT.plansTitle}</h1>
          <div className="sub">saved KOL plans with the figures they were planned with</div>
        </div>
        <div className="presets">
          <Link to={`${base}/plans/suggest`}>{TEXT.suggestTitle}</Link>
          <Link to={`${base}/plans/new`}>{TEXT.builderTitle}</Link>
          <Link to={`${base}/creators`}>{TEXT.rosterTitle}</Link>
        </div>
      </div>
      <Form method="get" action={`${base}/plans/compare`} className="card">
        <table className="data" aria-label="Saved plans">
          <thead>
            <tr>
              <th>Compare</th>
              <th>Plan</th>
              <th>Window</th>
              <th>Made by</th>
              <th className="num">Budget</th>
              <th className="num">Cost</th>
              <th className="num">Expected GMV (P10–P90)</th>
            </tr>
          </thead>
          <tbody>
            {plans.length === 0 ? (
              <tr>
                <td colSpan={7} className="muted">
                  No plans saved yet.
                </td>
              </tr>
            ) : (
              plans.map((p) => (
                <tr key={p.id} data-plan={p.name}>
                  <td>
                    <input type="checkbox" name="id" value={p.id} aria-label={`Compare ${p.name}`} />
                  </td>
                  <td>
                    <Link to={`${base}/plans/${p.id}`}>{p.name}</Link>
                  </td>
                  <td>
                    {p.from} – {p.to}
                  </td>
                  <td>{p.objective === "manual" ? "by hand" : p.objective === "p10" ? "suggested (P10)" : "suggested (GMV)"}</td>
                  <td className="num">{money(p.budget)}</td>
                  <td className="num">{money(p.cost)}</td>
                  <td className="num">
                    {money(p.expectedGmv)} <span className="small muted">({money(p.gmvP10)} – {money(p.gmvP90)})</span>
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
        <button className="btn" type="submit" data-compare>
          {TEXT.compare}
        </button>
      </Form>
      <Form method="post" className="card" aria-label="Planner settings">
        <CsrfField />
        <h2>Planner settings</h2>
        <label>
          Repeat factor (the k-th post of a creator and format brings factor^(k−1) of the first's views){" "}
          <input name="repeatDecay" type="number" min={0.1} max={1} step={0.01} defaultValue={settings.repeatDecay} />
        </label>{" "}
        <label>
          Posts per creator and format a suggestion may book <input name="defaultMaxPosts" type="number" min={1} max={30} defaultValue={settings.defaultMaxPosts} />
        </label>{" "}
        <button className="btn" type="submit">
          Save settings
        </button>
        {result?.saved ? <p className="good">Saved.</p> : null}
        {result?.errors ? <p className="bad">{Object.values(result.errors).join(" ")}</p> : null}
      </Form>
    </div>
  );
}
