// A report cell as a page shows it, by its column's type: the one formatter every report table,
// footer and print page uses, in the page's language. "—" for a number with no value.
import type { Cell, Column } from "~/domain/report/table";
import type { Formatters } from "./use-format";

export interface CellFormat {
  /** fixed decimals for ratios; by default 1, or 2 for small rates (orders ÷ views) */
  ratioDigits?: number;
  /** ratio columns that read as multiples ("6.49×") rather than percentages */
  multiples?: ReadonlySet<string>;
}

/** Ratios that are counts per kept order or per purchase, not shares: "9.04×", never "904%". */
export const MULTIPLE_COLUMNS: ReadonlySet<string> = new Set(["loop_rate", "sharing_rate"]);

/** Columns that are changes of a share: percentage points, never a percent of a percent. */
export const POINT_COLUMNS: ReadonlySet<string> = new Set(["share_gap"]);

export function formatCell(column: Column, value: Cell | undefined, currency: string, fmt: Formatters, f: CellFormat = {}): string {
  if (value === null || value === undefined || value === "") return column.type === "text" ? "" : "—";
  if (typeof value === "string") return column.key === "period" ? fmt.period(value) : /^\d{4}-W\d{2}$/.test(value) ? fmt.week(value) : value;
  if ((f.multiples ?? MULTIPLE_COLUMNS).has(column.key)) return fmt.multiple(value);
  if (POINT_COLUMNS.has(column.key)) return fmt.points(value);
  switch (column.type) {
    case "money":
      return fmt.money(value, currency);
    case "count":
      return fmt.count(value);
    case "ratio":
      return fmt.percent(value, f.ratioDigits ?? (value !== 0 && Math.abs(value) < 0.01 ? 2 : 1));
    case "number":
      return fmt.decimal(value, 2);
    case "text":
      return String(value);
  }
}

/** "up" / "down" / "" for a change, as KPI cards colour it; `invert` when a rise is bad news. */
export function direction(change: number | null, invert = false): "up" | "down" | "" {
  if (change === null || change === 0) return "";
  return change > 0 !== invert ? "up" : "down";
}
