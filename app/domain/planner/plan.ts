// A plan's figures: each line's expected views, GMV, cost and range, and the plan's totals with a
// simulated P10–P90, split by FACT pillar and by seeding or harvesting intent.
import { ratio } from "../ratio";
import { breakEvenGpm, lineCost, postsWorth } from "./cost";
import { historyKey } from "./history";
import type { RosterRow } from "./roster";
import { simulatePlan, type SimLine } from "./simulate";
import type { Format, Intent } from "./types";

export interface PlanLineInput {
  accountId: string;
  format: Format;
  posts: number;
  fromDay: string;
  toDay: string;
  intent?: Intent;
  why?: string;
}

export interface PlannedLine {
  accountId: string;
  name: string;
  format: Format;
  posts: number;
  fromDay: string;
  toDay: string;
  intent: Intent;
  pillar: "T" | "A";
  estimated: boolean;
  cost: number;
  expectedViews: number;
  expectedGmv: number;
  gmvP10: number;
  gmvP90: number;
  breakEvenGpm: number | null;
  roi: number | null;
  why: string;
}

export interface Split {
  cost: number;
  expectedGmv: number;
  lines: number;
}

export interface PlanTotals {
  budget: number;
  cost: number;
  budgetLeft: number;
  expectedViews: number;
  expectedGmv: number;
  gmvP10: number;
  gmvP50: number;
  gmvP90: number;
  viewsP10: number;
  viewsP90: number;
  roi: number | null;
  creators: number;
  posts: number;
  byPillar: Record<"T" | "A", Split>;
  byIntent: Record<Intent, Split>;
}

export interface PlanFigures {
  lines: PlannedLine[];
  totals: PlanTotals;
  /** lines left out: the creator or format has no estimate */
  missing: PlanLineInput[];
}

export function simLineOf(row: RosterRow, posts: number): SimLine {
  const e = row.estimate;
  const pv = e.gpm.perView;
  return {
    posts,
    logMean: e.views.mean,
    logSd: e.logSd,
    perView: pv,
    latentCv2: pv > 0 ? e.gpm.variance / (pv * pv) : 0,
    postCv2: pv > 0 ? e.gpm.peers.s2 / Math.max(1, e.viewsPerPost) / (pv * pv) : 0,
  };
}

/** One line's expected figures, exactly as the optimiser costs it. */
export function lineFigures(row: RosterRow, posts: number, decay: number) {
  const w = postsWorth(decay, posts);
  const gmv = row.estimate.gmvPerPost * w;
  const views = row.estimate.viewsPerPost * w;
  const cost = lineCost(row.rate, posts, gmv);
  return { expectedGmv: Math.round(gmv), expectedViews: views, cost, breakEvenGpm: breakEvenGpm(row.rate, posts, views), roi: ratio(gmv, cost) };
}

const emptySplit = (): Split => ({ cost: 0, expectedGmv: 0, lines: 0 });

export function evaluatePlan(
  rows: ReadonlyMap<string, RosterRow>,
  inputs: readonly PlanLineInput[],
  o: { budget: number; decay: number; draws: number; seed: number },
): PlanFigures {
  const missing: PlanLineInput[] = [];
  const used: { row: RosterRow; input: PlanLineInput }[] = [];
  for (const input of inputs) {
    const row = rows.get(historyKey(input.accountId, input.format));
    if (!row || input.posts < 1) missing.push(input);
    else used.push({ row, input });
  }
  const sim = simulatePlan(used.map((u) => simLineOf(u.row, u.input.posts)), o.decay, o.draws, o.seed);
  const lines: PlannedLine[] = used.map(({ row, input }, i) => {
    const f = lineFigures(row, input.posts, o.decay);
    return {
      accountId: input.accountId,
      name: row.profile.name,
      format: input.format,
      posts: input.posts,
      fromDay: input.fromDay,
      toDay: input.toDay,
      intent: input.intent ?? row.intent,
      pillar: row.profile.pillar,
      estimated: row.estimate.estimated,
      cost: f.cost,
      expectedViews: f.expectedViews,
      expectedGmv: f.expectedGmv,
      gmvP10: Math.round(sim.lines[i].gmvP10),
      gmvP90: Math.round(sim.lines[i].gmvP90),
      breakEvenGpm: f.breakEvenGpm,
      roi: f.roi,
      why: input.why ?? "",
    };
  });
  const byPillar = { T: emptySplit(), A: emptySplit() };
  const byIntent = { seeding: emptySplit(), harvesting: emptySplit() };
  for (const l of lines) {
    for (const s of [byPillar[l.pillar], byIntent[l.intent]]) {
      s.cost += l.cost;
      s.expectedGmv += l.expectedGmv;
      s.lines++;
    }
  }
  const cost = lines.reduce((s, l) => s + l.cost, 0);
  const expectedGmv = lines.reduce((s, l) => s + l.expectedGmv, 0);
  return {
    lines,
    missing,
    totals: {
      budget: o.budget,
      cost,
      budgetLeft: o.budget - cost,
      expectedViews: lines.reduce((s, l) => s + l.expectedViews, 0),
      expectedGmv,
      gmvP10: Math.round(sim.gmvP10),
      gmvP50: Math.round(sim.gmvP50),
      gmvP90: Math.round(sim.gmvP90),
      viewsP10: sim.viewsP10,
      viewsP90: sim.viewsP90,
      roi: ratio(expectedGmv, cost),
      creators: new Set(lines.map((l) => l.accountId)).size,
      posts: lines.reduce((s, l) => s + l.posts, 0),
      byPillar,
      byIntent,
    },
  };
}
