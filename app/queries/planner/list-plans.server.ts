// A merchant's saved plans, newest first.
import { desc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { plans } from "../../../db/schema";

export function listPlans(db: Db, merchantId: number) {
  return db.select().from(plans).where(eq(plans.merchantId, merchantId)).orderBy(desc(plans.createdAt), desc(plans.id)).all();
}
