// The audit log: who did what to a merchant, when, from which address.
import type { Db } from "../../db/client";
import { auditEntries, insertAudit, type AuditFilter } from "../queries/auth/audit-log.server";
import type { AuditEntry } from "../../db/schema";
import { AUDIT_ACTIONS, type AuditAction } from "../domain/audit-actions";

export { AUDIT_ACTIONS, type AuditAction };

export interface AuditWho {
  user: { id: number; email: string } | null;
  ip: string;
}

export function audit(
  db: Db,
  who: AuditWho,
  where: { merchantId?: number | null; workspaceId?: number | null },
  action: AuditAction,
  detail: Record<string, unknown> = {},
  now = Date.now(),
): void {
  insertAudit(db, {
    at: now,
    merchantId: where.merchantId ?? null,
    workspaceId: where.workspaceId ?? null,
    userId: who.user?.id ?? null,
    userEmail: who.user?.email ?? "",
    action,
    detail: JSON.stringify(detail),
    ip: who.ip,
  });
}

export interface AuditRow {
  id: number;
  at: number;
  user: string;
  action: string;
  detail: Record<string, unknown>;
  ip: string;
}

export function merchantAudit(db: Db, filter: AuditFilter): AuditRow[] {
  return auditEntries(db, filter).map((e: AuditEntry) => ({
    id: e.id,
    at: e.at,
    user: e.userEmail,
    action: e.action,
    detail: safeJson(e.detail),
    ip: e.ip,
  }));
}

function safeJson(s: string): Record<string, unknown> {
  try {
    const v = JSON.parse(s) as unknown;
    return v && typeof v === "object" ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
