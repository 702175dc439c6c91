// Plan against actual: what each line's creator delivered in the line's window (its posts of the
// format dated inside it, and its attributed orders of that format), and the variance split.
import type { Db } from "../../../db/client";
import { formatHistories, historyKey } from "../../domain/planner/history";
import { varianceSplit, type VarianceSplit } from "../../domain/planner/variance";
import { creatorPosts } from "../../queries/planner/creator-posts.server";
import { creatorSales, type SalesRow } from "../../queries/planner/creator-sales.server";
import type { MerchantContext } from "../merchants.server";
import { defaultAsOf } from "./context.server";
import type { SavedPlan } from "./plans.server";

export interface LineActual {
  accountId: string;
  name: string;
  format: string;
  plannedPosts: number;
  actualPosts: number;
  plannedViews: number;
  actualViews: number;
  plannedGmv: number;
  actualGmv: number;
  neverPosted: boolean;
  /** the line's window has started by the data's last day */
  started: boolean;
  volume: number;
  efficiency: number;
  variance: number;
}

export interface PlanActual {
  /** the last day of data compared */
  through: string;
  status: "not started" | "running" | "finished";
  lines: LineActual[];
  split: VarianceSplit;
  plannedGmv: number;
  actualGmv: number;
}

export function planActual(db: Db, merchant: MerchantContext, plan: SavedPlan): PlanActual {
  const through = defaultAsOf(db, merchant);
  const from = plan.lines.reduce((m, l) => (l.fromDay < m ? l.fromDay : m), plan.from);
  const to = plan.lines.reduce((m, l) => (l.toDay > m ? l.toDay : m), plan.to);
  const posts = creatorPosts(db, { merchantId: merchant.id, from, to });
  // orders count by their own day, so each window reads its own (lines usually share one)
  const salesByWindow = new Map<string, SalesRow[]>();
  const salesIn = (f: string, t: string) => {
    const key = `${f}:${t}`;
    let rows = salesByWindow.get(key);
    if (!rows) salesByWindow.set(key, (rows = creatorSales(db, { merchantId: merchant.id, from: f, to: t })));
    return rows;
  };
  const outcomes = plan.lines.map((l) => {
    // the account's posts of any format give its orders their format; the line reads its own
    const h = formatHistories(
      posts.filter((p) => p.accountId === l.accountId && p.day >= l.fromDay && p.day <= l.toDay),
      salesIn(l.fromDay, l.toDay).filter((s) => s.accountId === l.accountId),
      [],
      () => true,
    ).get(historyKey(l.accountId, l.format));
    return { line: l, posts: h?.posts ?? 0, views: h?.views ?? 0, gmv: h?.gmv ?? 0 };
  });
  const split = varianceSplit(
    outcomes.map((o) => ({ plannedViews: o.line.expectedViews, plannedGmv: o.line.expectedGmv, actualViews: o.views, actualGmv: o.gmv, actualPosts: o.posts })),
  );
  const lines = outcomes.map((o, i) => ({
    accountId: o.line.accountId,
    name: o.line.name,
    format: o.line.format,
    plannedPosts: o.line.posts,
    actualPosts: o.posts,
    plannedViews: o.line.expectedViews,
    actualViews: o.views,
    plannedGmv: o.line.expectedGmv,
    actualGmv: o.gmv,
    neverPosted: o.posts === 0 && o.line.fromDay <= through,
    started: o.line.fromDay <= through,
    volume: split.lines[i].volume,
    efficiency: split.lines[i].efficiency,
    variance: split.lines[i].total,
  }));
  return {
    through,
    status: through < plan.from ? "not started" : through < plan.to ? "running" : "finished",
    lines,
    split,
    plannedGmv: plan.lines.reduce((s, l) => s + l.expectedGmv, 0),
    actualGmv: outcomes.reduce((s, o) => s + o.gmv, 0),
  };
}
