// Suggest a plan under a budget, dates and constraints; the budget scenarios around it; save it.
import { tierText } from "~/components/words-text";
import { plannerText } from "~/components/planner/planner-text";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { CsrfField } from "~/components/csrf-field";
import { PlanLinesTable, PlanTotalsCards } from "~/components/planner/plan-view";
import { useFormat } from "~/components/use-format";
import { centsToDecimal } from "~/domain/money";
import { encodeLine, suggestRequestSchema } from "~/domain/planner/requests";
import { addDays } from "~/domain/time";
import { pageTitle } from "~/i18n/t";
import { plannerContext } from "~/services/planner/context.server";
import { buildPlan, savePlan } from "~/services/planner/plans.server";
import { budgetScenarioTable, suggestWith } from "~/services/planner/suggest.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";
import { decodeLine, planLineSchema, planHeaderSchema } from "~/domain/planner/requests";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("planner.suggestTitle"));

function requestFrom(url: URL) {
  const p = url.searchParams;
  const pct = (k: string) => (p.get(k) ? String(Number(p.get(k)) / 100) : undefined);
  return {
    budget: p.get("budget") ?? undefined,
    from: p.get("from") ?? undefined,
    to: p.get("to") ?? undefined,
    objective: p.get("objective") || undefined,
    maxShare: pct("maxShare"),
    maxPosts: p.get("maxPosts") || undefined,
    minCreators: p.get("minCreators") || undefined,
    minSeedingShare: pct("minSeedingShare"),
    formats: p.getAll("formats"),
    tiers: p.getAll("tiers"),
    categories: p.getAll("categories"),
    prospects: p.get("prospects") || undefined,
  };
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "read");
  const url = new URL(request.url);
  const ctx = plannerContext(db, merchant);
  const defaults = { from: addDays(ctx.asOf, 1), to: addDays(ctx.asOf, 30) };
  const choices = {
    tiers: merchant.settings.tierBands.map((b) => b.name),
    categories: [...new Set(ctx.rows.map((r) => r.profile.category))].sort(),
    defaultMaxPosts: ctx.settings.defaultMaxPosts,
  };
  const raw = requestFrom(url);
  if (!raw.budget) return { merchant: shownMerchant(merchant), defaults, choices, query: null, errors: null, outcome: null, scenarios: null };
  const parsed = suggestRequestSchema.safeParse({ ...defaults, ...Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) });
  if (!parsed.success) {
    return { merchant: shownMerchant(merchant), defaults, choices, query: url.search, errors: parsed.error.issues.map((i) => i.message), outcome: null, scenarios: null };
  }
  const outcome = suggestWith(ctx, merchant, parsed.data);
  const scenarios = outcome.ok ? budgetScenarioTable(ctx, parsed.data) : null;
  return { merchant: shownMerchant(merchant), defaults, choices, query: url.search, errors: null, outcome, scenarios };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const { db, merchant, user, audit } = await requireMerchant(request, params.merchant, "plan");
  const form = await request.formData();
  const header = planHeaderSchema.safeParse({ name: form.get("name"), budget: form.get("budget"), from: form.get("from"), to: form.get("to") });
  if (!header.success) return { error: header.error.issues.map((i) => i.message).join(" ") };
  const lines = form.getAll("line").flatMap((v) => {
    const p = planLineSchema.safeParse(decodeLine(String(v), { fromDay: header.data.from, toDay: header.data.to }));
    return p.success ? [p.data] : [];
  });
  const whys = form.getAll("why").map(String);
  const figures = buildPlan(db, merchant, { budget: header.data.budget, lines: lines.map((l, i) => ({ ...l, why: whys[i] ?? "" })) });
  const objective = form.get("objective") === "p10" ? "p10" : "gmv";
  let constraints: Record<string, unknown> = {};
  try {
    constraints = JSON.parse(String(form.get("constraints") ?? "{}")) as Record<string, unknown>;
  } catch {
    constraints = {};
  }
  const saved = savePlan(db, merchant, { ...header.data, objective, constraints, asOf: figures.asOf, figures, userId: user?.id ?? null });
  if (!saved.ok) return { error: saved.error };
  audit("plan_changed", { saved: saved.id, name: header.data.name, lines: figures.lines.length });
  return redirect(`/m/${merchant.slug}/plans/${saved.id}`);
}

