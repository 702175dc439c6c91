// The phase report's columns for the shared DataTable: typed cells formatted for reading in the
// page's language, each header explaining its measure. Cells carry data-col so tests can read a
// column by its key.
import type { ColumnDef } from "@tanstack/react-table";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Column, Row } from "~/domain/report/table";
import { columnDefinition, columnLabel } from "../column-label";
import { useFormat } from "../use-format";
import { formatCell } from "./format";

/** `t` and `exists` put each header's definition in the page's language. */
export function reportColumns(columns: Column[], currency: string, t: TFunction, exists: (key: string) => boolean): ColumnDef<Row, unknown>[] {
  return columns.map((c) => ({
    id: c.key,
    accessorFn: (r: Row) => r[c.key] ?? null,
    header: () => <ColumnName c={c} />,
    // a ratio with no value sorts below every real value
    sortUndefined: "last",
    sortingFn: c.type === "text" ? "text" : (a, b, id) => num(a.getValue(id)) - num(b.getValue(id)),
    meta: { numeric: c.type !== "text", description: columnDefinition(t, c, exists), label: c.label },
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
