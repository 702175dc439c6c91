// A saved plan as a scenario on the forecast page: each line's expected GMV spread evenly over
// its window's days, added to the baseline forecast on the days both cover.
import type { Db } from "../../../db/client";
import { eachDay } from "../../domain/time";
import type { MerchantContext } from "../merchants.server";
import { loadPlan, planList } from "./plans.server";

export interface PlanScenario {
  planId: number;
  name: string;
  /** plan GMV per forecast day, hundredths */
  byDay: Record<string, number>;
  /** plan GMV inside the forecast days, and in all */
  inHorizon: number;
  total: number;
}

export function planScenario(db: Db, merchant: MerchantContext, planId: number, days: readonly string[], pillar = "ALL"): PlanScenario | undefined {
  const plan = loadPlan(db, merchant, { id: planId });
  if (!plan) return undefined;
  const wanted = new Set(days);
  const byDay: Record<string, number> = {};
  // a plan's lines count in T (Top-KOL) or A: on a one-pillar forecast only that pillar's lines add
  for (const l of plan.lines.filter((x) => pillar === "ALL" || x.pillar === pillar)) {
    const span = eachDay(l.fromDay, l.toDay);
    for (const d of span) if (wanted.has(d)) byDay[d] = (byDay[d] ?? 0) + l.expectedGmv / span.length;
  }
  return {
    planId: plan.id,
    name: plan.name,
    byDay,
    inHorizon: Object.values(byDay).reduce((s, v) => s + v, 0),
    total: plan.lines.filter((x) => pillar === "ALL" || x.pillar === pillar).reduce((s, l) => s + l.expectedGmv, 0),
  };
}

export function scenarioChoices(db: Db, merchant: MerchantContext) {
  return planList(db, merchant).map((p) => ({ id: p.id, name: p.name, from: p.from, to: p.to }));
}

/** What the forecast page shows: the saved plans to choose from and the chosen one's scenario. */
export function forecastPlanScenario(db: Db, merchant: MerchantContext, q: { planId: number | null; days: readonly string[]; pillar: string }) {
  return { choices: scenarioChoices(db, merchant), scenario: q.planId === null ? null : (planScenario(db, merchant, q.planId, q.days, q.pillar) ?? null) };
}
