// Invitation links, stored by the hash of their token.
import { and, desc, eq, isNull, or } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { invitations, type Invitation } from "../../../db/schema";

export function insertInvitation(db: Db, inv: Omit<Invitation, "id" | "usedAt" | "usedBy" | "revokedAt">): Invitation {
  return db.insert(invitations).values(inv).returning().get();
}

export function getInvitationByHash(db: Db, tokenHash: string): Invitation | undefined {
  return db.select().from(invitations).where(eq(invitations.tokenHash, tokenHash)).get();
}

/** Marks an invitation used, only if nobody used or revoked it first: true when this call won. */
export function claimInvitation(db: Db, id: number, userId: number, now: number): boolean {
  return (
    db
      .update(invitations)
      .set({ usedAt: now, usedBy: userId })
      .where(and(eq(invitations.id, id), isNull(invitations.usedAt), isNull(invitations.revokedAt)))
      .run().changes === 1
  );
}

export function revokeInvitation(db: Db, id: number, scope: { workspaceId: number | null; merchantId: number }, now: number): boolean {
  const inScope = scope.workspaceId != null
    ? or(eq(invitations.merchantId, scope.merchantId), eq(invitations.workspaceId, scope.workspaceId))
    : eq(invitations.merchantId, scope.merchantId);
  return (
    db
      .update(invitations)
      .set({ revokedAt: now })
      .where(and(eq(invitations.id, id), inScope, isNull(invitations.usedAt), isNull(invitations.revokedAt)))
      .run().changes === 1
  );
}

export function invitationsFor(db: Db, scope: { workspaceId: number | null; merchantId: number }): Invitation[] {
  const inScope = scope.workspaceId != null
    ? or(eq(invitations.merchantId, scope.merchantId), eq(invitations.workspaceId, scope.workspaceId))
    : eq(invitations.merchantId, scope.merchantId);
  return db.select().from(invitations).where(inScope).orderBy(desc(invitations.createdAt)).all();
}
