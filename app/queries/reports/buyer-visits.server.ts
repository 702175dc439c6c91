// Distinct buyers of any range from `buyer_visits` (migration 0010), which grows with days rather
// than orders. For each buyer, pillar scope and day they bought, the pair (day, the day they
// bought before it in that scope). A buyer bought in [a, b] exactly when one of their pairs has
// a ≤ day ≤ b and a previous day before a (or none): their first buying day in the range. So the
// buyers of [a, b] are the sum over those pairs, and the read is bounded by days × previous days.
//
// Example: B1 buys on 06-01 and 06-05, B2 on 06-03. Pairs: (06-01, none), (06-05, 06-01),
// (06-03, none). Buyers of 06-02..06-06: (06-05, 06-01) [06-01 < 06-02] + (06-03, none) = 2;
// of 06-01..06-06: (06-01, none) + (06-03, none) = 2, the pair (06-05, 06-01) not counted.
import type { Db } from "../../../db/client";
import type { CohortCounts } from "../../domain/cohorts";
import type { Pillar } from "../../domain/pillars";
import type { Grouping } from "../../domain/time";
import type { BuyersRow } from "./buyers-by-period.server";
import { periodSql, type SplitColumn } from "./measures-by-period.server";

/** The scope of all pillars together. */
const ALL_PILLARS = "*";
const PILLAR_COUNT = 5;

/** The data version the merchant's buyer visits were built from, or null when never built. */
export function buyerVisitsVersion(db: Db, merchantId: number): number | null {
  return (db.$client.prepare("SELECT data_version FROM buyer_visits_built WHERE merchant_id = ?").pluck().get(merchantId) as number | undefined) ?? null;
}

/**
 * Rebuilds the merchant's buyer visits and repurchase-cohort days (migrations 0010, 0011) from its
 * orders, if its data is still at `dataVersion` when they are written. Computed in temporary
 * tables (a read: imports go on meanwhile), then swapped in with one short write. Returns whether
 * they were written.
 */
export function buildBuyerVisits(db: Db, merchantId: number, dataVersion: number): boolean {
  const c = db.$client;
  c.exec("CREATE TEMP TABLE IF NOT EXISTS buyer_visits_next (pillar TEXT NOT NULL, day TEXT NOT NULL, prev_day TEXT, buyers INTEGER NOT NULL)");
  c.exec("CREATE TEMP TABLE IF NOT EXISTS buyer_cohort_days_next (first_month TEXT NOT NULL, day TEXT NOT NULL, kind TEXT NOT NULL, buyers INTEGER NOT NULL)");
  c.exec("DELETE FROM temp.buyer_visits_next");
  c.exec("DELETE FROM temp.buyer_cohort_days_next");
  const counted = "FROM orders WHERE merchant_id = @merchantId AND status <> 'cancelled' AND buyer_id <> ''";
  c.prepare(
    `INSERT INTO temp.buyer_visits_next (pillar, day, prev_day, buyers)
     SELECT pillar, day, prev_day, COUNT(*) FROM (
       SELECT pillar, day, LAG(day) OVER (PARTITION BY pillar, buyer_id ORDER BY day) AS prev_day
         FROM (SELECT DISTINCT pillar, buyer_id, day ${counted})
       UNION ALL
       SELECT '${ALL_PILLARS}', day, LAG(day) OVER (PARTITION BY buyer_id ORDER BY day)
         FROM (SELECT DISTINCT buyer_id, day ${counted})
     ) GROUP BY pillar, day, prev_day`,
  ).run({ merchantId });
  // each buyer's months (in the order of orders_merchant_buyer: no sort), the first day of each,
  // and which month is their first and their second
  c.prepare(
    `INSERT INTO temp.buyer_cohort_days_next (first_month, day, kind, buyers)
     WITH months AS (
       SELECT buyer_id, substr(day, 1, 7) AS month, MIN(day) AS first_day ${counted} GROUP BY buyer_id, month
     ), ranked AS (
       SELECT first_day, MIN(month) OVER (PARTITION BY buyer_id) AS first_month, ROW_NUMBER() OVER (PARTITION BY buyer_id ORDER BY month) AS n FROM months
     )
     SELECT first_month, first_day, 'month', COUNT(*) FROM ranked GROUP BY first_month, first_day
     UNION ALL
     SELECT first_month, first_day, 'second', COUNT(*) FROM ranked WHERE n = 2 GROUP BY first_month, first_day`,
  ).run({ merchantId });
  const written = c.transaction(() => {
    // every change of the merchant's data bumps its version in the same transaction: the same
    // version now means the orders read above are the orders of now
    const now = c.prepare("SELECT data_version FROM merchants WHERE id = ?").pluck().get(merchantId) as number | undefined;
    if (now !== dataVersion) return false;
    c.prepare("DELETE FROM buyer_visits WHERE merchant_id = ?").run(merchantId);
    c.prepare("INSERT INTO buyer_visits (merchant_id, pillar, day, prev_day, buyers) SELECT ?, pillar, day, prev_day, buyers FROM temp.buyer_visits_next").run(merchantId);
    c.prepare("DELETE FROM buyer_cohort_days WHERE merchant_id = ?").run(merchantId);
    c.prepare("INSERT INTO buyer_cohort_days (merchant_id, first_month, day, kind, buyers) SELECT ?, first_month, day, kind, buyers FROM temp.buyer_cohort_days_next").run(merchantId);
    c.prepare(
      "INSERT INTO buyer_visits_built (merchant_id, data_version, built_at) VALUES (?, ?, ?) ON CONFLICT (merchant_id) DO UPDATE SET data_version = excluded.data_version, built_at = excluded.built_at",
    ).run(merchantId, dataVersion, Date.now());
    return true;
  }).immediate();
  c.exec("DELETE FROM temp.buyer_visits_next");
  c.exec("DELETE FROM temp.buyer_cohort_days_next");
  return written;
}

