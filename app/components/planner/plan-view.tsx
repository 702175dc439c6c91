// A plan's totals, splits and lines, for the builder, the suggestion and a saved plan alike.
import { formatCompact, formatMoney, formatPercent } from "~/domain/money";
import type { PlannedLine, PlanTotals } from "~/domain/planner/plan";
import { RangeCell } from "./cells";

export function PlanTotalsCards({ t, currency }: { t: PlanTotals; currency: string }) {
  const money = (v: number | null) => formatMoney(v, currency);
  return (
    <>
      <div className="grid cols-4" data-plan-totals>
        <div className="card kpi">
          <div className="label">Expected GMV (P10–P90)</div>
          <div className="value" data-expected-gmv>
            {money(t.expectedGmv)}
          </div>
          <div className="delta">
            {money(t.gmvP10)} – {money(t.gmvP90)}
          </div>
        </div>
        <div className="card kpi">
          <div className="label">Cost against budget</div>
          <div className="value" data-plan-cost>
            {money(t.cost)}
          </div>
          <div className={`delta ${t.budgetLeft < 0 ? "bad" : ""}`}>
            of {money(t.budget)} · {t.budgetLeft < 0 ? `${money(-t.budgetLeft)} over` : `${money(t.budgetLeft)} left`}
          </div>
        </div>
        <div className="card kpi">
          <div className="label">ROI</div>
          <div className="value">{t.roi === null ? "—" : t.roi.toFixed(2)}</div>
          <div className="delta">
            {t.creators} creators · {t.posts} posts
          </div>
        </div>
        <div className="card kpi">
          <div className="label">Expected views</div>
          <div className="value">{formatCompact(Math.round(t.expectedViews))}</div>
          <div className="delta">
            {formatCompact(Math.round(t.viewsP10))} – {formatCompact(Math.round(t.viewsP90))}
          </div>
        </div>
      </div>
      <div className="card">
        <table className="data" aria-label="Plan split">
          <thead>
            <tr>
              <th>Split</th>
              <th className="num">Lines</th>
              <th className="num">Cost</th>
              <th className="num">Expected GMV</th>
              <th className="num">Share of cost</th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                ["T · Top-KOL", t.byPillar.T],
                ["A · Alliance", t.byPillar.A],
                ["Seeding", t.byIntent.seeding],
                ["Harvesting", t.byIntent.harvesting],
              ] as const
            ).map(([label, s]) => (
              <tr key={label}>
                <td>{label}</td>
                <td className="num">{s.lines}</td>
                <td className="num">{money(s.cost)}</td>
                <td className="num">{money(s.expectedGmv)}</td>
                <td className="num">{formatPercent(t.cost > 0 ? s.cost / t.cost : null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="small muted">A line with a Top-KOL counts in T, any other in A. P10–P90 of the plan come from 2,000 simulations of its lines with a fixed seed.</p>
      </div>
    </>
  );
}

export function PlanLinesTable({ lines, currency, flags }: { lines: PlannedLine[]; currency: string; flags?: (l: PlannedLine) => string | null }) {
  const money = (v: number | null) => formatMoney(v, currency);
  return (
    <div className="table-wrap">
      <table className="data" aria-label="Plan lines">
        <thead>
          <tr>
            <th>Creator</th>
            <th>Format</th>
            <th className="num">Posts</th>
            <th>Window</th>
            <th>Intent</th>
            <th>Pillar</th>
            <th className="num">Expected views</th>
            <th className="num">Expected GMV (P10–P90)</th>
            <th className="num">Cost</th>
            <th className="num">ROI</th>
            <th className="num">Break-even GPM</th>
            <th>Why</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={`${l.accountId}|${l.format}|${l.fromDay}`} data-line={l.accountId}>
              <td>
                {l.name || l.accountId}
                <div className="small muted">
                  {l.accountId}
                  {l.estimated ? " · estimated" : ""}
                  {flags?.(l) ? <span className="pill bad"> {flags(l)}</span> : null}
                </div>
              </td>
              <td>{l.format}</td>
              <td className="num">{l.posts}</td>
              <td className="small">
                {l.fromDay} – {l.toDay}
              </td>
              <td>{l.intent}</td>
              <td>
                <span className={`pill ${l.pillar}`}>{l.pillar}</span>
              </td>
              <td className="num">{formatCompact(Math.round(l.expectedViews))}</td>
              <td className="num">
                <RangeCell value={money(l.expectedGmv)} lo={money(l.gmvP10)} hi={money(l.gmvP90)} />
              </td>
              <td className="num">{money(l.cost)}</td>
              <td className="num">{l.roi === null ? "—" : l.roi.toFixed(2)}</td>
              <td className="num">{money(l.breakEvenGpm === null ? null : Math.round(l.breakEvenGpm))}</td>
              <td className="small">{l.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
