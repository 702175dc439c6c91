// Formatting for the phase pages: report cells by column type, and rate changes in points.
import { formatChange } from "~/domain/money";
import { direction, formatCell as formatShared, formatMultiple } from "../format-cell";
import type { Cell, Column } from "~/domain/report/table";

/**
 * Ratios that are counts per purchase rather than shares: the loop rate (shares and media reviews
 * per purchase) reads as "6.49×", not "649%". Exports keep the plain ratio either way.
 */
const MULTIPLES = new Set(["loop_rate"]);

/** A report cell as the phase pages show it: rates with two decimals, the loop rate as a multiple. */
export function formatCell(column: Column, value: Cell | undefined, currency: string): string {
  return formatShared(column, value, currency, { ratioDigits: 2, multiples: MULTIPLES });
}

/** A change of a rate in percentage points: +1.23 pts / −0.40 pts. */
export function formatPoints(d: number | null, digits = 2): string {
  if (d === null) return "—";
  const s = (Math.abs(d) * 100).toFixed(digits);
  if (Number(s) === 0) return `0.${"0".repeat(digits)} pts`;
  return d > 0 ? `+${s} pts` : `−${s} pts`;
}

export { direction, formatChange, formatMultiple };
