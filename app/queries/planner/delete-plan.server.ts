// Deletes a merchant's plan (its lines go with it); false when the merchant has no such plan.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { plans } from "../../../db/schema";

export function deletePlan(db: Db, merchantId: number, planId: number): boolean {
  return db.delete(plans).where(and(eq(plans.merchantId, merchantId), eq(plans.id, planId))).run().changes > 0;
}
