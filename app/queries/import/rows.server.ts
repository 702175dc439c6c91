// The hot path of an import: prepared statements that insert a row, or journal the stored row
// it replaces and then overwrite it. Raw better-sqlite3, not drizzle: see the stack guide.
import type { Db } from "../../../db/client";
import type { ImportKind } from "../../domain/import/kinds";
import { KEY_COLUMNS, STORED_COLUMNS, type StoredValue } from "../../domain/import/rows";

export type StoredRow = Record<string, StoredValue> & { batch_id: number };

/**
 * A row's values are its stored columns (STORED_COLUMNS order), then its derived ones (the
 * writer's `derived` columns, in order).
 */
export interface RowWriter {
  /** inserts a row whose key is new; false when the key is already stored */
  insertNew(values: StoredValue[]): boolean;
  /** the stored row with the same key */
  existing(values: StoredValue[]): StoredRow;
  /** true when the stored row holds exactly these values */
  same(existing: StoredRow, values: StoredValue[]): boolean;
  /** keeps the stored row's image for undo, then overwrites it */
  replace(existing: StoredRow, rowKey: string, values: StoredValue[]): void;
}

/**
 * `derived`: columns computed from a row (its pillar, for orders its attributed account), written
 * with the row so the derive pass after the import finds nothing left to change.
 */
export function rowWriter(db: Db, kind: ImportKind, merchantId: number, batchId: number, derived: readonly string[] = []): RowWriter {
  const client = db.$client;
  const stored = STORED_COLUMNS[kind];
  const cols = [...stored, ...derived];
  const keyIdx = KEY_COLUMNS[kind].map((k) => stored.indexOf(k));
  const keyWhere = KEY_COLUMNS[kind].map((k) => `${k} = ?`).join(" AND ");
  // the merchant and batch are integers of ours, written into the statement: two values fewer to
  // bind on each of a million rows
  if (!Number.isSafeInteger(merchantId) || !Number.isSafeInteger(batchId)) throw new Error("merchant and batch ids are integers");
  const insert = client.prepare(
    `INSERT INTO ${kind} (merchant_id, ${cols.join(", ")}, batch_id) VALUES (${merchantId}, ${cols.map(() => "?").join(", ")}, ${batchId})
     ON CONFLICT DO NOTHING`,
  );
  const select = client.prepare(`SELECT * FROM ${kind} WHERE merchant_id = ? AND ${keyWhere}`);
  const update = client.prepare(
    `UPDATE ${kind} SET ${cols.map((c) => `${c} = ?`).join(", ")}, batch_id = ? WHERE merchant_id = ? AND ${keyWhere}`,
  );
  const journal = client.prepare(
    "INSERT INTO import_replaced (batch_id, row_key, previous_batch_id, previous_row) VALUES (?, ?, ?, ?)",
  );
  const keyOf = (values: StoredValue[]) => keyIdx.map((i) => values[i]);

  return {
    insertNew(values) {
      // spread, not an array: better-sqlite3 reads an array's values one by one through V8's
      // API, about a fifth of each row's binding cost (docs/import.md, "Performance")
      return insert.run(...values).changes === 1;
    },
    existing(values) {
      return select.get(merchantId, ...keyOf(values)) as StoredRow;
    },
    same(existing, values) {
      for (let i = 0; i < stored.length; i++) {
        const a = existing[stored[i]];
        const b = values[i];
        if (a !== b && !(typeof a === "number" && typeof b === "number" && Object.is(a, b))) return false;
      }
      return true;
    },
    replace(existing, rowKey, values) {
      journal.run(batchId, rowKey, existing.batch_id, JSON.stringify(existing));
      update.run(...values, batchId, merchantId, ...keyOf(values));
    },
  };
}
