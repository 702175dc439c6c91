// How finely a page's trend charts group days, so a chart has a readable number of points.
import { daysBetween } from "../time";

export type TrendGrouping = "day" | "week" | "month";

/** Days up to about two months, weeks up to about a year, months beyond. */
export function trendGrouping(from: string, to: string): TrendGrouping {
  const days = daysBetween(from, to) + 1;
  if (days <= 62) return "day";
  if (days <= 371) return "week";
  return "month";
}
