// Repurchase cohorts: buyers grouped by the month of their first purchase, and the share of each
// group who bought again in each later month. Input is one row per buyer and month they bought in.
import { ratio } from "./ratio";

/** How many months of first purchases a cohort table shows. */
export const COHORT_WINDOWS = [6, 12, 24] as const;
export type CohortWindow = (typeof COHORT_WINDOWS)[number];

/** A month label, `2024-06`. */
export type Month = string;

export interface BuyerMonth {
  buyer: string;
  month: Month;
}

const MONTH = /^(\d{4})-(\d{2})$/;

function toIndex(month: Month): number {
  const m = MONTH.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new RangeError(`"${month}" is not a month like 2024-06`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

function fromIndex(i: number): Month {
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
}

export function addMonths(month: Month, n: number): Month {
  return fromIndex(toIndex(month) + n);
}

/** Whole months from `a` to `b` (b − a). */
export function monthsBetween(a: Month, b: Month): number {
  return toIndex(b) - toIndex(a);
}

export interface Cohort {
  /** the month of the first purchase */
  month: Month;
  buyers: number;
  /** buyers of the cohort who bought in month + k, at index k − 1; null once past the last month */
  returned: (number | null)[];
  /** returned ÷ buyers; null past the last month or for an empty cohort */
  shares: (number | null)[];
  /** buyers who bought again in any later month up to the last month */
  everReturned: number;
  /** everReturned ÷ buyers; null when no later month has been observed yet */
  everShare: number | null;
}

export interface CohortTable {
  firstMonth: Month;
  lastMonth: Month;
  /** later months shown: 1 … offsets */
  offsets: number;
  cohorts: Cohort[];
  /** per offset: Σ returned ÷ Σ buyers over the cohorts observed that far; null when none were */
  average: (number | null)[];
}

/** What a cohort table is made of, counted from buyer-months or kept with the rollups. */
export interface CohortCounts {
  /** per first month: the buyers whose first purchase is in it */
  buyers: Map<Month, number>;
  /** per `${first month}|${later month}`: the buyers of that cohort who bought in the later month */
  returned: Map<string, number>;
  /** per first month: the buyers of the cohort who bought in any later month up to the last month */
  ever: Map<Month, number>;
}

/**
 * Cohorts of buyers whose first purchase falls in firstMonth … lastMonth. A buyer's first month is
 * the earliest month in `rows` (so pass their whole history up to lastMonth: a buyer who first
 * bought before firstMonth belongs to no cohort shown). Months after lastMonth are ignored.
 */
export function repurchaseCohorts(rows: Iterable<BuyerMonth>, window: { firstMonth: Month; lastMonth: Month }): CohortTable {
  const first = toIndex(window.firstMonth);
  const last = toIndex(window.lastMonth);
  if (first > last) throw new RangeError(`the first month ${window.firstMonth} is after the last month ${window.lastMonth}`);

  const months = new Map<string, Set<number>>();
  for (const r of rows) {
    const i = toIndex(r.month);
    if (i > last || r.buyer === "") continue;
    let s = months.get(r.buyer);
    if (!s) months.set(r.buyer, (s = new Set()));
    s.add(i);
  }

  const counts: CohortCounts = { buyers: new Map(), returned: new Map(), ever: new Map() };
  const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const bought of months.values()) {
    const start = Math.min(...bought);
    if (start < first) continue;
    const cohort = fromIndex(start);
    bump(counts.buyers, cohort);
    for (const m of bought) if (m > start) bump(counts.returned, `${cohort}|${fromIndex(m)}`);
    if (bought.size > 1) bump(counts.ever, cohort);
  }
  return cohortTable(counts, window);
}

/** The cohort table of firstMonth … lastMonth from its counts. */
export function cohortTable(counts: CohortCounts, window: { firstMonth: Month; lastMonth: Month }): CohortTable {
  const first = toIndex(window.firstMonth);
  const last = toIndex(window.lastMonth);
  if (first > last) throw new RangeError(`the first month ${window.firstMonth} is after the last month ${window.lastMonth}`);
  const offsets = last - first;
  const cohorts: Cohort[] = [];
  const sumReturned = new Array(offsets).fill(0);
  const sumBuyers = new Array(offsets).fill(0);
  for (let c = first; c <= last; c++) {
    const month = fromIndex(c);
    const buyers = counts.buyers.get(month) ?? 0;
    const observed = last - c;
    const r = Array.from({ length: offsets }, (_, k) => (k < observed ? (counts.returned.get(`${month}|${fromIndex(c + k + 1)}`) ?? 0) : null));
    for (let k = 0; k < observed; k++) {
      sumReturned[k] += r[k] ?? 0;
      sumBuyers[k] += buyers;
    }
    const everReturned = counts.ever.get(month) ?? 0;
    cohorts.push({
      month,
      buyers,
      returned: r,
      shares: r.map((n) => (n === null ? null : ratio(n, buyers))),
      everReturned,
      everShare: observed === 0 ? null : ratio(everReturned, buyers),
    });
  }
  return {
    firstMonth: window.firstMonth,
    lastMonth: window.lastMonth,
    offsets,
    cohorts,
    average: sumReturned.map((n, k) => ratio(n, sumBuyers[k])),
  };
}
