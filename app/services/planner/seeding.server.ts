// Seeding and harvesting: each creator's seeding rate against its GPM (the quadrant), each
// pillar's seeding and harvest rates by month, and the balance trend: the share of creator
// views that came from seeders rather than harvesters, month by month.
import type { Db } from "../../../db/client";
import { rosterLine, type RosterLine } from "../../domain/planner/roster-line";
import { historyKey } from "../../domain/planner/history";
import { ratio } from "../../domain/ratio";
import { QUADRANTS, type Format, type Quadrant } from "../../domain/planner/types";
import { pillarMonths } from "../../queries/planner/pillar-months.server";
import type { MerchantContext } from "../merchants.server";
import { plannerContext } from "./context.server";

export interface SeedingPage {
  asOf: string;
  creators: RosterLine[];
  medians: Record<Format, { seeding: number | null; gpm: number | null }>;
  counts: Record<Quadrant, number>;
  pillars: { month: string; pillar: string; seedingRate: number | null; interestRate: number | null; harvestRate: number | null }[];
  balance: { month: string; seederViews: number; harvesterViews: number; seederShare: number | null }[];
}

export function seedingPage(db: Db, merchant: MerchantContext, asOf?: string): SeedingPage {
  const ctx = plannerContext(db, merchant, asOf);
  const creators = ctx.rows.filter((r) => r.history.posts > 0).map(rosterLine);
  const counts = Object.fromEntries(QUADRANTS.map((q) => [q, 0])) as Record<Quadrant, number>;
  for (const c of creators) if (c.quadrant) counts[c.quadrant]++;
  const per1000 = (n: number, d: number) => {
    const r = ratio(n, d);
    return r === null ? null : r * 1000;
  };
  const pillars = pillarMonths(db, { merchantId: merchant.id, from: "0000-01-01", to: ctx.asOf }).map((m) => ({
    month: m.month,
    pillar: m.pillar,
    seedingRate: per1000(m.interactions, m.views),
    interestRate: per1000(m.interest, m.views),
    harvestRate: per1000(m.gmv, m.views),
  }));
  const months = new Map<string, { seeder: number; harvester: number }>();
  for (const c of creators) {
    if (c.quadrant !== "seeder" && c.quadrant !== "harvester") continue;
    for (const pm of ctx.months.get(historyKey(c.account_id, c.format)) ?? []) {
      const m = months.get(pm.month) ?? { seeder: 0, harvester: 0 };
      m[c.quadrant] += pm.views;
      months.set(pm.month, m);
    }
  }
  const balance = [...months.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([month, v]) => ({ month, seederViews: Math.round(v.seeder), harvesterViews: Math.round(v.harvester), seederShare: ratio(v.seeder, v.seeder + v.harvester) }));
  return { asOf: ctx.asOf, creators, medians: ctx.set.medians, counts, pillars, balance };
}