/** The first day of the period of the row's `day`, in SQL (clipped to the range's first day by the caller). */
const PERIOD_START: Record<Grouping, string> = {
  day: "day",
  // the Monday of the ISO week: the next Sunday (or the day itself), less six days
  week: "date(day, 'weekday 0', '-6 days')",
  month: "substr(day, 1, 7) || '-01'",
  total: "@from",
};

/**
 * The distinct buyers of `buyersByPeriod` (same rows, same keys) from the buyer visits, or null
 * when they cannot answer: a split other than none or pillar, or a filter of two to four pillars
 * (whose union is not kept). The caller checks that the visits are of the current data version.
 */
export function buyersFromVisits(
  db: Db,
  q: { merchantId: number; from: string; to: string; by: Grouping; split: SplitColumn; pillars?: string[] },
): BuyersRow[] | null {
  if (q.split !== "none" && q.split !== "pillar") return null;
  const chosen = [...new Set(q.pillars ?? [])] as Pillar[];
  const all = chosen.length === 0 || chosen.length >= PILLAR_COUNT;
  if (!all && chosen.length !== 1) return null;
  // the scope of the total ('ALL' or the unsplit row), and the pillars of a pillar split
  const total = all ? ALL_PILLARS : chosen[0];
  const scopes = q.split === "pillar" ? [total, ...(all ? ["F", "A", "C", "T", "S"] : [])] : [total];
  // a pair counts in its period when the buyer's previous day is before the period's first day
  // (clipped to the range): summed in SQL, the rows read are days × previous days, never orders
  const rows = db.$client
    .prepare(
      `SELECT ${periodSql(q.by)} AS period, pillar, SUM(buyers) AS buyers FROM buyer_visits
        WHERE merchant_id = @merchantId AND pillar IN (${scopes.map((_, i) => `@s${i}`).join(", ")}) AND day BETWEEN @from AND @to
          AND (prev_day IS NULL OR prev_day < MAX(${PERIOD_START[q.by]}, @from))
        GROUP BY period, pillar`,
    )
    .all({ merchantId: q.merchantId, from: q.from, to: q.to, ...Object.fromEntries(scopes.map((sc, i) => [`s${i}`, sc])) }) as { period: string; pillar: string; buyers: number }[];
  const out: BuyersRow[] = [];
  for (const r of rows) {
    if (q.split === "none") out.push({ period: r.period, key: "", buyers: r.buyers });
    else {
      if (r.pillar === total) out.push({ period: r.period, key: "ALL", buyers: r.buyers });
      // a filter of one pillar: its total is that pillar's row too
      if (r.pillar !== ALL_PILLARS) out.push({ period: r.period, key: r.pillar, buyers: r.buyers });
    }
  }
  return out;
}

/**
 * The counts of the repurchase cohorts first … last month, up to `through` (its last day), from
 * the cohort days: a cohort's buyers are its 'month' rows of its own month, its returns in a later
 * month that month's 'month' rows, its "ever returned" its 'second' rows, all up to `through`.
 * The caller checks that they are of the current data version.
 */
export function cohortCountsFromDays(db: Db, q: { merchantId: number; through: string; firstMonth: string; lastMonth: string }): CohortCounts {
  const rows = db.$client
    .prepare(
      `SELECT first_month AS cohort, substr(day, 1, 7) AS month, kind, SUM(buyers) AS buyers FROM buyer_cohort_days
        WHERE merchant_id = @merchantId AND first_month BETWEEN @firstMonth AND @lastMonth AND day <= @through
        GROUP BY first_month, month, kind`,
    )
    .all(q) as { cohort: string; month: string; kind: "month" | "second"; buyers: number }[];
  const counts: CohortCounts = { buyers: new Map(), returned: new Map(), ever: new Map() };
  for (const r of rows) {
    if (r.kind === "second") counts.ever.set(r.cohort, (counts.ever.get(r.cohort) ?? 0) + r.buyers);
    else if (r.month === r.cohort) counts.buyers.set(r.cohort, r.buyers);
    else counts.returned.set(`${r.cohort}|${r.month}`, r.buyers);
  }
  return counts;
}
