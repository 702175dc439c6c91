// How good the forecast has been: MASE against seasonal naive and the interval coverage, measured
// by the backtest at the origins it names, and which model was chosen and why.
import { formatPercent } from "~/domain/money";

export interface AccuracyView {
  mase: number | null;
  seasonalNaiveMase: number | null;
  relativeMase: number | null;
  horizon: number;
  origins: string[];
  coverage80: number | null;
  coverage95: number | null;
  checkedPoints: number;
}

const num = (v: number | null) => (v === null ? "—" : v.toFixed(2));

export function AccuracyCard({
  accuracy: a,
  model,
  reason,
  candidates,
}: {
  accuracy: AccuracyView;
  model: string;
  reason: string;
  candidates: { id: string; label: string; mase: number | null; failed?: string }[];
}) {
  const gain = a.relativeMase === null ? null : 1 - a.relativeMase;
  return (
    <div className="card">
      <div className="card-head">
        <h2>How good has this forecast been?</h2>
      </div>
      <p>
        <strong>{model}</strong>. {reason}
      </p>
      <div className="grid cols-3">
        <div className="kpi">
          <div className="label">MASE (lower is better)</div>
          <div className="value">{num(a.mase)}</div>
          <div className="muted">
            seasonal naive {num(a.seasonalNaiveMase)}
            {gain !== null && gain > 0 ? ` · ${formatPercent(gain, 0)} smaller errors` : ""}
          </div>
        </div>
        <div className="kpi">
          <div className="label">80% interval held</div>
          <div className="value">{formatPercent(a.coverage80, 0)}</div>
          <div className="muted">of {a.checkedPoints} past days</div>
        </div>
        <div className="kpi">
          <div className="label">95% interval held</div>
          <div className="value">{formatPercent(a.coverage95, 0)}</div>
          <div className="muted">of {a.checkedPoints} past days</div>
        </div>
      </div>
      {a.origins.length ? (
        <p className="muted">
          Measured by forecasting {a.horizon} days ahead from {a.origins.length} past cut-off points, each using only the sales
          before it: forecasts starting {a.origins[0]} to {a.origins[a.origins.length - 1]}. The interval coverage is checked on
          each cut-off with the intervals calibrated from the others.
        </p>
      ) : (
        <p className="muted">There is not enough history yet to measure accuracy on past days.</p>
      )}
      {candidates.length > 1 ? (
        <table className="data">
          <thead>
            <tr>
              <th>Model tested</th>
              <th>MASE</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((c) => (
              <tr key={c.id}>
                <td>{c.label}</td>
                <td>{c.failed ? <span className="muted">not scored: {c.failed}</span> : num(c.mase)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
