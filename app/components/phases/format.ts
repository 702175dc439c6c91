// Formatting for the phase pages: report cells by column type, and rate changes in points.
import { formatChange, formatCount, formatMoney, formatPercent } from "~/domain/money";
import type { Cell, Column } from "~/domain/report/table";

/**
 * Ratios that are counts per purchase rather than shares: the loop rate (shares and media reviews
 * per purchase) reads as "6.49×", not "649%". Exports keep the plain ratio either way.
 */
const MULTIPLES = new Set(["loop_rate"]);

export function formatMultiple(v: number | null): string {
  return v === null ? "—" : `${v.toFixed(2)}×`;
}

/** A report cell as a page shows it; "—" for a ratio with no value. */
export function formatCell(column: Column, value: Cell | undefined, currency: string): string {
  if (value === null || value === undefined) return column.type === "text" ? "" : "—";
  if (typeof value === "string") return value;
  if (MULTIPLES.has(column.key)) return formatMultiple(value);
  switch (column.type) {
    case "money":
      return formatMoney(value, currency);
    case "count":
      return formatCount(value);
    case "ratio":
      return formatPercent(value, 2);
    default:
      return String(value);
  }
}

/** A change of a rate in percentage points: +1.23 pts / −0.40 pts. */
export function formatPoints(d: number | null, digits = 2): string {
  if (d === null) return "—";
  const s = (Math.abs(d) * 100).toFixed(digits);
  if (Number(s) === 0) return `0.${"0".repeat(digits)} pts`;
  return d > 0 ? `+${s} pts` : `−${s} pts`;
}

/** "up" / "down" / "" for a change, as the KPI cards colour it. */
export function direction(change: number | null, invert = false): "up" | "down" | "" {
  if (change === null || change === 0) return "";
  return change > 0 !== invert ? "up" : "down";
}

export { formatChange };
