// Summed rollup measures over a period range, grouped by period label and one split.
import type { Db } from "../../../db/client";
import { MEASURE_KEYS, type Measures } from "../../domain/measures";
import type { Grouping } from "../../domain/time";

export type SplitColumn = "none" | "pillar" | "campaign" | "account" | "content";

export interface MeasuresRow extends Measures {
  period: string;
  /** the split value: a pillar letter, campaign id, account id or content id; "" when unsplit */
  key: string;
}

/** The SQL expression of a period label for a `day` column, matching domain/time.ts periodOf. */
export function periodSql(by: Grouping, column = "day"): string {
  switch (by) {
    case "day":
      return column;
    case "week":
      return `strftime('%G-W%V', ${column})`;
    case "month":
      return `substr(${column}, 1, 7)`;
    case "total":
      return `'total'`;
  }
}

const SPLIT_COLUMN: Record<SplitColumn, string> = {
  none: "''",
  pillar: "pillar",
  campaign: "campaign_id",
  account: "account_id",
  content: "content_id",
};

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export interface MeasuresQuery {
  merchantId: number;
  from: string;
  to: string;
  by: Grouping;
  split: SplitColumn;
  /** keep only rows of these pillars (empty or absent: all) */
  pillars?: string[];
  campaignId?: string;
  accountId?: string;
}

export function measuresByPeriod(db: Db, q: MeasuresQuery): MeasuresRow[] {
  // pillar_day is enough unless a finer split or filter is asked for.
  const fine = (q.split !== "none" && q.split !== "pillar") || q.campaignId !== undefined || q.accountId !== undefined;
  const table = fine ? "segment_day" : "pillar_day";
  const where = ["merchant_id = @merchantId", "day BETWEEN @from AND @to"];
  const params: Record<string, unknown> = { merchantId: q.merchantId, from: q.from, to: q.to };
  if (q.pillars?.length) {
    where.push(`pillar IN (${q.pillars.map((_, i) => `@p${i}`).join(", ")})`);
    q.pillars.forEach((p, i) => (params[`p${i}`] = p));
  }
  if (q.campaignId !== undefined) {
    where.push("campaign_id = @campaignId");
    params.campaignId = q.campaignId;
  }
  if (q.accountId !== undefined) {
    where.push("account_id = @accountId");
    params.accountId = q.accountId;
  }
  const sums = MEASURE_KEYS.map((k) => `SUM(${snake(k)}) AS ${k}`).join(", ");
  const sql = `SELECT ${periodSql(q.by)} AS period, ${SPLIT_COLUMN[q.split]} AS key, ${sums}
                 FROM ${table} WHERE ${where.join(" AND ")}
                GROUP BY period, key ORDER BY period, key`;
  return db.$client.prepare(sql).all(params) as MeasuresRow[];
}

/** The first and last day with any data for a merchant, or null when there is none. */
export function dataSpan(db: Db, merchantId: number): { from: string; to: string } | null {
  const r = db.$client
    .prepare("SELECT MIN(day) AS f, MAX(day) AS t FROM pillar_day WHERE merchant_id = ?")
    .get(merchantId) as { f: string | null; t: string | null };
  return r.f && r.t ? { from: r.f, to: r.t } : null;
}
