// Rows of a batch that name an account, campaign, content or order factloop does not know (yet).
import type { Db } from "../../../db/client";

export interface Reference {
  /** the column of the imported table that refers */
  column: string;
  /** the table and column that would know the value */
  refTable: "accounts" | "campaigns" | "views" | "orders";
  refColumn: string;
}

export function unknownReferences(
  db: Db,
  table: string,
  merchantId: number,
  batchId: number,
  ref: Reference,
  exampleLimit = 5,
): { count: number; examples: string[] } {
  const where = `t.merchant_id = @merchantId AND t.batch_id = @batchId AND t.${ref.column} <> ''
    AND NOT EXISTS (SELECT 1 FROM ${ref.refTable} r WHERE r.merchant_id = t.merchant_id AND r.${ref.refColumn} = t.${ref.column})`;
  const params = { merchantId, batchId };
  const { n } = db.$client.prepare(`SELECT COUNT(*) AS n FROM ${table} t WHERE ${where}`).get(params) as { n: number };
  if (n === 0) return { count: 0, examples: [] };
  const examples = (
    db.$client
      .prepare(`SELECT DISTINCT t.${ref.column} AS v FROM ${table} t WHERE ${where} LIMIT ${exampleLimit}`)
      .all(params) as { v: string }[]
  ).map((r) => r.v);
  return { count: n, examples };
}

/** Every value a merchant's table holds in a column: the ids an import's rows may refer to. */
export function knownIds(db: Db, merchantId: number, ref: Pick<Reference, "refTable" | "refColumn">): Set<string> {
  return new Set(
    db.$client
      .prepare(`SELECT DISTINCT ${ref.refColumn} FROM ${ref.refTable} WHERE merchant_id = ?`)
      .pluck()
      .all(merchantId) as string[],
  );
}
