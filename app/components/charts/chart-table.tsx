// The figures a chart draws, as a table behind a disclosure: the chart's text alternative for
// screen readers and for anyone who wants the exact numbers.
import { useTranslation } from "react-i18next";

export function ChartTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  const { t } = useTranslation();
  return (
    <details className="chart-table no-print">
      <summary>{t("common.chartTable")}</summary>
      <div className="table-scroll">
        <table className="data">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {head.map((h, i) => (
                <th key={i} className={i === 0 ? "" : "num"} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {c}
                    </th>
                  ) : (
                    <td key={j} className="num">
                      {c}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
