// The phase report's columns for the shared DataTable: typed cells formatted for reading in the
// page's language, each header explaining its measure. Cells carry data-col so tests can read a
// column by its key.
import type { ColumnDef } from "@tanstack/react-table";
import { useTranslation } from "react-i18next";
import type { Column, Row } from "~/domain/report/table";
import { columnLabel } from "../column-label";
import { useFormat } from "../use-format";
import { formatCell } from "./format";

export function reportColumns(columns: Column[], currency: string): ColumnDef<Row, unknown>[] {
  return columns.map((c) => ({
    id: c.key,
    accessorFn: (r: Row) => r[c.key] ?? null,
    header: () => <ColumnName c={c} />,
    // a ratio with no value sorts below every real value
    sortUndefined: "last",
    sortingFn: c.type === "text" ? "text" : (a, b, id) => num(a.getValue(id)) - num(b.getValue(id)),
    meta: { numeric: c.type !== "text", description: c.definition, label: c.label },
    cell: (ctx) => <PhaseCell c={c} v={ctx.getValue() as Row[string]} currency={currency} />,
  }));
}

function ColumnName({ c }: { c: Column }) {
  const { t } = useTranslation();
  return <>{columnLabel(t, c)}</>;
}

function PhaseCell({ c, v, currency }: { c: Column; v: Row[string]; currency: string }) {
  const f = useFormat();
  const text = formatCell(c, v, currency, f);
  return c.type === "text" && v === "ALL" ? <b data-col={c.key}>{text}</b> : <span data-col={c.key}>{text}</span>;
}

const num = (v: unknown) => (typeof v === "number" ? v : Number.NEGATIVE_INFINITY);
