// Table columns from a report's typed columns: the same names, definitions and formatting on
// the page as in its CSV and XLSX, in the page's language.
import type { ColumnDef } from "@tanstack/react-table";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { cellWordsKey } from "~/domain/report/cell-words";
import type { Cell, Column, Row } from "~/domain/report/table";
import { columnDefinition, columnLabel } from "../column-label";
import { formatCell } from "../format-cell";
import { useFormat } from "../use-format";

export interface ReportColumnOptions {
  currency: string;
  /** a custom cell for some columns (links to drill-downs, pills) */
  render?: Partial<Record<string, (row: Row, text: string) => ReactNode>>;
  /** a totals row shown in the footer */
  totals?: Row;
}

export function useReportColumns(columns: Column[], o: ReportColumnOptions): ColumnDef<Row, Cell | undefined>[] {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  return columns.map((c) => ({
    id: c.key,
    header: columnLabel(t, c),
    // a missing value sorts last whichever way the column is sorted; words of ours (a pillar's
    // name, a default tier, a channel) sort and filter as the reader reads them
    accessorFn: (r: Row) => {
      const words = c.words ? cellWordsKey(c.words, r[c.key], r) : null;
      return words ? t(words) : r[c.key] === null ? undefined : r[c.key];
    },
    sortUndefined: "last",
    sortDescFirst: c.type !== "text",
    meta: { numeric: c.type !== "text", description: columnDefinition(t, c, (k) => i18n.exists(k)) },
    cell: (ctx) => {
      const row = ctx.row.original;
      const text = formatCell(c, ctx.getValue(), o.currency, f);
      const render = o.render?.[c.key];
      return render ? render(row, text) : text;
    },
    footer: o.totals ? () => formatCell(c, o.totals![c.key], o.currency, f) : undefined,
  }));
}
