// Table columns from a report's typed columns: the same labels, definitions and formatting on
// the page as in its CSV and XLSX.
import type { ColumnDef } from "@tanstack/react-table";
import type { ReactNode } from "react";
import { formatCount, formatMoney, formatPercent } from "~/domain/money";
import type { Cell, Column, Row } from "~/domain/report/table";

export function formatCell(column: Column, value: Cell | undefined, currency: string): string {
  if (value === null || value === undefined || value === "") return column.type === "text" ? "" : "—";
  if (typeof value === "string") return value;
  switch (column.type) {
    case "money":
      return formatMoney(value, currency);
    case "count":
      return formatCount(value);
    case "ratio":
      // small rates (orders ÷ views) need a second decimal to say anything
      return formatPercent(value, value !== 0 && Math.abs(value) < 0.01 ? 2 : 1);
    case "number":
      return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case "text":
      return String(value);
  }
}

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
