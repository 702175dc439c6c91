// The app's one database handle, opened and migrated on first use.
import { openDb, type Db } from "../db/client";

const globalForDb = globalThis as unknown as { __factloopDb?: Db };

/**
 * A write still busy after the db client's retries answers 503 with the page's error boundary
 * ("the database is busy, try again", in the reader's language) instead of a 500; its
 * transaction was rolled back, so nothing of it was written.
 */
export const busyResponse = () =>
  new Response(JSON.stringify({ busy: true }), { status: 503, headers: { "Content-Type": "application/json; charset=utf-8", "Retry-After": "5" } });

export function getDb(): Db {
  if (!globalForDb.__factloopDb) globalForDb.__factloopDb = openDb(undefined, { onBusy: busyResponse });
  return globalForDb.__factloopDb;
}
