// People: looked up by email or id, created, their password and language changed.
import { asc, eq, sql } from "drizzle-orm";
import { perConnection, type Db } from "../../../db/client";
import { users, type User } from "../../../db/schema";

export function getUserByEmail(db: Db, email: string): User | undefined {
  return db.select().from(users).where(eq(users.email, email)).get();
}

const userById = perConnection((db) => db.select().from(users).where(eq(users.id, sql.placeholder("id"))).prepare());

export function getUserById(db: Db, id: number): User | undefined {
  return userById(db).get({ id });
}

export function listUsers(db: Db): User[] {
  return db.select().from(users).orderBy(asc(users.email)).all();
}

export function insertUser(db: Db, u: { email: string; name: string; passwordHash: string; now: number }): User {
  return db
    .insert(users)
    .values({ email: u.email, name: u.name, passwordHash: u.passwordHash, createdAt: u.now, passwordChangedAt: u.now })
    .returning()
    .get();
}

export function setUserPassword(db: Db, userId: number, passwordHash: string, now: number): void {
  db.update(users).set({ passwordHash, passwordChangedAt: now }).where(eq(users.id, userId)).run();
}

export function setUserLocale(db: Db, userId: number, locale: string | null): void {
  db.update(users).set({ locale }).where(eq(users.id, userId)).run();
}
