// The audit log: appended by the services, read by owners with filters.
import { and, desc, eq, gte, like, lte, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { auditLog, type AuditEntry } from "../../../db/schema";

export function insertAudit(db: Db, e: Omit<AuditEntry, "id">): void {
  db.insert(auditLog).values(e).run();
}

export interface AuditFilter {
  merchantId: number;
  action?: string;
  user?: string;
  fromMs?: number;
  toMs?: number;
  limit: number;
}

export function auditEntries(db: Db, f: AuditFilter): AuditEntry[] {
  const where: SQL[] = [eq(auditLog.merchantId, f.merchantId)];
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.user) where.push(like(auditLog.userEmail, `%${f.user.replace(/[%_]/g, "")}%`));
  if (f.fromMs != null) where.push(gte(auditLog.at, f.fromMs));
  if (f.toMs != null) where.push(lte(auditLog.at, f.toMs));
  return db.select().from(auditLog).where(and(...where)).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(f.limit).all();
}
