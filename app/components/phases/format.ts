// Formatting for the phase pages: report cells by column type, rates with two decimals, the loop
// rate and shares per kept order as multiples.
import { direction, formatCell as formatShared, MULTIPLE_COLUMNS } from "../format-cell";
import type { Formatters } from "../use-format";
import type { Cell, Column } from "~/domain/report/table";

/** A report cell as the phase pages show it. Exports keep the plain ratio either way. */
export function formatCell(column: Column, value: Cell | undefined, currency: string, fmt: Formatters): string {
  return formatShared(column, value, currency, fmt, { ratioDigits: 2, multiples: MULTIPLE_COLUMNS });
}

export { direction };
