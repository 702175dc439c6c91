// Saved phase reports: a name and the report's canonical URL search string, reopened by URL.
// Saving under a name that exists updates that report, so re-saving after a tweak is one step.
import type { Db } from "../../../db/client";
import { parsePhaseReportQuery, phaseReportSearch, savedReportNameSchema } from "../../domain/phases/report-query";
import {
  deleteSavedReport,
  findSavedReportByName,
  insertSavedReport,
  listSavedReports,
  updateSavedReportParams,
} from "../../queries/phases/saved-reports.server";
import type { MerchantContext } from "../merchants.server";

export interface SavedPhaseReport {
  id: number;
  name: string;
  /** canonical search string, without `?` */
  params: string;
  createdAt: number;
}

export function savedPhaseReports(db: Db, merchant: MerchantContext): SavedPhaseReport[] {
  return listSavedReports(db, merchant.id, "phases").map((r) => ({ id: r.id, name: r.name, params: r.params, createdAt: r.createdAt }));
}

export type SaveResult = { ok: true; report: SavedPhaseReport; replaced: boolean } | { ok: false; errors: { name?: string; params?: string } };

export function savePhaseReport(db: Db, merchant: MerchantContext, input: { name: unknown; params: unknown }, now = Date.now()): SaveResult {
  const name = savedReportNameSchema.safeParse(typeof input.name === "string" ? input.name : "");
  const parsed = parsePhaseReportQuery(new URLSearchParams(typeof input.params === "string" ? input.params : ""));
  if (!name.success || !parsed.ok) {
    return {
      ok: false,
      errors: {
        name: name.success ? undefined : name.error.issues[0].message,
        params: parsed.ok ? undefined : parsed.errors.join(" "),
      },
    };
  }
  const params = phaseReportSearch(parsed.query);
  const existing = findSavedReportByName(db, merchant.id, "phases", name.data);
  if (existing) {
    updateSavedReportParams(db, merchant.id, existing.id, params);
    return { ok: true, replaced: true, report: { id: existing.id, name: existing.name, params, createdAt: existing.createdAt } };
  }
  const r = insertSavedReport(db, { merchantId: merchant.id, name: name.data, report: "phases", params, createdAt: now });
  return { ok: true, replaced: false, report: { id: r.id, name: r.name, params: r.params, createdAt: r.createdAt } };
}

export function removePhaseReport(db: Db, merchant: MerchantContext, id: number): boolean {
  return deleteSavedReport(db, merchant.id, id);
}
