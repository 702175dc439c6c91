// Shared by the import tests: fixture paths and a dump of every data table, to prove that a
// failed import left the database exactly as it was.
import { fileURLToPath } from "node:url";
import type { Db } from "../../../db/client";

export function fixture(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));
}

const DATA_TABLES: Record<string, string> = {
  merchants: "id",
  accounts: "merchant_id, account_id",
  campaigns: "merchant_id, campaign_id",
  views: "merchant_id, content_id, day",
  orders: "merchant_id, order_id",
  reviews: "merchant_id, review_id",
  import_replaced: "batch_id, row_key",
  column_mappings: "merchant_id, kind, header",
  segment_day: "merchant_id, day, pillar, campaign_id, account_id, content_id",
  pillar_day: "merchant_id, day, pillar",
  campaign_day: "merchant_id, campaign_id, day, pillar",
  account_day: "merchant_id, day, account_id, pillar",
  account_content_day: "merchant_id, account_id, day, content_id",
  account_content_prev_day: "merchant_id, day, account_id, prev_day",
  channel_day: "merchant_id, day, pillar, channel",
};

/** Every rollup table (segment_day, pillar_day and the small rollups of migrations 0006 and 0009), ordered by key. */
export function rollupDump(db: Db): string {
  const out: string[] = [];
  for (const table of ["segment_day", "pillar_day", "campaign_day", "account_day", "account_content_day", "account_content_prev_day", "channel_day"]) {
    out.push(`${table} ${JSON.stringify(db.$client.prepare(`SELECT * FROM ${table} ORDER BY ${DATA_TABLES[table]}`).all())}`);
  }
  return out.join("\n");
}

/** The schema (tables and indexes, as bulk loading drops and rebuilds indexes) and every row of
 * every data table, ordered by key (import_batches, the history, is left out). */
export function dumpData(db: Db): string {
  const out: string[] = [schemaDump(db)];
  for (const [table, key] of Object.entries(DATA_TABLES)) {
    const rows = db.$client.prepare(`SELECT * FROM ${table} ORDER BY ${key}`).all();
    out.push(`${table} ${JSON.stringify(rows)}`);
  }
  return out.join("\n");
}

/** The same without batch ids: what a merchant's numbers are made of. */
export function dumpValues(db: Db): string {
  const out: string[] = [];
  for (const [table, key] of Object.entries(DATA_TABLES)) {
    if (table === "import_replaced" || table === "merchants") continue;
    const rows = db.$client.prepare(`SELECT * FROM ${table} ORDER BY ${key}`).all() as Record<string, unknown>[];
    out.push(`${table} ${JSON.stringify(rows.map(({ batch_id: _b, ...rest }) => rest))}`);
  }
  return out.join("\n");
}

export function count(db: Db, table: string): number {
  return (db.$client.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

export function schemaDump(db: Db): string {
  return JSON.stringify(db.$client.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").all());
}
