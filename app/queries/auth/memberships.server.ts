// Memberships: a person's role in a workspace, or in one merchant only.
import { and, asc, eq, isNotNull, isNull, or, inArray, sql } from "drizzle-orm";
import { perConnection, type Db } from "../../../db/client";
import { memberships, merchants, users, type Membership, type Merchant } from "../../../db/schema";
import type { Role } from "../../domain/auth/roles";

const membershipsByUser = perConnection((db) => db.select().from(memberships).where(eq(memberships.userId, sql.placeholder("userId"))).prepare());

export function membershipsOfUser(db: Db, userId: number): Membership[] {
  return membershipsByUser(db).all({ userId });
}

/** Every merchant a person's memberships reach: their workspaces' merchants and single grants (prepared once: every page's frame asks). */
const visibleByUser = perConnection((db) => {
  const mine = (column: typeof memberships.workspaceId | typeof memberships.merchantId) =>
    db.select({ id: column }).from(memberships).where(and(eq(memberships.userId, sql.placeholder("userId")), isNotNull(column)));
  return db
    .select()
    .from(merchants)
    .where(or(inArray(merchants.workspaceId, mine(memberships.workspaceId)), inArray(merchants.id, mine(memberships.merchantId))))
    .orderBy(asc(merchants.name))
    .prepare();
});

export function merchantsVisibleTo(db: Db, userId: number): Merchant[] {
  return visibleByUser(db).all({ userId });
}

export interface MemberRow {
  membershipId: number;
  userId: number;
  email: string;
  name: string;
  role: Role;
  scope: "workspace" | "merchant";
  merchantId: number | null;
}

/** The people who can reach a merchant: its workspace's members and those granted it alone. */
export function membersOfMerchant(db: Db, merchantId: number, workspaceId: number | null): MemberRow[] {
  const where = workspaceId != null
    ? or(eq(memberships.merchantId, merchantId), and(eq(memberships.workspaceId, workspaceId), isNull(memberships.merchantId)))
    : eq(memberships.merchantId, merchantId);
  return db
    .select({
      membershipId: memberships.id,
      userId: users.id,
      email: users.email,
      name: users.name,
      role: memberships.role,
      merchantId: memberships.merchantId,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(where)
    .orderBy(asc(users.email))
    .all()
    .map((r) => ({ ...r, scope: r.merchantId != null ? ("merchant" as const) : ("workspace" as const) }));
}

export function upsertMembership(
  db: Db,
  m: { userId: number; workspaceId: number | null; merchantId: number | null; role: Role; now: number },
): void {
  const existing = db
    .select()
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, m.userId),
        m.workspaceId != null ? eq(memberships.workspaceId, m.workspaceId) : isNull(memberships.workspaceId),
        m.merchantId != null ? eq(memberships.merchantId, m.merchantId) : isNull(memberships.merchantId),
      ),
    )
    .get();
  if (existing) db.update(memberships).set({ role: m.role }).where(eq(memberships.id, existing.id)).run();
  else db.insert(memberships).values({ ...m, createdAt: m.now }).run();
}

export function getMembership(db: Db, id: number): Membership | undefined {
  return db.select().from(memberships).where(eq(memberships.id, id)).get();
}

export function deleteMembership(db: Db, id: number): void {
  db.delete(memberships).where(eq(memberships.id, id)).run();
}

export function countWorkspaceOwners(db: Db, workspaceId: number): number {
  return db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "owner")))
    .all().length;
}

/** Memberships that match a person and a scope, for `member remove`. */
export function findMemberships(db: Db, userId: number, scope: { workspaceId?: number; merchantId?: number }): Membership[] {
  return db
    .select()
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, userId),
        scope.workspaceId != null ? eq(memberships.workspaceId, scope.workspaceId) : eq(memberships.merchantId, scope.merchantId ?? -1),
      ),
    )
    .all();
}

export function setMembershipRole(db: Db, id: number, role: Role): void {
  db.update(memberships).set({ role }).where(eq(memberships.id, id)).run();
}
