// Failed sign-in counts per email and per address, for throttling.
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { signInFailures } from "../../../db/schema";

export type FailureRow = typeof signInFailures.$inferSelect;

export function getFailures(db: Db, key: string): FailureRow | undefined {
  return db.select().from(signInFailures).where(eq(signInFailures.key, key)).get();
}

export function putFailures(db: Db, row: FailureRow): void {
  db.insert(signInFailures)
    .values(row)
    .onConflictDoUpdate({
      target: signInFailures.key,
      set: { failures: row.failures, windowStart: row.windowStart, lockedUntil: row.lockedUntil },
    })
    .run();
}

export function clearFailures(db: Db, key: string): void {
  db.delete(signInFailures).where(eq(signInFailures.key, key)).run();
}
