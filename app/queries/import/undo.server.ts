// Undo of a batch: its rows go, the rows it replaced come back exactly as they were.
import type { Db } from "../../../db/client";
import type { ImportKind } from "../../domain/import/kinds";

/** Later batches, still in force, that replaced rows this batch wrote. */
export function laterReplacingBatches(db: Db, batchId: number): number[] {
  return (
    db.$client
      .prepare(
        `SELECT DISTINCT r.batch_id AS id FROM import_replaced r JOIN import_batches b ON b.id = r.batch_id
          WHERE r.previous_batch_id = ? AND b.status = 'done' ORDER BY r.batch_id`,
      )
      .all(batchId) as { id: number }[]
  ).map((r) => r.id);
}

export function deleteBatchRows(db: Db, kind: ImportKind, merchantId: number, batchId: number): number {
  return db.$client.prepare(`DELETE FROM ${kind} WHERE merchant_id = ? AND batch_id = ?`).run(merchantId, batchId).changes;
}

/** Puts back every row image the batch journaled, in SQL (a batch may have replaced millions). */
export function restoreReplacedRows(db: Db, kind: ImportKind, batchId: number): number {
  const client = db.$client;
  const columns = client.prepare(`PRAGMA table_info(${kind})`).all() as { name: string; notnull: number; dflt_value: string | null }[];
  // a row journaled before a migration added a column lacks it: it comes back with the column's default
  const value = (c: (typeof columns)[number]) =>
    c.notnull && c.dflt_value !== null
      ? `COALESCE(json_extract(previous_row, '$.${c.name}'), ${c.dflt_value})`
      : `json_extract(previous_row, '$.${c.name}')`;
  return client
    .prepare(
      `INSERT INTO ${kind} (${columns.map((c) => c.name).join(", ")})
       SELECT ${columns.map(value).join(", ")}
         FROM import_replaced WHERE batch_id = ?`,
    )
    .run(batchId).changes;
}

export function deleteJournal(db: Db, batchId: number): void {
  db.$client.prepare("DELETE FROM import_replaced WHERE batch_id = ?").run(batchId);
}
