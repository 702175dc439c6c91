// A saved plan's expected GMV as a scenario beside the baseline forecast.
import { Form } from "@remix-run/react";
import { formatMoney } from "~/domain/money";

export interface PlanScenarioProps {
  choices: { id: number; name: string; from: string; to: string }[];
  scenario: { planId: number; name: string; byDay: Record<string, number>; inHorizon: number; total: number } | null;
  baseline: number;
  currency: string;
  /** the page's other query values, kept when a plan is chosen */
  keep: Record<string, string>;
}

export function PlanScenarioCard({ choices, scenario, baseline, currency, keep }: PlanScenarioProps) {
  const money = (v: number) => formatMoney(Math.round(v), currency);
  if (choices.length === 0) return null;
  return (
    <div className="card" data-plan-scenario>
      <div className="card-head">
        <h2>Scenario: a saved KOL plan</h2>
        <span className="hint">the plan's expected GMV spread evenly over each line's days, added to the baseline</span>
      </div>
      <Form method="get">
        {Object.entries(keep).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <select name="plan" defaultValue={scenario?.planId ?? ""} aria-label="Saved plan">
          <option value="">No plan</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.from} – {c.to})
            </option>
          ))}
        </select>{" "}
        <button className="btn" type="submit">
          Show
        </button>
      </Form>
      {scenario ? (
        <table className="data" style={{ marginTop: 8 }}>
          <tbody>
            <tr>
              <th>Baseline forecast</th>
              <td className="num">{money(baseline)}</td>
            </tr>
            <tr>
              <th>Plan “{scenario.name}” in these days</th>
              <td className="num">{money(scenario.inHorizon)}</td>
            </tr>
            <tr>
              <th>Baseline + plan</th>
              <td className="num" data-scenario-total>
                {money(baseline + scenario.inHorizon)}
              </td>
            </tr>
            <tr>
              <td colSpan={2} className="small muted">
                The plan expects {money(scenario.total)} in all; the baseline already holds the creators' usual sales, so read this as the upper side of what booking them adds.
              </td>
            </tr>
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