export default function SuggestPage() {
  const { merchant, defaults, choices, errors, outcome, scenarios } = useLoaderData<typeof loader>();
  const saved = useActionData<typeof action>();
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => f.money(v, merchant.currency);
  const base = `/m/${merchant.slug}`;
  const r = outcome?.ok ? outcome.request : null;
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{t("planner.suggestTitle")}</h1>
          <div className="sub">{t("planner.suggestion.sub")}</div>
        </div>
        <div className="presets">
          <Link to={`${base}/creators`}>{t("planner.rosterTitle")}</Link>
          <Link to={`${base}/plans`}>{t("planner.plansTitle")}</Link>
        </div>
      </div>
      <Form method="get" className="card" aria-label={t("planner.suggestion.constraints")}>
        <div className="grid cols-4" style={{ gap: 8 }}>
          <label>
            {t("planner.col.budget")} <input name="budget" type="number" min={0} step="0.01" required defaultValue={r ? centsToDecimal(r.budget) : ""} />
          </label>
          <label>
            {t("planner.col.from")} <input name="from" type="date" defaultValue={r?.from ?? defaults.from} />
          </label>
          <label>
            {t("planner.col.to")} <input name="to" type="date" defaultValue={r?.to ?? defaults.to} />
          </label>
          <label>
            {t("planner.suggestion.objective")}{" "}
            <select name="objective" defaultValue={r?.objective ?? "gmv"}>
              <option value="gmv">{t("planner.suggestion.bestGmv")}</option>
              <option value="p10">{t("planner.suggestion.bestP10")}</option>
            </select>
          </label>
          <label>
            {t("planner.suggestion.maxShare")} <input name="maxShare" type="number" min={1} max={100} defaultValue={r ? Math.round(r.maxShare * 100) : 30} />
          </label>
          <label>
            {t("planner.suggestion.maxPosts")} <input name="maxPosts" type="number" min={1} max={30} defaultValue={r?.maxPosts ?? choices.defaultMaxPosts} />
          </label>
          <label>
            {t("planner.suggestion.minCreators")} <input name="minCreators" type="number" min={0} defaultValue={r?.minCreators ?? 0} />
          </label>
          <label>
            {t("planner.suggestion.minSeedingShare")} <input name="minSeedingShare" type="number" min={0} max={100} defaultValue={r ? Math.round(r.minSeedingShare * 100) : 0} />
          </label>
        </div>
        <fieldset>
          <legend>{t("planner.suggestion.formats")}</legend>
          {(["live", "video"] as const).map((format) => (
            <label key={format}>
              <input type="checkbox" name="formats" value={format} defaultChecked={r?.formats.includes(format) ?? false} /> {t(`planner.format.${format}`)}{" "}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("planner.suggestion.tiers")}</legend>
          {choices.tiers.map((tier) => (
            <label key={tier}>
              <input type="checkbox" name="tiers" value={tier} defaultChecked={r?.tiers.includes(tier) ?? false} /> {tierText(t, tier)}{" "}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("planner.suggestion.categories")}</legend>
          {choices.categories.map((c) => (
            <label key={c}>
              <input type="checkbox" name="categories" value={c} defaultChecked={r?.categories.includes(c) ?? false} /> {c ? <span translate="no">{c}</span> : t("planner.none")}{" "}
            </label>
          ))}
        </fieldset>
        <p className="small muted">{t("planner.noneTicked")}</p>
        <button className="btn primary" type="submit" data-suggest>
          {t("planner.suggest")}
        </button>
      </Form>
      {errors ? (
        <div className="card bad" role="alert">
          {errors.map((e) => plannerText(t, e)).join(" ")}
        </div>
      ) : null}
      {outcome && !outcome.ok ? (
        <div className="card bad" role="alert" data-infeasible>
          {t("planner.suggestion.infeasible", { constraint: outcome.constraint })} {plannerText(t, outcome.message)}
        </div>
      ) : null}
      {outcome?.ok ? (
        <>
          <PlanTotalsCards t={outcome.figures.totals} currency={merchant.currency} />
          <div className="card small" data-baselines>
            {t("planner.suggestion.baselines", {
              objective: outcome.request.objective === "gmv" ? t("planner.suggestion.objectiveGmv") : t("planner.suggestion.objectiveP10"),
              value: money(Math.round(outcome.objectiveValue)),
              byGpm: money(Math.round(outcome.baselines.byGpm)),
              byFollowers: money(Math.round(outcome.baselines.byFollowers)),
              candidates: f.count(outcome.candidates),
            })}
          </div>
          <div className="card">
            <PlanLinesTable lines={outcome.figures.lines} currency={merchant.currency} />
          </div>
          <Form method="post" className="card" aria-label={t("planner.savePlan")}>
            <CsrfField />
            <input type="hidden" name="budget" value={centsToDecimal(outcome.request.budget)} />
            <input type="hidden" name="from" value={outcome.request.from} />
            <input type="hidden" name="to" value={outcome.request.to} />
            <input type="hidden" name="objective" value={outcome.request.objective} />
            <input type="hidden" name="constraints" value={JSON.stringify({ ...outcome.constraints, formats: outcome.request.formats, tiers: outcome.request.tiers, categories: outcome.request.categories })} />
            {outcome.figures.lines.map((l) => (
              <span key={`${l.accountId}|${l.format}`}>
                <input type="hidden" name="line" value={encodeLine(l)} />
                <input type="hidden" name="why" value={l.why} />
              </span>
            ))}
            <label>
              {t("planner.planName")} <input name="name" required maxLength={120} />
            </label>{" "}
            <button className="btn primary" type="submit">
              {t("planner.savePlan")}
            </button>{" "}
            <Link
              to={`${base}/plans/new?${new URLSearchParams([
                ["budget", centsToDecimal(outcome.request.budget)],
                ["from", outcome.request.from],
                ["to", outcome.request.to],
                ...outcome.figures.lines.map((l) => ["line", encodeLine(l)]),
              ]).toString()}`}
            >
              {t("planner.openInBuilder")}
            </Link>
            {saved && "error" in saved ? (
              <p className="bad" role="alert">
                {saved.error.split(/(?<=\.) /).map((x) => plannerText(t, x)).join(" ")}
              </p>
            ) : null}
          </Form>
          {scenarios ? (
            <div className="card">
              <div className="card-head">
                <h2>{t("planner.suggestion.scenarios")}</h2>
                <span className="hint">{t("planner.suggestion.scenariosHint")}</span>
              </div>
              <table className="data" aria-label={t("planner.suggestion.scenarios")}>
                <thead>
                  <tr>
                    <th className="num">{t("planner.col.budget")}</th>
                    <th className="num">{t("planner.col.expectedGmv")}</th>
                    <th className="num">{t("planner.col.spent")}</th>
                    <th className="num">{t("planner.col.marginal")}</th>
                  </tr>
                </thead>
                <tbody>
                  {scenarios.map((s) => (
                    <tr key={s.budget}>
                      <td className="num">{money(s.budget)}</td>
                      <td className="num">{money(Math.round(s.gmv))}</td>
                      <td className="num">{money(s.cost)}</td>
                      <td className="num" data-marginal>
                        {s.marginal === null ? "—" : s.marginal.toFixed(2)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
