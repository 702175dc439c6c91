// The app's one database handle, opened and migrated on first use.
import { openDb, type Db } from "../db/client";

const globalForDb = globalThis as unknown as { __factloopDb?: Db };

export function getDb(): Db {
  if (!globalForDb.__factloopDb) globalForDb.__factloopDb = openDb();
  return globalForDb.__factloopDb;
}
