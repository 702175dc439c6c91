// The phase page: the six phases of a period as a funnel against the previous period, split by
// pillar, campaign, account or content, and each phase's trend. Every number comes from the
// phase report, so the page, the exports and `factloop report phases` agree.
import type { Db } from "../../../db/client";
import type { Message } from "../../domain/message";
import { biggestDrop, compareFunnels, funnelSteps, volumesOf, type FunnelComparison, type FunnelStep } from "../../domain/phases/funnel";
import type { SplitBy } from "../../domain/phases/report-query";
import { trendGrouping, type TrendGrouping } from "../../domain/phases/trend";
import { PHASES } from "../../domain/settings";
import type { PageRange } from "../../domain/range";
import { ratio } from "../../domain/ratio";
import type { Row } from "../../domain/report/table";
import type { MerchantContext } from "../merchants.server";
import { phasesReport } from "../reports.server";
import { splitLabeler } from "./labels.server";

/** How many split values the page lists (largest Exploration first); the report builder has them all. */
export const SPLIT_ROWS_SHOWN = 500;

export interface SplitRow {
  key: string;
  /** what the page calls the value, translated there */
  label: Message;
  row: Row;
  /** this value's Exploration ÷ the total's */
  explorationShare: number | null;
}

export interface FunnelPage {
  split: SplitBy;
  /** the split value the funnel and trends are narrowed to; null for everything */
  focus: { key: string; label: Message } | null;
  current: Row;
  previous: Row;
  steps: FunnelStep[];
  comparison: FunnelComparison[];
  drop: { step: FunnelComparison; relative: number } | null;
  splitRows: SplitRow[];
  splitCount: number;
  trendBy: TrendGrouping;
  trend: Row[];
}

const keyOf = (split: SplitBy, r: Row) => (split === "none" ? "ALL" : String(r[split]));

export function funnelPage(db: Db, merchant: MerchantContext, range: PageRange, opts: { split: SplitBy; focus?: string }): FunnelPage {
  const { split } = opts;
  const measures = ["exploration", "connection", "verification", "purchase", "gmv", "confirmation", "sharing", "overall_conversion", "loop_rate"];
  const cur = phasesReport(db, merchant, { from: range.from, to: range.to, by: "total", split, measures });
  const prev = phasesReport(db, merchant, { from: range.previous.from, to: range.previous.to, by: "total", split, measures });
  const label = splitLabeler(db, merchant.id, split);

  const focusKey = split !== "none" && opts.focus && cur.rows.some((r) => keyOf(split, r) === opts.focus) ? opts.focus : "ALL";
  const pick = (rows: Row[]) => rows.find((r) => keyOf(split, r) === focusKey) ?? {};
  const current = pick(cur.rows);
  const previous = pick(prev.rows);

  const total = cur.rows.find((r) => keyOf(split, r) === "ALL") ?? {};
  const totalExploration = Number(total.exploration ?? 0);
  const all = cur.rows.filter((r) => keyOf(split, r) !== "ALL");
  const splitRows = all.slice(0, SPLIT_ROWS_SHOWN).map((row) => ({
    key: keyOf(split, row),
    label: label(keyOf(split, row)),
    row,
    explorationShare: ratio(Number(row.exploration ?? 0), totalExploration),
  }));

  const trendBy = trendGrouping(range.from, range.to);
  const trendReport = phasesReport(db, merchant, { from: range.from, to: range.to, by: trendBy, split });
  // the page draws one small trend per phase: the period and six volumes are all it sends
  const trend = trendReport.rows
    .filter((r) => keyOf(split, r) === focusKey)
    .map((r) => Object.fromEntries([["period", r.period], ...PHASES.map((p) => [p, r[p]])]) as Row);

  const comparison = compareFunnels(volumesOf(current), volumesOf(previous));
  return {
    split,
    focus: focusKey === "ALL" ? null : { key: focusKey, label: label(focusKey) },
    current,
    previous,
    steps: funnelSteps(volumesOf(current)),
    comparison,
    drop: biggestDrop(comparison),
    splitRows,
    splitCount: all.length,
    trendBy,
    trend,
  };
}
