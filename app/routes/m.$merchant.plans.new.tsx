// The plan builder: lines of creator × format × posts × dates (from the roster's selection or
// edited here), with expected views, GMV and cost against the budget; saving keeps the figures.
import { plannerText } from "~/components/planner/planner-text";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CsrfField } from "~/components/csrf-field";
import { PlanLinesTable, PlanTotalsCards } from "~/components/planner/plan-view";
import { centsToDecimal } from "~/domain/money";
import { decodeLine, encodeLine, planHeaderSchema, planLineSchema } from "~/domain/planner/requests";
import { addDays } from "~/domain/time";
import { pageTitle } from "~/i18n/t";
import { defaultAsOf } from "~/services/planner/context.server";
import { buildPlan, savePlan } from "~/services/planner/plans.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("planner.builderTitle"));

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
  const { t } = useTranslation();
  const base = `/m/${merchant.slug}`;
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{t("planner.builderTitle")}</h1>
          <div className="sub">{t("planner.builder.sub", { day: figures.asOf })}</div>
        </div>
        <div className="presets">
          <Link to={`${base}/creators`}>{t("planner.builder.addFromRoster")}</Link>
          <Link to={`${base}/plans/suggest`}>{t("planner.suggestTitle")}</Link>
        </div>
      </div>
      <Form method="get" className="card" aria-label={t("planner.builder.lines")}>
        <div className="table-tools" style={{ gap: 8, flexWrap: "wrap" }}>
          <label>
            {t("planner.builder.budget")} <input name="budget" type="number" min={0} step="0.01" defaultValue={centsToDecimal(budget)} />
          </label>
          <label>
            {t("planner.col.from")} <input name="from" type="date" defaultValue={from} />
          </label>
          <label>
            {t("planner.col.to")} <input name="to" type="date" defaultValue={to} />
          </label>
        </div>
        <table className="data">
          <thead>
            <tr>
              <th>{t("planner.col.creator")}</th>
              <th>{t("planner.col.format")}</th>
              <th>{t("planner.col.posts")}</th>
              <th>{t("planner.col.from")}</th>
              <th>{t("planner.col.to")}</th>
              <th>{t("planner.col.intent")}</th>
              <th>{t("planner.col.remove")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.lines.map((l, i) => {
              const name = l.name || l.accountId;
              return (
                <tr key={`${l.accountId}|${l.format}|${i}`}>
                  <td>
                    {name}
                    <input type="hidden" name={`key_${i}`} value={`${l.accountId}~${l.format}`} />
                  </td>
                  <td className="nowrap">{t(`planner.format.${l.format}`)}</td>
                  <td>
                    <input name={`posts_${i}`} type="number" min={1} max={30} defaultValue={l.posts} aria-label={t("planner.builder.postsOf", { name })} style={{ width: 70 }} />
                  </td>
                  <td>
                    <input name={`from_${i}`} type="date" defaultValue={l.fromDay} aria-label={t("planner.builder.firstDayOf", { name })} />
                  </td>
                  <td>
                    <input name={`to_${i}`} type="date" defaultValue={l.toDay} aria-label={t("planner.builder.lastDayOf", { name })} />
                  </td>
                  <td>
                    <select name={`intent_${i}`} defaultValue={l.intent} aria-label={t("planner.builder.intentOf", { name })}>
                      <option value="seeding">{t("planner.intent.seeding")}</option>
                      <option value="harvesting">{t("planner.intent.harvesting")}</option>
                    </select>
                  </td>
                  <td>
                    <input type="checkbox" name={`remove_${i}`} value="1" aria-label={t("planner.builder.removeOne", { name })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {figures.lines.length === 0 ? <p className="muted">{t("planner.builder.noLines")}</p> : null}
        {figures.missing.length ? <p className="small bad">{t("planner.builder.missing", { count: figures.missing.length })}</p> : null}
        <button className="btn" type="submit">
          {t("planner.update")}
        </button>
      </Form>
      <PlanTotalsCards t={figures.totals} currency={merchant.currency} />
      <div className="card">
        <PlanLinesTable lines={figures.lines} currency={merchant.currency} />
      </div>
      <Form method="post" className="card" aria-label={t("planner.savePlan")}>
        <CsrfField />
        <input type="hidden" name="budget" value={centsToDecimal(budget)} />
        <input type="hidden" name="from" value={from} />
        <input type="hidden" name="to" value={to} />
        {figures.lines.map((l) => (
          <input key={`${l.accountId}|${l.format}|${l.fromDay}`} type="hidden" name="line" value={encodeLine(l)} />
        ))}
        <label>
          {t("planner.planName")} <input name="name" required maxLength={120} />
        </label>{" "}
        <button className="btn primary" type="submit" disabled={figures.lines.length === 0}>
          {t("planner.savePlan")}
        </button>
        {saved && "error" in saved ? (
          <p className="bad" role="alert">
            {saved.error.split(/(?<=\.) /).map((x) => plannerText(t, x)).join(" ")}
          </p>
        ) : null}
      </Form>
    </div>
  );
}
