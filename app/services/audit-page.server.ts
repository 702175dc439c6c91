// The audit page and its CSV: a merchant's entries with filters, for owners.
import { z } from "zod";
import type { Db } from "../../db/client";
import { addDays, isDay, localToInstant } from "../domain/time";
import { AUDIT_ACTIONS } from "../domain/audit-actions";
import { merchantAudit, type AuditRow } from "./audit.server";
import { memberEmails } from "./members.server";
import type { MerchantContext } from "./merchants.server";

export const auditFilterSchema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  user: z.string().trim().max(254).optional().catch(undefined),
  from: z.string().refine(isDay).optional().catch(undefined),
  to: z.string().refine(isDay).optional().catch(undefined),
});
export type AuditFilterInput = z.infer<typeof auditFilterSchema>;

/** The first instant of a day in a zone. */
function dayStart(day: string, tz: string): number {
  const [y, m, d] = day.split("-").map(Number);
  return localToInstant(y, m, d, 0, 0, 0, 0, tz);
}

/** Days are the merchant's: from the first moment of `from` to the end of `to`. */
export function auditRows(db: Db, merchant: MerchantContext, f: AuditFilterInput, limit = 500): AuditRow[] {
  return merchantAudit(db, {
    merchantId: merchant.id,
    memberEmails: memberEmails(db, merchant),
    action: f.action,
    user: f.user || undefined,
    fromMs: f.from ? dayStart(f.from, merchant.timezone) : undefined,
    toMs: f.to ? dayStart(addDays(f.to, 1), merchant.timezone) - 1 : undefined,
    limit,
  });
}
