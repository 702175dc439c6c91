// A saved plan's expected GMV as a scenario beside the baseline forecast.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormat } from "~/components/use-format";

export interface PlanScenarioProps {
  choices: { id: number; name: string; from: string; to: string }[];
  scenario: { planId: number; name: string; byDay: Record<string, number>; inHorizon: number; total: number } | null;
  baseline: number;
  currency: string;
  /** the page's other query values, kept when a plan is chosen */
  keep: Record<string, string>;
}

export function PlanScenarioCard({ choices, scenario, baseline, currency, keep }: PlanScenarioProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number) => f.money(Math.round(v), currency);
  if (choices.length === 0) return null;
  return (
    <div className="card" data-plan-scenario>
      <div className="card-head">
        <h2>{t("planner.scenario.title")}</h2>
        <span className="hint">{t("planner.scenario.hint")}</span>
      </div>
      <Form method="get">
        {Object.entries(keep).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <select name="plan" defaultValue={scenario?.planId ?? ""} aria-label={t("planner.scenario.savedPlan")}>
          <option value="">{t("planner.scenario.noPlan")}</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.from} – {c.to})
            </option>
          ))}
        </select>{" "}
        <button className="btn" type="submit">
          {t("common.show")}
        </button>
      </Form>
      {scenario ? (
        <table className="data" style={{ marginTop: 8 }}>
          <tbody>
            <tr>
              <th>{t("planner.scenario.baseline")}</th>
              <td className="num">{money(baseline)}</td>
            </tr>
            <tr>
              <th>{t("planner.scenario.inDays", { name: scenario.name })}</th>
              <td className="num">{money(scenario.inHorizon)}</td>
            </tr>
            <tr>
              <th>{t("planner.scenario.total")}</th>
              <td className="num" data-scenario-total>
                {money(baseline + scenario.inHorizon)}
              </td>
            </tr>
            <tr>
              <td colSpan={2} className="small muted">
                {t("planner.scenario.note", { total: money(scenario.total) })}
              </td>
            </tr>
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
