// The phase report's columns for the shared DataTable: typed cells formatted for reading, each
// header explaining its measure. Cells carry data-col so tests can read a column by its key.
import type { ColumnDef } from "@tanstack/react-table";
import type { Column, Row } from "~/domain/report/table";
import { formatCell } from "./format";

export function reportColumns(columns: Column[], currency: string): ColumnDef<Row, unknown>[] {
  return columns.map((c) => ({
    id: c.key,
    accessorFn: (r: Row) => r[c.key] ?? null,
    header: c.label,
    // a ratio with no value sorts below every real value
    sortUndefined: "last",
    sortingFn: c.type === "text" ? "text" : (a, b, id) => num(a.getValue(id)) - num(b.getValue(id)),
    meta: { numeric: c.type !== "text", description: c.definition },
    cell: (ctx) => {
      const v = ctx.getValue() as Row[string];
      const text = formatCell(c, v, currency);
      return c.type === "text" && v === "ALL" ? <b data-col={c.key}>{text}</b> : <span data-col={c.key}>{text}</span>;
    },
  }));
}

const num = (v: unknown) => (typeof v === "number" ? v : Number.NEGATIVE_INFINITY);
