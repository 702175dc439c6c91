// A phase report as a page table: typed cells formatted for reading, ALL rows as totals. Shows
// the first rows only; the exports and the print page carry every row.
import type { ReportTable as Table } from "~/domain/report/table";
import { formatCell } from "./format";

export function ReportTable({ table, currency, limit }: { table: Table; currency: string; limit?: number }) {
  const rows = limit === undefined ? table.rows : table.rows.slice(0, limit);
  const splitKey = table.split === "none" ? null : table.split;
  return (
    <div className="table-wrap">
      <table className="data report-table" data-report="phases">
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} className={c.type === "text" ? "" : "num"} title={c.definition}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const total = splitKey !== null && r[splitKey] === "ALL";
            return (
              <tr key={i} className={total ? "total" : undefined} data-period={String(r.period)} data-key={splitKey ? String(r[splitKey]) : "ALL"}>
                {table.columns.map((c) => (
                  <td key={c.key} className={c.type === "text" ? "" : "num"} data-col={c.key}>
                    {formatCell(c, r[c.key], currency)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
