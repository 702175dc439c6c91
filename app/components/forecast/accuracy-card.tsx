// How good the forecast has been: MASE against seasonal naive and the interval coverage, measured
// by the backtest at the origins it names, and which model was chosen and why.
import { useFormat } from "~/components/use-format";
import type { Message } from "~/domain/message";
import { useForecastText } from "./forecast-text";

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

export function AccuracyCard({
  accuracy: a,
  model,
  reason,
  reasonMessage,
  candidates,
}: {
  accuracy: AccuracyView;
  model: string;
  /** English, for forecasts cached before the reason became a message */
  reason: string;
  reasonMessage?: Message;
  candidates: { id: string; label: string; mase: number | null; failed?: string }[];
}) {
  const { t, message, model: modelName } = useForecastText();
  const fm = useFormat();
  const num = (v: number | null) => (v === null ? "—" : fm.decimal(v, 2));
  const gain = a.relativeMase === null ? null : 1 - a.relativeMase;
  return (
    <div className="card">
      <div className="card-head">
        <h2>{t("forecastPage.accuracyTitle")}</h2>
      </div>
      <p>
        <strong>{modelName(model)}</strong> · {reasonMessage ? message(reasonMessage) : reason}
      </p>
      <div className="grid cols-3">
        <div className="kpi">
          <div className="label">{t("forecastPage.mase")}</div>
          <div className="value">{num(a.mase)}</div>
          <div className="muted">
            {t("forecastPage.seasonalNaive", { value: num(a.seasonalNaiveMase) })}
            {gain !== null && gain > 0 ? ` · ${t("forecastPage.smallerErrors", { gain: fm.percent(gain, 0) })}` : ""}
          </div>
        </div>
        <div className="kpi">
          <div className="label">{t("forecastPage.held80")}</div>
          <div className="value">{fm.percent(a.coverage80, 0)}</div>
          <div className="muted">{t("forecastPage.ofPastDays", { count: a.checkedPoints })}</div>
        </div>
        <div className="kpi">
          <div className="label">{t("forecastPage.held95")}</div>
          <div className="value">{fm.percent(a.coverage95, 0)}</div>
          <div className="muted">{t("forecastPage.ofPastDays", { count: a.checkedPoints })}</div>
        </div>
      </div>
      {a.origins.length ? (
        <p className="muted">
          {t("forecastPage.measured", { horizon: a.horizon, origins: a.origins.length, first: a.origins[0], last: a.origins[a.origins.length - 1] })}
        </p>
      ) : (
        <p className="muted">{t("forecastPage.notEnough")}</p>
      )}
      {candidates.length > 1 ? (
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr>
                <th>{t("forecastPage.modelTested")}</th>
                <th>MASE</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((c) => (
                <tr key={c.id}>
                  <td>{modelName(c.label)}</td>
                  <td>{c.failed ? <span className="muted">{t("forecastPage.notScored", { why: c.failed })}</span> : num(c.mase)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
