// Confirmation in depth: kept orders and refunds by pillar against the previous period, and
// repurchase cohorts (buyers by the month of their first purchase × who bought again later).
import type { Db } from "../../../db/client";
import { addMonths, cohortTable, monthsBetween, repurchaseCohorts, type CohortTable, type CohortWindow } from "../../domain/cohorts";
import type { PageRange } from "../../domain/range";
import type { Row } from "../../domain/report/table";
import { addDays, monthOf } from "../../domain/time";
import { buyerMonths } from "../../queries/phases/buyer-months.server";
import { buyerVisitsVersion, cohortCountsFromDays } from "../../queries/reports/buyer-visits.server";
import { merchantSpan } from "../page-range.server";
import { forDataVersion } from "../data-cache.server";
import type { MerchantContext } from "../merchants.server";
import { phasesReport } from "../reports.server";

const MEASURES = ["purchase", "gmv", "orders", "kept_orders", "kept_rate", "refunded_orders", "refunded_order_rate", "refunds", "refund_rate", "confirmation"];


export interface ConfirmationPage {
  byPillar: Row[];
  previousByPillar: Row[];
  cohorts: CohortTable | null;
  /** true when the first cohort shown is the first month of data, where every buyer looks new */
  firstCohortIsDataStart: boolean;
  /** the range ends before its last month does, so that month's column is partial */
  lastMonthPartial: boolean;
}

export function confirmationPage(db: Db, merchant: MerchantContext, range: PageRange, window: CohortWindow): ConfirmationPage {
  const byPillar = phasesReport(db, merchant, { from: range.from, to: range.to, by: "total", split: "pillar", measures: MEASURES }).rows;
  const previousByPillar = phasesReport(db, merchant, { from: range.previous.from, to: range.previous.to, by: "total", split: "pillar", measures: MEASURES }).rows;

  const span = merchantSpan(db, merchant);
  let cohorts: CohortTable | null = null;
  let firstCohortIsDataStart = false;
  if (span && span.from <= range.to) {
    const lastMonth = monthOf(range.to);
    const dataStart = monthOf(span.from);
    let firstMonth = addMonths(lastMonth, -(window - 1));
    if (monthsBetween(dataStart, firstMonth) <= 0) {
      firstMonth = dataStart;
      firstCohortIsDataStart = true;
    }
    cohorts = cachedCohorts(db, merchant, range.to, firstMonth, lastMonth);
  }
  // a range that stops mid-month shows that month's purchases only up to its last day
  const lastMonthPartial = monthOf(addDays(range.to, 1)) === monthOf(range.to);
  return { byPillar, previousByPillar, cohorts, firstCohortIsDataStart, lastMonthPartial };
}


// Cohorts are kept per data version like the pages' other figures (services/data-cache.server.ts):
// from the cohort days they are a read bounded by days, but from buyer-months (before the warm-up
// has built the cohort days) they read every buyer-month of the merchant's history.
function cachedCohorts(db: Db, merchant: MerchantContext, through: string, firstMonth: string, lastMonth: string): CohortTable {
  return forDataVersion(db, merchant, ["cohorts", through, firstMonth, lastMonth], () =>
    buyerVisitsVersion(db, merchant.id) === merchant.dataVersion
      ? cohortTable(cohortCountsFromDays(db, { merchantId: merchant.id, through, firstMonth, lastMonth }), { firstMonth, lastMonth })
      : repurchaseCohorts(buyerMonths(db, { merchantId: merchant.id, through }), { firstMonth, lastMonth }),
  );
}
