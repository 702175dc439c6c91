// Plans: evaluating lines built by hand, saving a plan with the figures it was planned with,
// reading one back (scoped to its merchant: another merchant's plan is not found), listing,
// deleting and comparing.
import { plannerEnglish } from "../../domain/planner/messages";
import type { Db } from "../../../db/client";
import { evaluatePlan, type PlanFigures, type PlanLineInput, type PlannedLine, type PlanTotals } from "../../domain/planner/plan";
import { SIMULATION_SEED } from "../../domain/planner/settings";
import { deletePlan } from "../../queries/planner/delete-plan.server";
import { findPlan, type PlanLineRow, type PlanRow } from "../../queries/planner/find-plan.server";
import { insertPlan } from "../../queries/planner/insert-plan.server";
import { listPlans } from "../../queries/planner/list-plans.server";
import type { MerchantContext } from "../merchants.server";
import { plannerContext } from "./context.server";

export interface SavedPlan {
  id: number;
  name: string;
  budget: number;
  from: string;
  to: string;
  objective: "gmv" | "p10" | "manual";
  constraints: Record<string, unknown>;
  asOf: string;
  createdAt: number;
  lines: PlannedLine[];
  totals: PlanTotals;
}

export function buildPlan(db: Db, merchant: MerchantContext, q: { budget: number; lines: PlanLineInput[]; asOf?: string }): PlanFigures & { asOf: string } {
  const ctx = plannerContext(db, merchant, q.asOf);
  const figures = evaluatePlan(ctx.byKey, q.lines, { budget: q.budget, decay: ctx.settings.repeatDecay, draws: ctx.settings.simulations, seed: SIMULATION_SEED });
  return { ...figures, asOf: ctx.asOf };
}

export type SaveOutcome = { ok: true; id: number } | { ok: false; error: string };

export function savePlan(
  db: Db,
  merchant: MerchantContext,
  p: { name: string; budget: number; from: string; to: string; objective: "gmv" | "p10" | "manual"; constraints: Record<string, unknown>; asOf: string; figures: PlanFigures; userId?: number | null },
): SaveOutcome {
  if (findPlan(db, merchant.id, { name: p.name })) return { ok: false, error: plannerEnglish("planExists", { name: p.name }) };
  if (p.figures.lines.length === 0) return { ok: false, error: plannerEnglish("planNoLines") };
  const id = insertPlan(
    db,
    {
      merchantId: merchant.id,
      name: p.name,
      budget: p.budget,
      fromDay: p.from,
      toDay: p.to,
      objective: p.objective,
      constraints: JSON.stringify(p.constraints),
      asOf: p.asOf,
      totals: JSON.stringify(p.figures.totals),
      createdBy: p.userId ?? null,
      createdAt: Date.now(),
    },
    p.figures.lines.map((l, i) => ({
      position: i,
      accountId: l.accountId,
      format: l.format,
      posts: l.posts,
      fromDay: l.fromDay,
      toDay: l.toDay,
      intent: l.intent,
      pillar: l.pillar,
      cost: l.cost,
      expectedViews: l.expectedViews,
      expectedGmv: l.expectedGmv,
      gmvP10: l.gmvP10,
      gmvP90: l.gmvP90,
      snapshot: JSON.stringify({ name: l.name, estimated: l.estimated, breakEvenGpm: l.breakEvenGpm, roi: l.roi }),
      why: l.why,
    })),
  );
  return { ok: true, id };
}

function toSaved(plan: PlanRow, rows: PlanLineRow[]): SavedPlan {
  return {
    id: plan.id,
    name: plan.name,
    budget: plan.budget,
    from: plan.fromDay,
    to: plan.toDay,
    objective: plan.objective,
    constraints: JSON.parse(plan.constraints) as Record<string, unknown>,
    asOf: plan.asOf,
    createdAt: plan.createdAt,
    totals: JSON.parse(plan.totals) as PlanTotals,
    lines: rows.map((l) => {
      const snap = JSON.parse(l.snapshot) as { name?: string; estimated?: boolean; breakEvenGpm?: number | null; roi?: number | null };
      return {
        accountId: l.accountId,
        name: snap.name ?? "",
        format: l.format,
        posts: l.posts,
        fromDay: l.fromDay,
        toDay: l.toDay,
        intent: l.intent,
        pillar: l.pillar === "T" ? "T" : "A",
        estimated: snap.estimated ?? false,
        cost: l.cost,
        expectedViews: l.expectedViews,
        expectedGmv: l.expectedGmv,
        gmvP10: l.gmvP10,
        gmvP90: l.gmvP90,
        breakEvenGpm: snap.breakEvenGpm ?? null,
        roi: snap.roi ?? null,
        why: l.why,
      };
    }),
  };
}

/** A merchant's plan by id or name; undefined for a missing plan and for another merchant's alike. */
export function loadPlan(db: Db, merchant: MerchantContext, key: { id: number } | { name: string }): SavedPlan | undefined {
  const found = findPlan(db, merchant.id, key);
  return found ? toSaved(found.plan, found.lines) : undefined;
}

export function planList(db: Db, merchant: MerchantContext) {
  return listPlans(db, merchant.id).map((p) => {
    const t = JSON.parse(p.totals) as Partial<PlanTotals>;
    return { id: p.id, name: p.name, from: p.fromDay, to: p.toDay, budget: p.budget, objective: p.objective, cost: t.cost ?? 0, expectedGmv: t.expectedGmv ?? 0, gmvP10: t.gmvP10 ?? 0, gmvP90: t.gmvP90 ?? 0, createdAt: p.createdAt };
  });
}

export function removePlan(db: Db, merchant: MerchantContext, id: number): boolean {
  return deletePlan(db, merchant.id, id);
}

export const MAX_COMPARED = 3;

/** Up to three of the merchant's plans side by side; ids of other merchants' plans are skipped like missing ones. */
export function comparePlans(db: Db, merchant: MerchantContext, ids: readonly number[]): SavedPlan[] {
  return ids.slice(0, MAX_COMPARED).flatMap((id) => loadPlan(db, merchant, { id }) ?? []);
}
