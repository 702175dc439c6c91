// Saved header mappings: a merchant's own column name → a contract field, per kind.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { columnMappings } from "../../../db/schema";

export function getColumnMappings(db: Db, merchantId: number, kind: string): Record<string, string> {
  const rows = db
    .select({ header: columnMappings.header, field: columnMappings.field })
    .from(columnMappings)
    .where(and(eq(columnMappings.merchantId, merchantId), eq(columnMappings.kind, kind)))
    .all();
  return Object.fromEntries(rows.map((r) => [r.header, r.field]));
}

/** Saves (or replaces) mappings; a field of "" means "ignore this column". */
export function saveColumnMappings(db: Db, merchantId: number, kind: string, mapping: Record<string, string>): void {
  db.$client.transaction(() => {
    for (const [header, field] of Object.entries(mapping)) {
      db.insert(columnMappings)
        .values({ merchantId, kind, header, field })
        .onConflictDoUpdate({ target: [columnMappings.merchantId, columnMappings.kind, columnMappings.header], set: { field } })
        .run();
    }
  })();
}

export function deleteColumnMapping(db: Db, merchantId: number, kind: string, header: string): void {
  db.delete(columnMappings)
    .where(and(eq(columnMappings.merchantId, merchantId), eq(columnMappings.kind, kind), eq(columnMappings.header, header)))
    .run();
}
