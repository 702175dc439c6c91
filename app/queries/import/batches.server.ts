// The history of imports: one import_batches row per attempt.
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { importBatches, type ImportBatch } from "../../../db/schema";
import type { ImportKind } from "../../domain/import/kinds";

export function insertBatch(
  db: Db,
  b: { merchantId: number; kind: ImportKind; fileName: string; bytesTotal: number; startedAt: number },
): number {
  return db
    .insert(importBatches)
    .values({ ...b, status: "running", report: "{}" })
    .returning({ id: importBatches.id })
    .get().id;
}

export function finishBatch(
  db: Db,
  id: number,
  f: { status: string; report: string; rowsDone: number; bytesDone: number; finishedAt: number },
): void {
  db.update(importBatches).set(f).where(eq(importBatches.id, id)).run();
}

export function markBatchUndone(db: Db, id: number, at: number, report: string): void {
  db.update(importBatches).set({ status: "undone", undoneAt: at, report }).where(eq(importBatches.id, id)).run();
}

export function getBatch(db: Db, merchantId: number, id: number): ImportBatch | undefined {
  return db
    .select()
    .from(importBatches)
    .where(and(eq(importBatches.merchantId, merchantId), eq(importBatches.id, id)))
    .get();
}

export function listBatchRows(db: Db, merchantId: number, limit: number): ImportBatch[] {
  return db
    .select()
    .from(importBatches)
    .where(eq(importBatches.merchantId, merchantId))
    .orderBy(desc(importBatches.id))
    .limit(limit)
    .all();
}

/** Ids of batches still marked running. */
export function runningBatchIds(db: Db, merchantId: number): number[] {
  return db
    .select({ id: importBatches.id })
    .from(importBatches)
    .where(and(eq(importBatches.merchantId, merchantId), eq(importBatches.status, "running")))
    .all()
    .map((r) => r.id);
}

/**
 * Marks running batches as failed when no import holds the write lock: an import keeps it for its
 * whole transaction, so a running batch without one was cut off (the process was killed).
 * Returns false, changing nothing, when some connection is writing.
 */
export function failOrphanedBatches(db: Db, ids: number[], report: (id: number) => string, at: number): boolean {
  if (ids.length === 0) return true;
  const client = db.$client;
  if (client.inTransaction) return false;
  const timeout = client.pragma("busy_timeout", { simple: true }) as number;
  client.pragma("busy_timeout = 0");
  try {
    client.exec("BEGIN IMMEDIATE");
  } catch {
    return false;
  } finally {
    client.pragma(`busy_timeout = ${timeout}`);
  }
  try {
    const stmt = client.prepare(
      "UPDATE import_batches SET status = 'failed', report = ?, finished_at = ? WHERE id = ? AND status = 'running'",
    );
    for (const id of ids) stmt.run(report(id), at, id);
    client.exec("COMMIT");
  } catch (e) {
    client.exec("ROLLBACK");
    throw e;
  }
  return true;
}

/** Puts batches in one group (files dropped together), named by the first of them. */
export function groupBatches(db: Db, ids: readonly number[]): void {
  if (ids.length < 2) return;
  const groupId = Math.min(...ids);
  const stmt = db.$client.prepare("UPDATE import_batches SET group_id = ? WHERE id = ?");
  for (const id of ids) stmt.run(groupId, id);
}

/** The batches of a group, oldest first. */
export function groupBatchRows(db: Db, merchantId: number, groupId: number): ImportBatch[] {
  return db
    .select()
    .from(importBatches)
    .where(and(eq(importBatches.merchantId, merchantId), eq(importBatches.groupId, groupId)))
    .orderBy(importBatches.id)
    .all();
}
