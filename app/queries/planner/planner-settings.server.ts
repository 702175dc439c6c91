// The planner settings JSON of a merchant ("{}" when never saved), and saving it.
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { plannerSettings } from "../../../db/schema";

export function readPlannerSettingsJson(db: Db, merchantId: number): string {
  return db.select({ s: plannerSettings.settings }).from(plannerSettings).where(eq(plannerSettings.merchantId, merchantId)).get()?.s ?? "{}";
}

export function writePlannerSettingsJson(db: Db, merchantId: number, json: string, now = Date.now()): void {
  db.insert(plannerSettings)
    .values({ merchantId, settings: json, updatedAt: now })
    .onConflictDoUpdate({ target: plannerSettings.merchantId, set: { settings: json, updatedAt: now } })
    .run();
}
