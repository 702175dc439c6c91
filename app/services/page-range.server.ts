// The date range of a page request, anchored at the merchant's latest data.
import type { Db } from "../../db/client";
import { pageRange, rangeSearchSchema, type PageRange } from "../domain/range";
import { todayIn } from "../domain/time";
import { dataSpan } from "../queries/reports/measures-by-period.server";
import { forDataVersion } from "./data-cache.server";
import type { MerchantContext } from "./merchants.server";
import { pageRangeTooLarge, reportTooLargeMessage } from "./exports/fact-size.server";

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

/**
 * The range a page request asks for. A custom range whose days of every pillar pass the report
 * limit (over 4,000 days) is refused with 400 and what would fit, before any page builds its
 * series: 1970–2099 took 23 s and 42 MB of HTML on the FACT overview. Downloads check their own
 * size instead (`sized: false`).
 */
export function rangeFromUrl(db: Db, merchant: MerchantContext, url: URL, opts: { sized?: boolean } = {}): ShownRange {
  const search = rangeSearchSchema.parse(Object.fromEntries(url.searchParams));
  const span = merchantSpan(db, merchant);
  const range = pageRange(search, span?.to ?? todayIn(merchant.timezone));
  const tooLarge = opts.sized === false ? null : pageRangeTooLarge(range.from, range.to);
  if (tooLarge) throw new Response(reportTooLargeMessage(tooLarge, range.from), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
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

/**
 * The first and last day with data (`dataSpan`), read once per data version: every page asks for
 * it, and only an import, an undo or a re-derivation moves it (each bumps the version).
 */
export function merchantSpan(db: Db, merchant: MerchantContext): { from: string; to: string } | null {
  return forDataVersion(db, merchant, ["dataSpan"], () => dataSpan(db, merchant.id));
}

/** The same calendar day a year earlier (29 February becomes 28 February). */
function yearEarlier(day: string): string {
  const y = Number(day.slice(0, 4)) - 1;
  const md = day.slice(5) === "02-29" ? "02-28" : day.slice(5);
  return `${y}-${md}`;
}
