// One plan of a merchant, by id or by name, with its lines; undefined for another merchant's plan.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { planLines, plans } from "../../../db/schema";

export type PlanRow = typeof plans.$inferSelect;
export type PlanLineRow = typeof planLines.$inferSelect;

export function findPlan(db: Db, merchantId: number, key: { id: number } | { name: string }): { plan: PlanRow; lines: PlanLineRow[] } | undefined {
  const plan = db
    .select()
    .from(plans)
    .where(and(eq(plans.merchantId, merchantId), "id" in key ? eq(plans.id, key.id) : eq(plans.name, key.name)))
    .get();
  if (!plan) return undefined;
  const lines = db.select().from(planLines).where(eq(planLines.planId, plan.id)).orderBy(asc(planLines.position)).all();
  return { plan, lines };
}
