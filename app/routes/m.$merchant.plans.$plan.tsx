// A saved plan: its figures as planned, what it delivered so far (variance split into volume,
// efficiency and mix), lines never posted, conflicts across the workspace, export and delete.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { CsrfField } from "~/components/csrf-field";
import { PlanLinesTable, PlanTotalsCards } from "~/components/planner/plan-view";
import { useFormat } from "~/components/use-format";
import { pageTitle } from "~/i18n/t";
import { planActual } from "~/services/planner/actual.server";
import { planConflicts } from "~/services/planner/conflicts.server";
import { loadPlan, removePlan } from "~/services/planner/plans.server";
import { notFound, requireMerchant, shownMerchant } from "~/services/route-context.server";

export const meta: MetaFunction = ({ matches, data }) =>
  pageTitle(matches, (t) => (data as { plan?: { name: string } } | undefined)?.plan?.name || t("planner.plansTitle"));

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

const STATUS_KEY = { "not started": "notStarted", running: "running", finished: "finished" } as const;

export default function PlanPage() {
  const { merchant, plan, actual: a, conflicts } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => f.money(v === null ? null : Math.round(v), merchant.currency);
  const base = `/m/${merchant.slug}`;
  const booked = new Set(conflicts.map((c) => c.accountId));
  const made =
    plan.objective === "manual"
      ? t("planner.plan.byHand")
      : t("planner.plan.suggestedFor", { what: plan.objective === "p10" ? t("planner.plan.bestP10") : t("planner.plan.bestGmv") });
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1 data-plan-name translate="no">
            {plan.name}
          </h1>
          <div className="sub">
            {plan.from} – {plan.to} · {made} · {t("planner.plan.asOf", { day: plan.asOf })}
          </div>
        </div>
        <div className="presets">
          {/* in the page's language, as the report downloads; the canonical CSV keeps the snake_case keys and English words */}
          <a href={`${base}/plans/${plan.id}/export?format=csv&lang=${i18n.language}`} download data-export="csv">
            {t("planner.exportCsv")}
          </a>
          <a href={`${base}/plans/${plan.id}/export?format=xlsx&lang=${i18n.language}`} download data-export="xlsx">
            {t("planner.exportXlsx")}
          </a>
          <a href={`${base}/plans/${plan.id}/export?format=csv`} download data-export="csv-canonical">
            {t("reports.canonicalCsv")}
          </a>
          <Link to={`${base}/forecast?plan=${plan.id}`}>{t("planner.plan.onForecast")}</Link>
        </div>
      </div>
      <PlanTotalsCards t={plan.totals} currency={merchant.currency} />
      {conflicts.length ? (
        <div className="card bad" role="alert" data-conflicts>
          <h2>{t("planner.plan.conflicts")}</h2>
          <ul>
            {conflicts.map((c, i) => (
              <li key={i}>
                {t("planner.plan.conflictLine", {
                  account: c.accountId,
                  from: c.mine.fromDay,
                  to: c.mine.toDay,
                  merchant: c.other.merchantName,
                  plan: c.other.planName,
                  otherFrom: c.other.fromDay,
                  otherTo: c.other.toDay,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="card">
        <PlanLinesTable lines={plan.lines} currency={merchant.currency} flags={(l) => (booked.has(l.accountId) ? t("planner.conflict") : null)} />
      </div>
      <div className="card" data-actual>
        <div className="card-head">
          <h2>{t("planner.plan.againstActual")}</h2>
          <span className="hint">
            {t(`planner.status.${STATUS_KEY[a.status]}`)} · {t("planner.plan.actualHint", { day: a.through })}
          </span>
        </div>
        <div className="grid cols-4">
          <div className="kpi">
            <div className="label">{t("planner.plan.varianceLabel")}</div>
            <div className="value" data-variance>
              {money(a.split.total)}
            </div>
            <div className="delta">{t("planner.plan.against", { actual: money(a.actualGmv), planned: money(a.plannedGmv) })}</div>
          </div>
          <div className="kpi">
            <div className="label">{t("planner.plan.volume")}</div>
            <div className="value">{money(a.split.volume)}</div>
          </div>
          <div className="kpi">
            <div className="label">{t("planner.plan.efficiency")}</div>
            <div className="value">{money(a.split.efficiency)}</div>
          </div>
          <div className="kpi">
            <div className="label">{t("planner.plan.mix")}</div>
            <div className="value">{money(a.split.mix)}</div>
          </div>
        </div>
        <table className="data" aria-label={t("planner.plan.linesActual")}>
          <thead>
            <tr>
              <th>{t("planner.col.creator")}</th>
              <th>{t("planner.col.format")}</th>
              <th className="num">{t("planner.col.postsPlannedActual")}</th>
              <th className="num">{t("planner.col.viewsPlannedActual")}</th>
              <th className="num">{t("planner.col.gmvPlannedActual")}</th>
              <th className="num">{t("planner.col.volume")}</th>
              <th className="num">{t("planner.col.efficiency")}</th>
              <th className="num">{t("planner.col.variance")}</th>
            </tr>
          </thead>
          <tbody>
            {a.lines.map((l, i) => (
              <tr key={i} className={l.neverPosted ? "warn" : undefined}>
                <td>
                  {l.name || l.accountId}
                  {l.neverPosted ? <span className="pill bad"> {t("planner.neverPosted")}</span> : null}
                </td>
                <td className="nowrap">{t(`planner.format.${l.format}`)}</td>
                <td className="num">
                  {f.count(l.plannedPosts)} / {f.count(l.actualPosts)}
                </td>
                <td className="num">
                  {f.compact(Math.round(l.plannedViews))} / {f.compact(l.actualViews)}
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
        <p className="small muted">{t("planner.plan.varianceNote")}</p>
      </div>
      <Form
        method="post"
        className="card"
        onSubmit={(e) => {
          if (!confirm(t("planner.deleteConfirm", { name: plan.name }))) e.preventDefault();
        }}
      >
        <CsrfField />
        <button className="btn" type="submit">
          {t("planner.deletePlan")}
        </button>{" "}
        <code className="small">factloop plan show "{plan.name}" --merchant {merchant.slug}</code>
      </Form>
    </div>
  );
}
