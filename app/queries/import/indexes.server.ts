// Bulk loading: a large file is written with the table's secondary indexes dropped and rebuilt
// (sorted, in one pass) inside the same transaction — far faster than millions of random index
// inserts once the indexes outgrow the page cache. A rollback or a killed process restores them.
import type { Db } from "../../../db/client";

export interface IndexDefinition {
  name: string;
  sql: string;
}

/** The table's own secondary indexes; the primary key and unique indexes are never touched. */
export function secondaryIndexes(db: Db, table: string): IndexDefinition[] {
  return (
    db.$client
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name")
      .all(table) as IndexDefinition[]
  ).filter((d) => !/^\s*CREATE\s+UNIQUE\b/i.test(d.sql));
}

export function dropIndexes(db: Db, indexes: IndexDefinition[]): void {
  for (const d of indexes) db.$client.exec(`DROP INDEX "${d.name.replace(/"/g, '""')}"`);
}

/**
 * Threads SQLite may use to sort an index's entries while it reads the table. By the time a
 * bulk load rebuilds its indexes the reading thread has finished and the second core is idle:
 * two helpers built the six orders indexes of 1M rows in 9.4–10.8 s instead of 12.0–12.8 s, for
 * about 24 MB more at the peak; four were no faster and took 41 MB (docs/import.md).
 */
export const SORT_THREADS = 2;

export function createIndexes(db: Db, indexes: IndexDefinition[]): void {
  if (indexes.length === 0) return;
  const before = db.$client.pragma("threads", { simple: true }) as number;
  db.$client.pragma(`threads = ${SORT_THREADS}`);
  try {
    for (const d of indexes) db.$client.exec(d.sql);
  } finally {
    db.$client.pragma(`threads = ${before}`);
  }
}

/** About how many rows a table holds (its highest rowid): cheap on any size. */
export function approxRowCount(db: Db, table: string): number {
  const r = db.$client.prepare(`SELECT MAX(rowid) AS n FROM ${table}`).get() as { n: number | null };
  return r.n ?? 0;
}
