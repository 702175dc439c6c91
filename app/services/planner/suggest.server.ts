// Suggests a plan under a budget, dates and constraints, and the budget scenarios around it.
import type { Db } from "../../../db/client";
import { suggest, type Candidate, type Constraints } from "../../domain/planner/optimise";
import { evaluatePlan, lineFigures, type PlanFigures, type PlanLineInput } from "../../domain/planner/plan";
import type { SuggestRequest } from "../../domain/planner/requests";
import type { RosterRow } from "../../domain/planner/roster";
import { budgetScenarios, scenarioBudgets, type Scenario } from "../../domain/planner/scenarios";
import { SIMULATION_SEED } from "../../domain/planner/settings";
import { fixedPerPost } from "../../domain/planner/cost";
import { whyBooked } from "../../domain/planner/why";
import type { MerchantContext } from "../merchants.server";
import { plannerContext, type PlannerContext } from "./context.server";

export type SuggestOutcome =
  | {
      ok: true;
      asOf: string;
      request: SuggestRequest;
      constraints: Constraints;
      figures: PlanFigures;
      baselines: { byGpm: number; byFollowers: number; byValuePerCost: number };
      objectiveValue: number;
      candidates: number;
    }
  | { ok: false; asOf: string; constraint: string; message: string };

export function candidateRows(ctx: PlannerContext, r: SuggestRequest): RosterRow[] {
  return ctx.rows.filter(
    (row) =>
      (r.formats.length === 0 || r.formats.includes(row.format)) &&
      (r.tiers.length === 0 || r.tiers.includes(row.profile.tier)) &&
      (r.categories.length === 0 || r.categories.includes(row.profile.category)) &&
      (r.prospects === "include" || !row.estimate.estimated),
  );
}

export function candidatesOf(rows: readonly RosterRow[], objective: "gmv" | "p10"): Candidate[] {
  return rows.map((row) => ({
    id: `${row.accountId}|${row.format}`,
    accountId: row.accountId,
    format: row.format,
    followers: row.profile.followers,
    gpm: row.estimate.gpmValue,
    value: objective === "p10" ? row.estimate.gmvP10 : row.estimate.gmvPerPost,
    gmvPerPost: row.estimate.gmvPerPost,
    fixedPerPost: fixedPerPost(row.rate),
    commissionRate: row.rate.commissionRate,
    intent: row.intent,
  }));
}

export function constraintsOf(ctx: PlannerContext, r: SuggestRequest, budget = r.budget): Constraints {
  return { budget, maxShare: r.maxShare, maxPosts: r.maxPosts ?? ctx.settings.defaultMaxPosts, minCreators: r.minCreators, minSeedingShare: r.minSeedingShare };
}

export function suggestWith(ctx: PlannerContext, merchant: MerchantContext, r: SuggestRequest): SuggestOutcome {
  const rows = candidateRows(ctx, r);
  const cands = candidatesOf(rows, r.objective);
  const k = constraintsOf(ctx, r);
  const decay = ctx.settings.repeatDecay;
  const s = suggest(cands, k, decay);
  if (!s.ok) return { ok: false, asOf: ctx.asOf, constraint: s.constraint, message: s.message };
  const inputs: PlanLineInput[] = [];
  for (const [id, posts] of [...s.posts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const row = ctx.byKey.get(id)!;
    const f = lineFigures(row, posts, decay);
    inputs.push({
      accountId: row.accountId,
      format: row.format,
      posts,
      fromDay: r.from,
      toDay: r.to,
      intent: row.intent,
      why: whyBooked({
        format: row.format,
        posts,
        estimate: row.estimate,
        lineGmv: f.expectedGmv,
        lineCost: f.cost,
        intent: row.intent,
        quadrant: row.quadrant,
        tier: row.profile.tier,
        category: row.profile.category,
        currency: merchant.currency,
        decay,
      }),
    });
  }
  // best lines first
  inputs.sort((a, b) => {
    const ga = ctx.byKey.get(`${a.accountId}|${a.format}`)!.estimate.gmvPerPost * a.posts;
    const gb = ctx.byKey.get(`${b.accountId}|${b.format}`)!.estimate.gmvPerPost * b.posts;
    return gb - ga || (a.accountId < b.accountId ? -1 : 1);
  });
  const figures = evaluatePlan(ctx.byKey, inputs, { budget: r.budget, decay, draws: ctx.settings.simulations, seed: SIMULATION_SEED });
  return { ok: true, asOf: ctx.asOf, request: r, constraints: k, figures, baselines: s.baselines, objectiveValue: s.objective, candidates: cands.length };
}

export function suggestPlan(db: Db, merchant: MerchantContext, r: SuggestRequest, asOf?: string): SuggestOutcome {
  return suggestWith(plannerContext(db, merchant, asOf), merchant, r);
}

/** Expected GMV of the best plan at ¼ … 2 × the budget, and the marginal GMV per extra ¥. */
export function budgetScenarioTable(ctx: PlannerContext, r: SuggestRequest): Scenario[] {
  const cands = candidatesOf(candidateRows(ctx, r), "gmv");
  const decay = ctx.settings.repeatDecay;
  const points = scenarioBudgets(r.budget).map((budget) => {
    const s = suggest(cands, constraintsOf(ctx, r, budget), decay, { maxTries: 60 });
    return s.ok ? { budget, gmv: s.objective, cost: s.cost } : { budget, gmv: 0, cost: 0 };
  });
  // what costs nothing (creators with no fee and no commission) comes free at any budget
  const zero = suggest(cands, constraintsOf(ctx, r, 0), decay, { maxTries: 60 });
  return budgetScenarios(points, zero.ok ? zero.objective : 0);
}
