// A plan's totals, splits and lines, for the builder, the suggestion and a saved plan alike.
import { useTranslation } from "react-i18next";
import { useFormat } from "~/components/use-format";
import type { PlannedLine, PlanTotals } from "~/domain/planner/plan";
import { RangeCell } from "./cells";
import { planLineWhy } from "./planner-text";

export function PlanTotalsCards({ t: totals, currency }: { t: PlanTotals; currency: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => f.money(v, currency);
  return (
    <>
      <div className="grid cols-4" data-plan-totals>
        <div className="card kpi">
          <div className="label">{t("planner.col.expectedGmvRange")}</div>
          <div className="value" data-expected-gmv>
            {money(totals.expectedGmv)}
          </div>
          <div className="delta">
            {money(totals.gmvP10)} – {money(totals.gmvP90)}
          </div>
        </div>
        <div className="card kpi">
          <div className="label">{t("planner.totals.costAgainstBudget")}</div>
          <div className="value" data-plan-cost>
            {money(totals.cost)}
          </div>
          <div className={`delta ${totals.budgetLeft < 0 ? "bad" : ""}`}>
            {t("planner.totals.of", { budget: money(totals.budget) })} ·{" "}
            {totals.budgetLeft < 0 ? t("planner.totals.over", { amount: money(-totals.budgetLeft) }) : t("planner.totals.left", { amount: money(totals.budgetLeft) })}
          </div>
        </div>
        <div className="card kpi">
          <div className="label">{t("planner.col.roi")}</div>
          <div className="value">{totals.roi === null ? "—" : f.decimal(totals.roi, 2)}</div>
          <div className="delta">{t("planner.totals.creatorsPosts", { creators: f.count(totals.creators), posts: f.count(totals.posts) })}</div>
        </div>
        <div className="card kpi">
          <div className="label">{t("planner.col.expectedViews")}</div>
          <div className="value">{f.compact(Math.round(totals.expectedViews))}</div>
          <div className="delta">
            {f.compact(Math.round(totals.viewsP10))} – {f.compact(Math.round(totals.viewsP90))}
          </div>
        </div>
      </div>
      <div className="card">
        <table className="data" aria-label={t("planner.totals.split")}>
          <thead>
            <tr>
              <th>{t("planner.col.split")}</th>
              <th className="num">{t("planner.col.lines")}</th>
              <th className="num">{t("planner.col.cost")}</th>
              <th className="num">{t("planner.col.expectedGmv")}</th>
              <th className="num">{t("planner.col.shareOfCost")}</th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                ["T", t("planner.pillarT"), totals.byPillar.T],
                ["A", t("planner.pillarA"), totals.byPillar.A],
                ["seeding", t("planner.intent.seeding"), totals.byIntent.seeding],
                ["harvesting", t("planner.intent.harvesting"), totals.byIntent.harvesting],
              ] as const
            ).map(([key, label, s]) => (
              <tr key={key}>
                <td className="nowrap">{label}</td>
                <td className="num">{f.count(s.lines)}</td>
                <td className="num">{money(s.cost)}</td>
                <td className="num">{money(s.expectedGmv)}</td>
                <td className="num">{f.percent(totals.cost > 0 ? s.cost / totals.cost : null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="small muted">{t("planner.totals.note")}</p>
      </div>
    </>
  );
}

export function PlanLinesTable({ lines, currency, flags }: { lines: PlannedLine[]; currency: string; flags?: (l: PlannedLine) => string | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => f.money(v, currency);
  return (
    <div className="table-wrap">
      <table className="data" aria-label={t("planner.builder.lines")}>
        <thead>
          <tr>
            <th>{t("planner.col.creator")}</th>
            <th>{t("planner.col.format")}</th>
            <th className="num">{t("planner.col.posts")}</th>
            <th>{t("planner.col.window")}</th>
            <th>{t("planner.col.intent")}</th>
            <th>{t("planner.col.pillar")}</th>
            <th className="num">{t("planner.col.expectedViews")}</th>
            <th className="num">{t("planner.col.expectedGmvRange")}</th>
            <th className="num">{t("planner.col.cost")}</th>
            <th className="num">{t("planner.col.roi")}</th>
            <th className="num">{t("planner.col.breakEven")}</th>
            <th>{t("planner.col.why")}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={`${l.accountId}|${l.format}|${l.fromDay}`} data-line={l.accountId}>
              <td>
                {l.name || l.accountId}
                <div className="small muted">
                  {l.accountId}
                  {l.estimated ? ` · ${t("planner.estimated")}` : ""}
                  {flags?.(l) ? <span className="pill bad"> {flags(l)}</span> : null}
                </div>
              </td>
              <td className="nowrap">{t(`planner.format.${l.format}`)}</td>
              <td className="num">{f.count(l.posts)}</td>
              <td className="small">
                {l.fromDay} – {l.toDay}
              </td>
              <td className="nowrap">{t(`planner.intent.${l.intent}`)}</td>
              <td>
                <span className={`pill ${l.pillar}`}>{l.pillar}</span>
              </td>
              <td className="num">{f.compact(Math.round(l.expectedViews))}</td>
              <td className="num">
                <RangeCell value={money(l.expectedGmv)} lo={money(l.gmvP10)} hi={money(l.gmvP90)} />
              </td>
              <td className="num">{money(l.cost)}</td>
              <td className="num">{l.roi === null ? "—" : f.decimal(l.roi, 2)}</td>
              <td className="num">{money(l.breakEvenGpm === null ? null : Math.round(l.breakEvenGpm))}</td>
              <td className="small">{planLineWhy(t, l.why)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
