// One creator's page: its rows per format (history, estimate, cost), the trend of its posts and
// sales by month, and the calibration its ranges carry.
import type { Db } from "../../../db/client";
import type { Calibration } from "../../domain/planner/calibrate";
import type { CreatorProfile } from "../../domain/planner/roster";
import { rosterLine, type RosterLine } from "../../domain/planner/roster-line";
import { FORMATS, type Format } from "../../domain/planner/types";
import { historyKey } from "../../domain/planner/history";
import { accountMonths } from "../../queries/planner/account-months.server";
import type { MerchantContext } from "../merchants.server";
import { plannerContext } from "./context.server";

export interface CreatorPage {
  asOf: string;
  profile: CreatorProfile;
  lines: RosterLine[];
  trend: { month: string; posts: number; views: number; gmv: number; orders: number }[];
  calibration: Record<Format, Calibration>;
  decay: number;
}

export function creatorPage(db: Db, merchant: MerchantContext, accountId: string): CreatorPage | undefined {
  const ctx = plannerContext(db, merchant);
  const profile = ctx.profiles.get(accountId);
  if (!profile) return undefined;
  const lines = FORMATS.flatMap((f) => {
    const r = ctx.byKey.get(historyKey(accountId, f));
    return r ? [rosterLine(r)] : [];
  });
  const byMonth = new Map<string, { month: string; posts: number; views: number; gmv: number; orders: number }>();
  const at = (m: string) => {
    let x = byMonth.get(m);
    if (!x) byMonth.set(m, (x = { month: m, posts: 0, views: 0, gmv: 0, orders: 0 }));
    return x;
  };
  for (const f of FORMATS) {
    for (const m of ctx.months.get(historyKey(accountId, f)) ?? []) at(m.month).posts += m.posts;
  }
  for (const m of accountMonths(db, { merchantId: merchant.id, accountId, to: ctx.asOf })) {
    const x = at(m.month);
    x.views = m.views;
    x.gmv = m.gmv;
    x.orders = m.orders;
  }
  return {
    asOf: ctx.asOf,
    profile,
    lines,
    trend: [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1)),
    calibration: ctx.set.calibration,
    decay: ctx.settings.repeatDecay,
  };
}
