// How large a report will be, known before it is built: its periods times its split values.
// Over the limit, pages and downloads refuse with a coarser grouping or a narrower range that
// fits; the command line streams it instead (factloop report … --format csv).
import { addDays, daysBetween, weekStart, type Grouping } from "../time";

/** Rows a page, a download or a print builds at most (in the request's process). */
export const MAX_REPORT_ROWS = 20_000;

/** How many periods a range has at a grouping, counted without listing them. */
export function periodCount(from: string, to: string, by: Grouping): number {
  if (to < from) return 0;
  switch (by) {
    case "total":
      return 1;
    case "day":
      return daysBetween(from, to) + 1;
    case "week":
      return Math.floor(daysBetween(weekStart(from), weekStart(to)) / 7) + 1;
    case "month": {
      const [fy, fm] = from.split("-").map(Number);
      const [ty, tm] = to.split("-").map(Number);
      return (ty - fy) * 12 + (tm - fm) + 1;
    }
  }
}

/** Rows of a report: each period's split values and its ALL row (a report without a split: one a period). */
export function reportRowCount(periods: number, splitValues: number | null): number {
  return splitValues === null ? periods : periods * (splitValues + 1);
}

export interface TooLarge {
  rows: number;
  /** the finest coarser grouping that fits, if any */
  coarser: Grouping | null;
  /** the last day of the narrowest change of range that fits at this grouping */
  narrowerTo: string | null;
}

const COARSER: Record<Grouping, Grouping[]> = { day: ["week", "month", "total"], week: ["month", "total"], month: ["total"], total: [] };

/** Null when the report fits; else how large it is and what would fit. */
export function reportTooLarge(from: string, to: string, by: Grouping, splitValues: number | null, limit = MAX_REPORT_ROWS): TooLarge | null {
  const rows = reportRowCount(periodCount(from, to, by), splitValues);
  if (rows <= limit) return null;
  const coarser = COARSER[by].find((g) => reportRowCount(periodCount(from, to, g), splitValues) <= limit) ?? null;
  const perPeriod = splitValues === null ? 1 : splitValues + 1;
  const periods = Math.floor(limit / perPeriod);
  const days = by === "day" ? periods : by === "week" ? periods * 7 : by === "month" ? periods * 28 : 0;
  return { rows, coarser, narrowerTo: days >= 1 ? addDays(from, days - 1) : null };
}

const n = (x: number) => x.toLocaleString("en-US");

/** The message of a report over the limit, with what to do instead. */
export function reportTooLargeMessage(t: TooLarge, from: string, limit = MAX_REPORT_ROWS): string {
  const ways = [
    t.coarser ? `group it by ${t.coarser}` : null,
    t.narrowerTo ? `narrow the range (from ${from} to at most ${t.narrowerTo})` : null,
    "split it less finely",
  ].filter(Boolean);
  return `This report would have ${n(t.rows)} rows; a page or download holds at most ${n(limit)}. ${ways.join(", or ").replace(/^./, (c) => c.toUpperCase())}. The command line writes any size, streamed: factloop report … --format csv --out FILE.`;
}

/**
 * The range in slices whose periods are whole (a year of days, 52 weeks from a Monday, a year
 * of months): each slice's rows are the report's rows for those periods.
 */
export function* reportSlices(from: string, to: string, by: Exclude<Grouping, "total">): Generator<{ from: string; to: string }> {
  let start = from;
  while (start <= to) {
    let end: string;
    if (by === "day") end = addDays(start, 365);
    else if (by === "week") end = addDays(weekStart(start), 52 * 7 - 1);
    else end = `${start.slice(0, 4)}-12-31`;
    if (end > to) end = to;
    yield { from: start, to: end };
    start = addDays(end, 1);
  }
}
