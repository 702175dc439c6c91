// Saved plans: open, compare up to three, and the planner's settings (the repeat factor).
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { CsrfField } from "~/components/csrf-field";
import { plannerText } from "~/components/planner/planner-text";
import { useFormat } from "~/components/use-format";
import { pageTitle } from "~/i18n/t";
import { plannerSettings } from "~/services/planner/context.server";
import { planList } from "~/services/planner/plans.server";
import { savePlannerSettings } from "~/services/planner/rates.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("planner.plansTitle"));

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "read");
  return { merchant: shownMerchant(merchant), plans: planList(db, merchant), settings: plannerSettings(db, merchant) };
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
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number) => f.money(v, merchant.currency);
  const base = `/m/${merchant.slug}`;
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{t("planner.plansTitle")}</h1>
          <div className="sub">{t("planner.plans.sub")}</div>
        </div>
        <div className="presets">
          <Link to={`${base}/plans/suggest`}>{t("planner.suggestTitle")}</Link>
          <Link to={`${base}/plans/new`}>{t("planner.builderTitle")}</Link>
          <Link to={`${base}/creators`}>{t("planner.rosterTitle")}</Link>
        </div>
      </div>
      <Form method="get" action={`${base}/plans/compare`} className="card">
        <table className="data" aria-label={t("planner.plans.table")}>
          <thead>
            <tr>
              <th>{t("planner.col.compare")}</th>
              <th>{t("planner.col.plan")}</th>
              <th>{t("planner.col.window")}</th>
              <th>{t("planner.col.madeBy")}</th>
              <th className="num">{t("planner.col.budget")}</th>
              <th className="num">{t("planner.col.cost")}</th>
              <th className="num">{t("planner.col.expectedGmvRange")}</th>
            </tr>
          </thead>
          <tbody>
            {plans.length === 0 ? (
              <tr>
                <td colSpan={7} className="muted">
                  {t("planner.plans.none")}
                </td>
              </tr>
            ) : (
              plans.map((p) => (
                <tr key={p.id} data-plan={p.name}>
                  <td>
                    <input type="checkbox" name="id" value={p.id} aria-label={t("planner.plans.compareOne", { name: p.name })} />
                  </td>
                  <td>
                    <Link to={`${base}/plans/${p.id}`}>{p.name}</Link>
                  </td>
                  <td>
                    {p.from} – {p.to}
                  </td>
                  <td>{p.objective === "manual" ? t("planner.plans.byHand") : p.objective === "p10" ? t("planner.plans.suggestedP10") : t("planner.plans.suggestedGmv")}</td>
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
          {t("planner.compare")}
        </button>
      </Form>
      <Form method="post" className="card" aria-label={t("planner.plans.settings")}>
        <CsrfField />
        <h2>{t("planner.plans.settings")}</h2>
        <label>
          {t("planner.plans.repeat")} <input name="repeatDecay" type="number" min={0.1} max={1} step={0.01} defaultValue={settings.repeatDecay} />
        </label>{" "}
        <label>
          {t("planner.plans.maxPosts")} <input name="defaultMaxPosts" type="number" min={1} max={30} defaultValue={settings.defaultMaxPosts} />
        </label>{" "}
        <button className="btn" type="submit">
          {t("planner.plans.saveSettings")}
        </button>
        {result?.saved ? <p className="good">{t("planner.saved")}</p> : null}
        {result?.errors ? <p className="bad">{Object.values(result.errors).map((e) => plannerText(t, String(e))).join(" ")}</p> : null}
      </Form>
    </div>
  );
}
