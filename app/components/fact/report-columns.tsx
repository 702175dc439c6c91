// Table columns from a report's typed columns: the same labels, definitions and formatting on
// the page as in its CSV and XLSX.
import type { ColumnDef } from "@tanstack/react-table";
import type { ReactNode } from "react";
import type { Cell, Column, Row } from "~/domain/report/table";
import { formatCell } from "../format-cell";

export interface ReportColumnOptions {
  currency: string;
  /** a custom cell for some columns (links to drill-downs, pills) */
  render?: Partial<Record<string, (row: Row, text: string) => ReactNode>>;
  /** a totals row shown in the footer */
  totals?: Row;
}

export function reportColumns(columns: Column[], o: ReportColumnOptions): ColumnDef<Row, Cell | undefined>[] {
  return columns.map((c) => ({
    id: c.key,
    header: c.label,
    // a missing value sorts last whichever way the column is sorted
    accessorFn: (r: Row) => (r[c.key] === null ? undefined : r[c.key]),
    sortUndefined: "last",
    sortDescFirst: c.type !== "text",
    meta: { numeric: c.type !== "text", description: c.definition },
    cell: (ctx) => {
      const row = ctx.row.original;
      const text = formatCell(c, ctx.getValue(), o.currency);
      const render = o.render?.[c.key];
      return render ? render(row, text) : text;
    },
    footer: o.totals ? () => formatCell(c, o.totals![c.key], o.currency) : undefined,
  }));
}
