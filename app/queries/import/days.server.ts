// Which days a batch touches, so the rollups are rebuilt for exactly those days.
import type { Db } from "../../../db/client";
import type { DayRange } from "../rollups/rebuild.server";

function range(row: { lo: string | null; hi: string | null } | undefined): DayRange | null {
  return row && row.lo && row.hi ? { from: row.lo, to: row.hi } : null;
}

/** Days of the batch's own rows in a table with a `day` column. */
export function batchDays(db: Db, table: "orders" | "reviews" | "views", merchantId: number, batchId: number): DayRange | null {
  return range(
    db.$client
      .prepare(`SELECT MIN(day) AS lo, MAX(day) AS hi FROM ${table} WHERE merchant_id = ? AND batch_id = ?`)
      .get(merchantId, batchId) as { lo: string | null; hi: string | null },
  );
}

/** Days of the rows the batch replaced, from their journaled images. */
export function replacedDays(db: Db, batchId: number): DayRange | null {
  return range(
    db.$client
      .prepare(
        `SELECT MIN(json_extract(previous_row, '$.day')) AS lo, MAX(json_extract(previous_row, '$.day')) AS hi
           FROM import_replaced WHERE batch_id = ?`,
      )
      .get(batchId) as { lo: string | null; hi: string | null },
  );
}

/** Days of the reviews that refer to the batch's orders: they take their order's pillar. */
export function reviewDaysOfBatchOrders(db: Db, merchantId: number, batchId: number): DayRange | null {
  return range(
    db.$client
      .prepare(
        `SELECT MIN(r.day) AS lo, MAX(r.day) AS hi
           FROM orders o JOIN reviews r ON r.merchant_id = o.merchant_id AND r.order_id = o.order_id
          WHERE o.merchant_id = ? AND o.batch_id = ? AND o.order_id <> ''`,
      )
      .get(merchantId, batchId) as { lo: string | null; hi: string | null },
  );
}

export function unionDays(...ranges: (DayRange | null)[]): DayRange | null {
  const present = ranges.filter((r): r is DayRange => r !== null);
  if (present.length === 0) return null;
  return {
    from: present.reduce((lo, r) => (r.from < lo ? r.from : lo), present[0].from),
    to: present.reduce((hi, r) => (r.to > hi ? r.to : hi), present[0].to),
  };
}
