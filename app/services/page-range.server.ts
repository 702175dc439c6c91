// The date range of a page request, anchored at the merchant's latest data.
import type { Db } from "../../db/client";
import { pageRange, rangeSearchSchema, type PageRange } from "../domain/range";
import { todayIn } from "../domain/time";
import { dataSpan } from "../queries/reports/measures-by-period.server";
import type { MerchantContext } from "./merchants.server";

export interface ShownRange extends PageRange {
  /** the first and last day with data, null before any import */
  span: { from: string; to: string } | null;
  /** from/to the URL gave that are not dates (or from after to): the page says so */
  invalidDates: { from: string; to: string } | null;
  /** the previous period starts before the data: its change would compare with nothing */
  previousBeforeData: boolean;
  /** the same dates a year earlier, when the data reaches back that far */
  lastYear: { from: string; to: string } | null;
}

export function rangeFromUrl(db: Db, merchant: MerchantContext, url: URL): ShownRange {
  const search = rangeSearchSchema.parse(Object.fromEntries(url.searchParams));
  const span = dataSpan(db, merchant.id);
  const range = pageRange(search, span?.to ?? todayIn(merchant.timezone));
  const rawFrom = url.searchParams.get("from");
  const rawTo = url.searchParams.get("to");
  const invalid = (rawFrom !== null || rawTo !== null) && range.preset !== "custom" ? { from: rawFrom ?? "", to: rawTo ?? "" } : null;
  const lastYear = { from: yearEarlier(range.from), to: yearEarlier(range.to) };
  return {
    ...range,
    span,
    invalidDates: invalid,
    previousBeforeData: span !== null && range.previous.from < span.from,
    lastYear: span !== null && lastYear.from >= span.from ? lastYear : null,
  };
}

/** The same calendar day a year earlier (29 February becomes 28 February). */
function yearEarlier(day: string): string {
  const y = Number(day.slice(0, 4)) - 1;
  const md = day.slice(5) === "02-29" ? "02-28" : day.slice(5);
  return `${y}-${md}`;
}
