// Report definitions an analyst saved: small named queries, always scoped to one merchant.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { savedReports } from "../../../db/schema";

export type SavedReport = typeof savedReports.$inferSelect;

export function listSavedReports(db: Db, merchantId: number, report: "fact" | "phases"): SavedReport[] {
  return db
    .select()
    .from(savedReports)
    .where(and(eq(savedReports.merchantId, merchantId), eq(savedReports.report, report)))
    .orderBy(asc(savedReports.name))
    .all();
}

export function findSavedReportByName(db: Db, merchantId: number, report: "fact" | "phases", name: string): SavedReport | undefined {
  return db
    .select()
    .from(savedReports)
    .where(and(eq(savedReports.merchantId, merchantId), eq(savedReports.report, report), eq(savedReports.name, name)))
    .get();
}

export function insertSavedReport(
  db: Db,
  r: { merchantId: number; name: string; report: "fact" | "phases"; params: string; createdAt: number },
): SavedReport {
  return db.insert(savedReports).values(r).returning().get();
}

export function updateSavedReportParams(db: Db, merchantId: number, id: number, params: string): void {
  db.update(savedReports).set({ params }).where(and(eq(savedReports.merchantId, merchantId), eq(savedReports.id, id))).run();
}

/** True when a report of this merchant was deleted. */
export function deleteSavedReport(db: Db, merchantId: number, id: number): boolean {
  return db.delete(savedReports).where(and(eq(savedReports.merchantId, merchantId), eq(savedReports.id, id))).run().changes > 0;
}
