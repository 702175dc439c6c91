// Writes pillars onto views and orders. The pillar of a row depends only on whether it names a
// campaign and on its account, so the domain decides once per (account, campaign or not) and
// SQL applies that decision to every matching row in one pass, writing only rows that move.
import type { Db } from "../../../db/client";
import type { Attribution } from "../../domain/pillars";

export interface AccountDecision {
  accountId: string;
  /** "" for every row, or for orders without an account sold live: "live:" + their sales_source */
  facet: string;
  withCampaign: Attribution;
  withoutCampaign: Attribution;
}

/**
 * Sets each order's attributed account: its own, else its content's latest account (from the
 * content's latest views row), else "". Only orders whose attributed account changes are written.
 */
export function assignOrderAccounts(db: Db, merchantId: number, batchId?: number): void {
  const c = db.$client;
  c.exec("DROP TABLE IF EXISTS temp.content_account");
  c.exec("CREATE TEMP TABLE content_account (content_id TEXT PRIMARY KEY, account_id TEXT NOT NULL) WITHOUT ROWID");
  c.prepare(
    `INSERT INTO temp.content_account (content_id, account_id)
     SELECT content_id, account_id FROM (
       SELECT content_id, account_id, ROW_NUMBER() OVER (PARTITION BY content_id ORDER BY day DESC) AS rn
         FROM views WHERE merchant_id = ?)
      WHERE rn = 1`,
  ).run(merchantId);
  c.prepare(
    `UPDATE orders SET attributed_account_id = next.account_id
       FROM (SELECT o.rowid AS id,
                    CASE WHEN o.account_id <> '' THEN o.account_id
                         WHEN o.content_id = '' THEN ''
                         ELSE COALESCE(ca.account_id, '') END AS account_id
               FROM orders o LEFT JOIN temp.content_account ca ON ca.content_id = o.content_id
              WHERE o.merchant_id = @merchantId ${batchId === undefined ? "" : "AND o.batch_id = @batchId"}) AS next
      WHERE orders.rowid = next.id AND orders.attributed_account_id <> next.account_id`,
  ).run(batchId === undefined ? { merchantId } : { merchantId, batchId });
  c.exec("DROP TABLE temp.content_account");
}

export function distinctAccounts(db: Db, merchantId: number, table: "views" | "orders"): string[] {
  const column = table === "views" ? "account_id" : "attributed_account_id";
  return (
    db.$client.prepare(`SELECT DISTINCT ${column} AS a FROM ${table} WHERE merchant_id = ?`).all(merchantId) as { a: string }[]
  ).map((r) => r.a);
}

/** Applies per-account decisions to a table (optionally only a batch's rows). */
export function applyPillars(
  db: Db,
  merchantId: number,
  table: "views" | "orders",
  decisions: AccountDecision[],
  batchId?: number,
): void {
  const c = db.$client;
  const column = table === "views" ? "account_id" : "attributed_account_id";
  // an order sold live without an account is decided by who sold it (pillars.ts, orderAttributionInput)
  const facet =
    table === "orders" ? `CASE WHEN t.attributed_account_id = '' AND t.channel = 'live' THEN 'live:' || t.sales_source ELSE '' END` : "''";
  c.exec("DROP TABLE IF EXISTS temp.decision");
  c.exec(
    "CREATE TEMP TABLE decision (account_id TEXT NOT NULL, facet TEXT NOT NULL, cp TEXT NOT NULL, cr TEXT NOT NULL, np TEXT NOT NULL, nr TEXT NOT NULL, PRIMARY KEY (account_id, facet)) WITHOUT ROWID",
  );
  const insert = c.prepare("INSERT INTO temp.decision VALUES (?, ?, ?, ?, ?, ?)");
  for (const d of decisions) {
    insert.run(d.accountId, d.facet, d.withCampaign.pillar, d.withCampaign.rule, d.withoutCampaign.pillar, d.withoutCampaign.rule);
  }
  c.prepare(
    `UPDATE ${table} SET pillar = next.pillar, pillar_rule = next.rule
       FROM (SELECT t.rowid AS id,
                    CASE WHEN t.campaign_id <> '' THEN d.cp ELSE d.np END AS pillar,
                    CASE WHEN t.campaign_id <> '' THEN d.cr ELSE d.nr END AS rule
               FROM ${table} t JOIN temp.decision d ON d.account_id = t.${column} AND d.facet = ${facet}
              WHERE t.merchant_id = @merchantId ${batchId === undefined ? "" : "AND t.batch_id = @batchId"}) AS next
      WHERE ${table}.rowid = next.id AND (${table}.pillar <> next.pillar OR ${table}.pillar_rule <> next.rule)`,
  ).run(batchId === undefined ? { merchantId } : { merchantId, batchId });
  c.exec("DROP TABLE temp.decision");
}
