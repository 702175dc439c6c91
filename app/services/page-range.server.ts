// The date range of a page request, anchored at the merchant's latest data.
import type { Db } from "../../db/client";
import { pageRange, rangeSearchSchema, type PageRange } from "../domain/range";
import { todayIn } from "../domain/time";
import { dataSpan } from "../queries/reports/measures-by-period.server";
import type { MerchantContext } from "./merchants.server";

export function rangeFromUrl(db: Db, merchant: MerchantContext, url: URL): PageRange & { span: { from: string; to: string } | null } {
  const search = rangeSearchSchema.parse(Object.fromEntries(url.searchParams));
  const span = dataSpan(db, merchant.id);
  return { ...pageRange(search, span?.to ?? todayIn(merchant.timezone)), span };
}
