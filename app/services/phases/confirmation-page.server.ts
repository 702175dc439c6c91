// Confirmation in depth: kept orders and refunds by pillar against the previous period, and
// repurchase cohorts (buyers by the month of their first purchase × who bought again later).
import type { Db } from "../../../db/client";
import { addMonths, cohortTable, monthsBetween, repurchaseCohorts, type CohortTable, type CohortWindow } from "../../domain/cohorts";
import type { PageRange } from "../../domain/range";
import type { Row } from "../../domain/report/table";
import { addDays, monthOf } from "../../domain/time";
import { buyerMonths } from "../../queries/phases/buyer-months.server";
import { buyerVisitsVersion, cohortCountsFromDays } from "../../queries/reports/buyer-visits.server";
import { dataSpan } from "../../queries/reports/measures-by-period.server";
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

  const span = dataSpan(db, merchant.id);
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


// Cohorts read every buyer-month of the merchant's history (about a second for 100 000 orders),
// so results are kept per data version: any import, undo or settings change moves the version on.
// One cache per database handle, so two databases (tests, tools) never share results.
const cohortCaches = new WeakMap<Db, Map<string, CohortTable>>();
const CACHE_SIZE = 16;

function cachedCohorts(db: Db, merchant: MerchantContext, through: string, firstMonth: string, lastMonth: string): CohortTable {
  let cohortCache = cohortCaches.get(db);
  if (!cohortCache) cohortCaches.set(db, (cohortCache = new Map()));
  const key = `${merchant.id}|${merchant.dataVersion}|${through}|${firstMonth}|${lastMonth}`;
  const hit = cohortCache.get(key);
  if (hit) return hit;
  // from the cohort days while they are of the current data (a read bounded by days), else from
  // every buyer-month of the history
  const table =
    buyerVisitsVersion(db, merchant.id) === merchant.dataVersion
      ? cohortTable(cohortCountsFromDays(db, { merchantId: merchant.id, through, firstMonth, lastMonth }), { firstMonth, lastMonth })
      : repurchaseCohorts(buyerMonths(db, { merchantId: merchant.id, through }), { firstMonth, lastMonth });
  if (cohortCache.size >= CACHE_SIZE) cohortCache.delete(cohortCache.keys().next().value as string);
  cohortCache.set(key, table);
  return table;
}
