// Times in the exports: `YYYY-MM-DD HH:MM:SS`, `YYYY/MM/DD HH:MM:SS`, `yyyy年MM月dd日 HH:mm:ss`
// and TikTok's `DD/MM/YYYY HH:MM:SS` or `MM/DD/YYYY hh:mm:ss AM`. Whether 03/04/2025 is day- or
// month-first is decided once per file, from the values that can only be one of them.
import type { DateOrder } from "../../settings";

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const YEAR_FIRST = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const two = (n: number | string) => String(n).padStart(2, "0");

/** What a file's day/month-first times showed: an example of each reading that only it allows. */
export class DateOrderEvidence {
  dayFirst: string | null = null;
  monthFirst: string | null = null;
  ambiguous: string | null = null;

  see(cell: string): void {
    const m = SLASHED.exec(cell);
    if (!m) return;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) this.dayFirst ??= cell;
    else if (b > 12 && a <= 12) this.monthFirst ??= cell;
    else if (a <= 12 && b <= 12) this.ambiguous ??= cell;
  }
}

export type DateOrderDecision =
  /** no time of the file is day/month-first */
  | { by: "none"; order: DateOrder }
  | { by: "values"; order: DateOrder; example: string }
  | { by: "setting"; order: DateOrder; example: string }
  | { by: "conflict"; order: DateOrder; dayFirst: string; monthFirst: string };

export function decideDateOrder(e: DateOrderEvidence, setting: DateOrder): DateOrderDecision {
  if (e.dayFirst && e.monthFirst) return { by: "conflict", order: setting, dayFirst: e.dayFirst, monthFirst: e.monthFirst };
  if (e.dayFirst) return { by: "values", order: "day-first", example: e.dayFirst };
  if (e.monthFirst) return { by: "values", order: "month-first", example: e.monthFirst };
  if (e.ambiguous) return { by: "setting", order: setting, example: e.ambiguous };
  return { by: "none", order: setting };
}

/**
 * A time cell as `YYYY-MM-DD HH:MM:SS` (what the row check reads fastest) when it is written in
 * one of the exports' own ways; any other cell is returned as it is, for the row check to read or
 * to word its problem.
 */
export function plainTime(cell: string, order: DateOrder): string {
  // one spelling for every time, so that ids made of a time (a live session's) do not depend on the file's
  const c = CHINESE.exec(cell) ?? YEAR_FIRST.exec(cell);
  if (c) return `${c[1]}-${two(c[2])}-${two(c[3])} ${two(c[4] ?? 0)}:${c[5] ?? "00"}:${c[6] ?? "00"}`;
  const m = SLASHED.exec(cell);
  if (!m) return cell;
  const [day, month] = order === "day-first" ? [m[1], m[2]] : [m[2], m[1]];
  let hour = Number(m[4] ?? 0);
  const half = m[7]?.toUpperCase();
  if (half === "AM" && hour === 12) hour = 0;
  else if (half === "PM" && hour < 12) hour += 12;
  return `${m[3]}-${two(month)}-${two(day)} ${two(hour)}:${m[5] ?? "00"}:${m[6] ?? "00"}`;
}
