// One generic table for every page: sort by any column, filter across columns, paginate and
// choose the columns shown, on @tanstack/react-table v8. Knows nothing of the rows it shows.
import { useTranslation } from "react-i18next";
import { useFormat } from "./use-format";
import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type RowData,
  type SortingState,
  type VisibilityState,
} from "@tanstack/react-table";
import { useId, useState, type ReactNode } from "react";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** right-aligned, tabular figures */
    numeric?: boolean;
    /** what the column means, shown on hover of its header */
    description?: string;
    /** the column's name for the column chooser when its header is not a plain string */
    label?: string;
  }
}

export interface ExportLink {
  label: string;
  href: string;
}

export interface DataTableProps<T> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[];
  data: T[];
  /** for example [{ id: "gmv", desc: true }] */
  initialSort?: SortingState;
  /** column ids hidden until the user shows them */
  initialHidden?: string[];
  pageSize?: number;
  exportLinks?: ExportLink[];
  /** a label for the filter box and the table */
  label: string;
  emptyMessage?: ReactNode;
  /** extra controls at the left of the toolbar */
  tools?: ReactNode;
  /** a stable id per row, so focus and keys survive sorting */
  getRowId?: (row: T, index: number) => string;
}

const PAGE_SIZES = [10, 25, 50, 100];

export function DataTable<T>({
  columns,
  data,
  initialSort = [],
  initialHidden = [],
  pageSize = 25,
  exportLinks = [],
  label,
  emptyMessage,
  tools,
  getRowId,
}: DataTableProps<T>) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const [globalFilter, setGlobalFilter] = useState("");
  const [visibility, setVisibility] = useState<VisibilityState>(() => Object.fromEntries(initialHidden.map((id) => [id, false])));
  const [pagination, setPagination] = useState({ pageIndex: 0, pageSize });
  const filterId = useId();

  const table = useReactTable({
    data,
    columns,
    state: { sorting, globalFilter, columnVisibility: visibility, pagination },
    onSortingChange: setSorting,
    onGlobalFilterChange: (v) => {
      setGlobalFilter(v);
      setPagination((p) => ({ ...p, pageIndex: 0 }));
    },
    onColumnVisibilityChange: setVisibility,
    onPaginationChange: setPagination,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    globalFilterFn: "includesString",
    // text columns are searched; figures are not
    getColumnCanGlobalFilter: (column) => !column.columnDef.meta?.numeric,
  });

  const rows = table.getRowModel().rows;
  const filtered = table.getFilteredRowModel().rows.length;
  const { pageIndex } = table.getState().pagination;
  const pageCount = Math.max(1, table.getPageCount());
  // a column's `footer` (totals, for example) shows under every page of rows
  const hasFooter = table.getVisibleLeafColumns().some((c) => c.columnDef.footer !== undefined);

  return (
    <div className="data-table" data-table={label}>
      <div className="table-tools">
        {tools}
        <label className="sr-only" htmlFor={filterId}>
          {t("table.filterLabel", { label })}
        </label>
        <input
          id={filterId}
          type="search"
          placeholder={t("table.filter")}
          value={globalFilter}
          onChange={(e) => table.setGlobalFilter(e.target.value)}
          style={{ minWidth: 180 }}
        />
        <details className="column-chooser">
          <summary className="btn">{t("table.columns")}</summary>
          <div className="column-menu">
            {table.getAllLeafColumns().map((c) => (
              <label key={c.id}>
                <input type="checkbox" checked={c.getIsVisible()} disabled={!c.getCanHide()} onChange={c.getToggleVisibilityHandler()} />{" "}
                {typeof c.columnDef.header === "string" ? c.columnDef.header : i18n.exists(`col.${c.id}`) ? t(`col.${c.id}` as "col.gmv") : (c.columnDef.meta?.label ?? c.id)}
              </label>
            ))}
          </div>
        </details>
        <span className="spacer" />
        {exportLinks.map((l) => (
          <a key={l.href} className="btn" href={l.href} download>
            {l.label}
          </a>
        ))}
      </div>
      <div className="table-wrap">
        <table className="data" aria-label={label}>
          <thead>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => {
                  const sorted = h.column.getIsSorted();
                  const meta = h.column.columnDef.meta;
                  return (
                    <th
                      key={h.id}
                      className={`${meta?.numeric ? "num " : ""}${h.column.getCanSort() ? "sortable" : ""}`}
                      title={meta?.description}
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                      scope="col"
                    >
                      {h.isPlaceholder ? null : h.column.getCanSort() ? (
                        <button type="button" className="sort" onClick={h.column.getToggleSortingHandler()}>
                          {flexRender(h.column.columnDef.header, h.getContext())}
                          {sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : ""}
                        </button>
                      ) : (
                        flexRender(h.column.columnDef.header, h.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={table.getVisibleLeafColumns().length} className="muted" style={{ textAlign: "center", padding: 24 }}>
                  {globalFilter ? t("table.noMatch", { q: globalFilter }) : (emptyMessage ?? t("table.empty"))}
                </td>
              </tr>
            ) : (
              rows.map((r) => (
                <tr key={r.id}>
                  {r.getVisibleCells().map((c) => (
                    <td key={c.id} className={c.column.columnDef.meta?.numeric ? "num" : undefined}>
                      {flexRender(c.column.columnDef.cell, c.getContext())}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
          {hasFooter ? (
            <tfoot>
              {table.getFooterGroups().map((fg) => (
                <tr key={fg.id} className="total">
                  {fg.headers.map((h) => (
                    <td key={h.id} className={h.column.columnDef.meta?.numeric ? "num" : undefined}>
                      {h.isPlaceholder ? null : flexRender(h.column.columnDef.footer, h.getContext())}
                    </td>
                  ))}
                </tr>
              ))}
            </tfoot>
          ) : null}
        </table>
      </div>
      <div className="pager">
        <span>
          {t("table.rows", { count: filtered })}
          {filtered !== data.length ? t("table.ofAll", { n: f.count(data.length) }) : ""}
        </span>
        <label>
          {t("table.perPage")}{" "}
          <select value={table.getState().pagination.pageSize} onChange={(e) => table.setPageSize(Number(e.target.value))}>
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button className="btn" type="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
          {t("table.previous")}
        </button>
        <span>
          {t("table.page", { page: pageIndex + 1, pages: pageCount })}
        </span>
        <button className="btn" type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
          {t("table.next")}
        </button>
      </div>
    </div>
  );
}
