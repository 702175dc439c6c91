// The plan builder: lines of creator × format × posts × dates (from the roster's selection or
// edited here), with expected views, GMV and cost against the budget; saving keeps the figures.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CsrfField } from "~/components/csrf-field";
import { PlanLinesTable, PlanTotalsCards } from "~/components/planner/plan-view";
import { TEXT } from "~/components/planner/text";
import { centsToDecimal } from "~/domain/money";
import { decodeLine, encodeLine, planHeaderSchema, planLineSchema } from "~/domain/planner/requests";
import { addDays } from "~/domain/time";
import { defaultAsOf } from "~/services/planner/context.server";
import { buildPlan, savePlan } from "~/services/planner/plans.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

/** Lines from `line` values (the roster's checkboxes) and from the builder's own indexed fields. */
function linesFrom(params: URLSearchParams | FormData, defaults: { fromDay: string; toDay: string }) {
  const raw: unknown[] = [];
  for (const v of params.getAll("line")) if (typeof v === "string" && v) raw.push(decodeLine(v, defaults));
  for (let i = 0; params.has(`key_${i}`); i++) {
    if (params.get(`remove_${i}`)) continue;
    const [accountId, format] = String(params.get(`key_${i}`)).split("~");
    raw.push({ accountId, format, posts: params.get(`posts_${i}`), fromDay: params.get(`from_${i}`) || defaults.fromDay, toDay: params.get(`to_${i}`) || defaults.toDay, intent: params.get(`intent_${i}`) || undefined });
  }
  return raw.flatMap((r) => {
    const p = planLineSchema.safeParse(r);
    return p.success ? [p.data] : [];
  });
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "read");
  const url = new URL(request.url);
  const asOf = defaultAsOf(db, merchant);
  const from = url.searchParams.get("from") || addDays(asOf, 1);
  const to = url.searchParams.get("to") || addDays(asOf, 30);
  const budgetRaw = url.searchParams.get("budget") || "100000";
  const header = z.object({ budget: z.coerce.number().min(0) }).safeParse({ budget: budgetRaw });
  const budget = header.success ? Math.round(header.data.budget * 100) : 10_000_000;
  const lines = linesFrom(url.searchParams, { fromDay: from, toDay: to });
  const figures = buildPlan(db, merchant, { budget, lines });
  return { merchant: shownMerchant(merchant), from, to, budget, figures };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const { db, merchant, user, audit } = await requireMerchant(request, params.merchant, "plan");
  const form = await request.formData();
  const header = planHeaderSchema.safeParse({ name: form.get("name"), budget: form.get("budget"), from: form.get("from"), to: form.get("to") });
  if (!header.success) return { error: header.error.issues.map((i) => i.message).join(" ") };
  const lines = linesFrom(form, { fromDay: header.data.from, toDay: header.data.to });
  const figures = buildPlan(db, merchant, { budget: header.data.budget, lines });
  const saved = savePlan(db, merchant, { ...header.data, objective: "manual", constraints: {}, asOf: figures.asOf, figures, userId: user?.id ?? null });
  if (!saved.ok) return { error: saved.error };
  audit("plan_changed", { saved: saved.id, name: header.data.name, lines: figures.lines.length });
  return redirect(`/m/${merchant.slug}/plans/${saved.id}`);
}

export default function PlanBuilder() {
  const { merchant, from, to, budget, figures } = useLoaderData<typeof loader>();
  const saved = useActionData<typeof action>();
  const base = `/m/${merchant.slug}`;
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{TEXT.builderTitle}</h1>
          <div className="sub">estimates from history up to {figures.asOf}</div>
        </div>
        <div className="presets">
          <Link to={`${base}/creators`}>Add creators from the roster</Link>
          <Link to={`${base}/plans/suggest`}>{TEXT.suggestTitle}</Link>
        </div>
      </div>
      <Form method="get" className="card" aria-label="Plan lines">
        <div className="table-tools" style={{ gap: 8, flexWrap: "wrap" }}>
          <label>
            Budget <input name="budget" type="number" min={0} step="0.01" defaultValue={centsToDecimal(budget)} />
          </label>
          <label>
            From <input name="from" type="date" defaultValue={from} />
          </label>
          <label>
            To <input name="to" type="date" defaultValue={to} />
          </label>
        </div>
        <table className="data">
          <thead>
            <tr>
              <th>Creator</th>
              <th>Format</th>
              <th>Posts</th>
              <th>From</th>
              <th>To</th>
              <th>Intent</th>
              <th>Remove</th>
            </tr>
          </thead>
          <tbody>
            {figures.lines.map((l, i) => (
              <tr key={`${l.accountId}|${l.format}|${i}`}>
                <td>
                  {l.name || l.accountId}
                  <input type="hidden" name={`key_${i}`} value={`${l.accountId}~${l.format}`} />
                </td>
                <td>{l.format}</td>
                <td>
                  <input name={`posts_${i}`} type="number" min={1} max={30} defaultValue={l.posts} aria-label={`Posts of ${l.name || l.accountId}`} style={{ width: 70 }} />
                </td>
                <td>
                  <input name={`from_${i}`} type="date" defaultValue={l.fromDay} aria-label={`First day of ${l.name || l.accountId}`} />
                </td>
                <td>
                  <input name={`to_${i}`} type="date" defaultValue={l.toDay} aria-label={`Last day of ${l.name || l.accountId}`} />
                </td>
                <td>
                  <select name={`intent_${i}`} defaultValue={l.intent} aria-label={`Intent of ${l.name || l.accountId}`}>
                    <option value="seeding">seeding</option>
                    <option value="harvesting">harvesting</option>
                  </select>
                </td>
                <td>
                  <input type="checkbox" name={`remove_${i}`} value="1" aria-label={`Remove ${l.name || l.accountId}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {figures.lines.length === 0 ? <p className="muted">No lines yet: select creators on the roster, or ask for a suggestion.</p> : null}
        {figures.missing.length ? <p className="small bad">{figures.missing.length} line(s) have no estimate and were left out.</p> : null}
        <button className="btn" type="submit">
          {TEXT.update}
        </button>
      </Form>
      <PlanTotalsCards t={figures.totals} currency={merchant.currency} />
      <div className="card">
        <PlanLinesTable lines={figures.lines} currency={merchant.currency} />
      </div>
      <Form method="post" className="card" aria-label="Save plan">
        <CsrfField />
        <input type="hidden" name="budget" value={centsToDecimal(budget)} />
        <input type="hidden" name="from" value={from} />
        <input type="hidden" name="to" value={to} />
        {figures.lines.map((l) => (
          <input key={`${l.accountId}|${l.format}|${l.fromDay}`} type="hidden" name="line" value={encodeLine(l)} />
        ))}
        <label>
          {TEXT.planName} <input name="name" required maxLength={120} />
        </label>{" "}
        <button className="btn primary" type="submit" disabled={figures.lines.length === 0}>
          {TEXT.savePlan}
        </button>
        {saved && "error" in saved ? (
          <p className="bad" role="alert">
            {saved.error}
          </p>
        ) : null}
      </Form>
    </div>
  );
}
