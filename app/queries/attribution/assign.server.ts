// Writes pillars onto views and orders. The pillar of a row depends only on whether it names a
// campaign and on its account, so the domain decides once per (account, campaign or not) and
// SQL applies that decision to every matching row in one pass, writing only rows that move.
//
// Which rows a pass touches is a `RowSet`: all of a merchant's, one batch's, a day range's (the
// chunks of a full re-derivation, docs/scale.md), some accounts' (a settings change moves only
// the accounts whose decision changed) or the rows listed in temp.early_orders.
import type { Db } from "../../../db/client";
import type { Attribution } from "../../domain/pillars";

export interface AccountDecision {
  accountId: string;
  /** "" for every row, or for orders without an account sold live: "live:" + their sales_source */
  facet: string;
  withCampaign: Attribution;
  withoutCampaign: Attribution;
}

export type RowSet =
  | { kind: "all" }
  | { kind: "batch"; batchId: number }
  | { kind: "days"; from: string; to: string }
  /** rows whose (attributed) account is in temp.changed_account */
  | { kind: "accounts" }
  /** orders whose rowid is in temp.early_orders */
  | { kind: "early" };

function rowFilter(rows: RowSet, alias: string, column: string): { sql: string; params: Record<string, unknown> } {
  switch (rows.kind) {
    case "all":
      return { sql: "", params: {} };
    case "batch":
      return { sql: `AND ${alias}.batch_id = @batchId`, params: { batchId: rows.batchId } };
    case "days":
      return { sql: `AND ${alias}.day BETWEEN @from AND @to`, params: { from: rows.from, to: rows.to } };
    case "accounts":
      return { sql: `AND ${alias}.${column} IN (SELECT account_id FROM temp.changed_account)`, params: {} };
    case "early":
      return { sql: `AND ${alias}.rowid IN (SELECT id FROM temp.early_orders)`, params: {} };
  }
}

/** Each content's latest account (from its latest views row), in temp.content_account. */
export function loadContentAccounts(db: Db, merchantId: number): void {
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
}

/** Sets the attributed account of the orders in `rows`, reading temp.content_account (loadContentAccounts). */
export function assignOrderAccountsLoaded(db: Db, merchantId: number, rows: RowSet): void {
  const f = rowFilter(rows, "o", "attributed_account_id");
  db.$client
    .prepare(
      `UPDATE orders SET attributed_account_id = next.account_id
         FROM (SELECT o.rowid AS id,
                      CASE WHEN o.account_id <> '' THEN o.account_id
                           WHEN o.content_id = '' THEN ''
                           ELSE COALESCE(ca.account_id, '') END AS account_id
                 FROM orders o LEFT JOIN temp.content_account ca ON ca.content_id = o.content_id
                WHERE o.merchant_id = @merchantId ${f.sql}) AS next
        WHERE orders.rowid = next.id AND orders.attributed_account_id <> next.account_id`,
    )
    .run({ merchantId, ...f.params });
}

/**
 * Sets each order's attributed account: its own, else its content's latest account (from the
 * content's latest views row), else "". Only orders whose attributed account changes are written.
 */
export function assignOrderAccounts(db: Db, merchantId: number, batchId?: number): void {
  loadContentAccounts(db, merchantId);
  assignOrderAccountsLoaded(db, merchantId, batchId === undefined ? { kind: "all" } : { kind: "batch", batchId });
  db.$client.exec("DROP TABLE temp.content_account");
}

export function distinctAccounts(db: Db, merchantId: number, table: "views" | "orders", rows: RowSet = { kind: "all" }): string[] {
  const column = table === "views" ? "account_id" : "attributed_account_id";
  const f = rowFilter(rows, "t", column);
  // A day range reads its days' rows: left alone, SQLite reads DISTINCT from the account index
  // instead, every row of the merchant, once per chunk (a re-derivation that grew with the square)
  const by = rows.kind === "days" ? `INDEXED BY ${table === "views" ? "views_merchant_day" : "orders_merchant_day"}` : "";
  return (
    db.$client.prepare(`SELECT DISTINCT ${column} AS a FROM ${table} t ${by} WHERE merchant_id = @merchantId ${f.sql}`).all({ merchantId, ...f.params }) as { a: string }[]
  ).map((r) => r.a);
}

/** Puts decisions into temp.decision (created when missing; a decision already there is kept). */
export function loadDecisions(db: Db, decisions: AccountDecision[], fresh = false): void {
  const c = db.$client;
  if (fresh) c.exec("DROP TABLE IF EXISTS temp.decision");
  c.exec(
    "CREATE TEMP TABLE IF NOT EXISTS decision (account_id TEXT NOT NULL, facet TEXT NOT NULL, cp TEXT NOT NULL, cr TEXT NOT NULL, np TEXT NOT NULL, nr TEXT NOT NULL, PRIMARY KEY (account_id, facet)) WITHOUT ROWID",
  );
  const insert = c.prepare("INSERT OR IGNORE INTO temp.decision VALUES (?, ?, ?, ?, ?, ?)");
  for (const d of decisions) {
    insert.run(d.accountId, d.facet, d.withCampaign.pillar, d.withCampaign.rule, d.withoutCampaign.pillar, d.withoutCampaign.rule);
  }
}

/** Applies the decisions in temp.decision (loadDecisions) to the rows of a table in `rows`. */
export function applyLoadedPillars(db: Db, merchantId: number, table: "views" | "orders", rows: RowSet): void {
  const column = table === "views" ? "account_id" : "attributed_account_id";
  // an order sold live without an account is decided by who sold it (pillars.ts, orderAttributionInput)
  const facet =
    table === "orders" ? `CASE WHEN t.attributed_account_id = '' AND t.channel = 'live' THEN 'live:' || t.sales_source ELSE '' END` : "''";
  const f = rowFilter(rows, "t", column);
  db.$client
    .prepare(
      `UPDATE ${table} SET pillar = next.pillar, pillar_rule = next.rule
         FROM (SELECT t.rowid AS id,
                      CASE WHEN t.campaign_id <> '' THEN d.cp ELSE d.np END AS pillar,
                      CASE WHEN t.campaign_id <> '' THEN d.cr ELSE d.nr END AS rule
                 FROM ${table} t JOIN temp.decision d ON d.account_id = t.${column} AND d.facet = ${facet}
                WHERE t.merchant_id = @merchantId ${f.sql}) AS next
        WHERE ${table}.rowid = next.id AND (${table}.pillar <> next.pillar OR ${table}.pillar_rule <> next.rule)`,
    )
    .run({ merchantId, ...f.params });
}

/** Applies per-account decisions to a table (optionally only a batch's rows). */
export function applyPillars(
  db: Db,
  merchantId: number,
  table: "views" | "orders",
  decisions: AccountDecision[],
  batchId?: number,
): void {
  loadDecisions(db, decisions, true);
  applyLoadedPillars(db, merchantId, table, batchId === undefined ? { kind: "all" } : { kind: "batch", batchId });
  db.$client.exec("DROP TABLE temp.decision");
}
