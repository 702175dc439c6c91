// A report cell as a page shows it, by its column's type: the one formatter every report table,
// footer and print page uses. "—" for a number with no value.
import { formatCount, formatMoney, formatPercent } from "~/domain/money";
import type { Cell, Column } from "~/domain/report/table";

export interface CellFormat {
  /** fixed decimals for ratios; by default 1, or 2 for small rates (orders ÷ views) */
  ratioDigits?: number;
  /** ratio columns that read as multiples ("6.49×") rather than percentages */
  multiples?: ReadonlySet<string>;
}

export function formatMultiple(v: number | null): string {
  return v === null ? "—" : `${v.toFixed(2)}×`;
}

export function formatCell(column: Column, value: Cell | undefined, currency: string, f: CellFormat = {}): string {
  if (value === null || value === undefined || value === "") return column.type === "text" ? "" : "—";
  if (typeof value === "string") return value;
  if (f.multiples?.has(column.key)) return formatMultiple(value);
  switch (column.type) {
    case "money":
      return formatMoney(value, currency);
    case "count":
      return formatCount(value);
    case "ratio":
      return formatPercent(value, f.ratioDigits ?? (value !== 0 && Math.abs(value) < 0.01 ? 2 : 1));
    case "number":
      return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case "text":
      return String(value);
  }
}

/** "up" / "down" / "" for a change, as KPI cards colour it; `invert` when a rise is bad news. */
export function direction(change: number | null, invert = false): "up" | "down" | "" {
  if (change === null || change === 0) return "";
  return change > 0 !== invert ? "up" : "down";
}
