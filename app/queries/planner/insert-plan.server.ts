// Stores a plan and its lines in one transaction; returns the plan's id.
import type { Db } from "../../../db/client";
import { planLines, plans } from "../../../db/schema";

export type NewPlan = Omit<typeof plans.$inferInsert, "id">;
export type NewPlanLine = Omit<typeof planLines.$inferInsert, "id" | "planId" | "merchantId">;

export function insertPlan(db: Db, plan: NewPlan, lines: readonly NewPlanLine[]): number {
  return db.transaction((tx) => {
    const { id } = tx.insert(plans).values(plan).returning({ id: plans.id }).get();
    if (lines.length) tx.insert(planLines).values(lines.map((l) => ({ ...l, planId: id, merchantId: plan.merchantId }))).run();
    return id;
  });
}
