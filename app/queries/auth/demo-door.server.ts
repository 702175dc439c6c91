// The demo owner's generated password, kept for the one-click "Open the demo".
import type { Db } from "../../../db/client";
import { demoDoor } from "../../../db/schema";

export function getDemoDoor(db: Db): { userId: number; password: string } | undefined {
  return db.select().from(demoDoor).get();
}

export function putDemoDoor(db: Db, userId: number, password: string): void {
  db.insert(demoDoor).values({ userId, password }).onConflictDoUpdate({ target: demoDoor.userId, set: { password } }).run();
}

export function clearDemoDoor(db: Db): void {
  db.delete(demoDoor).run();
}
