// The audit log: appended by the services, read by owners with filters.
import { and, desc, eq, gte, inArray, isNull, like, lte, or, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { auditLog, type AuditEntry } from "../../../db/schema";

export function insertAudit(db: Db, e: Omit<AuditEntry, "id">): void {
  db.insert(auditLog).values(e).run();
}

/** What people do outside any one merchant, shown on the log of every merchant they can see. */
export const PERSONAL_ACTIONS = ["sign_in", "sign_in_failed", "sign_out", "password_changed"] as const;

export interface AuditFilter {
  merchantId: number;
  /** the emails of the people who can see the merchant: their sign-ins belong on its log */
  memberEmails: string[];
  action?: string;
  user?: string;
  fromMs?: number;
  toMs?: number;
  limit: number;
}

export function auditEntries(db: Db, f: AuditFilter): AuditEntry[] {
  const own = eq(auditLog.merchantId, f.merchantId);
  const personal = f.memberEmails.length
    ? and(isNull(auditLog.merchantId), inArray(auditLog.action, [...PERSONAL_ACTIONS]), inArray(auditLog.userEmail, f.memberEmails))
    : undefined;
  const where: SQL[] = [personal ? or(own, personal)! : own];
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.user) where.push(like(auditLog.userEmail, `%${f.user.replace(/[%_]/g, "")}%`));
  if (f.fromMs != null) where.push(gte(auditLog.at, f.fromMs));
  if (f.toMs != null) where.push(lte(auditLog.at, f.toMs));
  return db.select().from(auditLog).where(and(...where)).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(f.limit).all();
}
