// Writes pillars onto views and orders. The pillar of a row depends only on whether it names a
// campaign and on its account, so the domain decides once per (account, campaign or not) and
// SQL applies that decision to every matching row.
import type { Db } from "../../../db/client";
import type { Attribution } from "../../domain/pillars";

export interface AccountDecision {
  accountId: string;
  withCampaign: Attribution;
  withoutCampaign: Attribution;
}

/** Sets each order's attributed account: its own, else its content's latest account, else "". */
export function assignOrderAccounts(db: Db, merchantId: number, batchId?: number): void {
  db.$client
    .prepare(
      `UPDATE orders SET attributed_account_id = CASE
          WHEN account_id <> '' THEN account_id
          WHEN content_id = '' THEN ''
          ELSE COALESCE((SELECT v.account_id FROM views v
                          WHERE v.merchant_id = orders.merchant_id AND v.content_id = orders.content_id
                          ORDER BY v.day DESC LIMIT 1), '')
        END
        WHERE merchant_id = ? ${batchId === undefined ? "" : "AND batch_id = ?"}`,
    )
    .run(...(batchId === undefined ? [merchantId] : [merchantId, batchId]));
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
  const column = table === "views" ? "account_id" : "attributed_account_id";
  const stmt = db.$client.prepare(
    `UPDATE ${table} SET
        pillar = CASE WHEN campaign_id <> '' THEN @cp ELSE @np END,
        pillar_rule = CASE WHEN campaign_id <> '' THEN @cr ELSE @nr END
      WHERE merchant_id = @merchantId AND ${column} = @accountId
        ${batchId === undefined ? "" : "AND batch_id = @batchId"}`,
  );
  for (const d of decisions) {
    stmt.run({
      merchantId,
      accountId: d.accountId,
      batchId,
      cp: d.withCampaign.pillar,
      cr: d.withCampaign.rule,
      np: d.withoutCampaign.pillar,
      nr: d.withoutCampaign.rule,
    });
  }
}
