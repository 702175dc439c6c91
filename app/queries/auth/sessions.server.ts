// Server-side sessions, keyed by the SHA-256 of the cookie's token.
import { and, eq, lt, ne, sql } from "drizzle-orm";
import { perConnection, type Db } from "../../../db/client";
import { sessions } from "../../../db/schema";

export type SessionRow = typeof sessions.$inferSelect;

export function insertSession(db: Db, s: SessionRow): void {
  db.insert(sessions).values(s).run();
}

const sessionByHash = perConnection((db) => db.select().from(sessions).where(eq(sessions.idHash, sql.placeholder("idHash"))).prepare());

export function getSession(db: Db, idHash: string): SessionRow | undefined {
  return sessionByHash(db).get({ idHash });
}

export function touchSession(db: Db, idHash: string, now: number, expiresAt: number): void {
  db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.idHash, idHash)).run();
}

export function deleteSession(db: Db, idHash: string): void {
  db.delete(sessions).where(eq(sessions.idHash, idHash)).run();
}

/** Signs a person out everywhere, or everywhere but the session they act from. */
export function deleteUserSessions(db: Db, userId: number, except?: string): number {
  const where = except ? and(eq(sessions.userId, userId), ne(sessions.idHash, except)) : eq(sessions.userId, userId);
  return db.delete(sessions).where(where).run().changes;
}

export function deleteExpiredSessions(db: Db, now: number): void {
  db.delete(sessions).where(lt(sessions.expiresAt, now)).run();
}

export function countUserSessions(db: Db, userId: number): number {
  return db.select({ idHash: sessions.idHash }).from(sessions).where(eq(sessions.userId, userId)).all().length;
}
