// Repurchase cohorts as a heat table: one row per month of first purchase, one column per later
// month, each cell the share of that month's new buyers who bought again then.
import { useTranslation } from "react-i18next";
import { useFormat } from "../use-format";
import type { CohortTable as Table } from "~/domain/cohorts";

function heat(share: number | null, scale: number): React.CSSProperties | undefined {
  if (share === null || scale === 0) return undefined;
  const a = Math.min(1, share / scale);
  // light enough that the ink stays readable on every cell (WCAG AA)
  return { background: `rgba(47, 91, 234, ${(0.06 + a * 0.42).toFixed(3)})` };
}

export function CohortTable({ table }: { table: Table }) {
  // colour against the largest share shown, so a shop with 3 % repeat buyers still sees contrast
  const { t } = useTranslation();
  const f = useFormat();
  const scale = Math.max(0, ...table.cohorts.flatMap((c) => c.shares.filter((s): s is number => s !== null)));
  const offsets = Array.from({ length: table.offsets }, (_, k) => k + 1);
  return (
    <div className="table-wrap">
      <table className="data cohort" aria-label={t("phases.cohorts")}>
        <thead>
          <tr>
            <th>{t("phases.firstPurchase")}</th>
            <th className="num">{t("phases.newBuyers")}</th>
            <th className="num" title={t("phases.everAgainTitle")}>{t("phases.everAgain")}</th>
            {offsets.map((k) => (
              <th key={k} className="num">
                +{k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.cohorts.map((c) => (
            <tr key={c.month} data-cohort={c.month}>
              <td>{c.month}</td>
              <td className="num">{f.count(c.buyers)}</td>
              <td className="num">{f.percent(c.everShare)}</td>
              {offsets.map((k) => {
                const share = c.shares[k - 1];
                const returned = c.returned[k - 1];
                return returned === null ? (
                  <td key={k} className="num future" />
                ) : (
                  <td key={k} className="num heat" style={heat(share, scale)} title={t("phases.boughtAgain", { n: f.count(returned), all: f.count(c.buyers) })}>
                    {f.percent(share)}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr className="total">
            <td>{t("phases.allCohorts")}</td>
            <td className="num">{f.count(table.cohorts.reduce((s, c) => s + c.buyers, 0))}</td>
            <td className="num" />
            {offsets.map((k) => (
              <td key={k} className="num">
                {f.percent(table.average[k - 1])}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
