// A file larger than its table is loaded with the secondary indexes dropped and rebuilt in the
// same transaction: the result, indexes included, must be the same as a row-by-row load.
import { createWriteStream } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDb } from "../../../db/client";
import { DELTA_FLUSH_SEGMENTS, importFile } from "../../../app/services/import/import.server";
import { undoBatch } from "../../../app/services/import/batches.server";
import { rebuildRollups } from "../../../app/queries/rollups/rebuild.server";
import { makeMerchant, tempDbPath } from "../../helpers/db";
import { count, dumpData, rollupDump, schemaDump } from "./helpers";
import { writeFileSync } from "node:fs";

async function orders(path: string, rows: number, badLine?: number): Promise<void> {
  const out = createWriteStream(path);
  // about 110 bytes a row, as real exports: large enough to be bulk-loaded (≥ 100,000 rows estimated at 100 bytes each)
  out.write("order_id,paid_at,gmv,quantity,channel,content_id,account_id,buyer_id,status,product_name\n");
  let buf = "";
  for (let i = 0; i < rows; i++) {
    const gmv = badLine === i + 2 ? '"12,34.5"' : `${(i % 900) + 1}.50`;
    buf += `B${i},2024-06-${String(1 + (i % 28)).padStart(2, "0")} 12:00:00,${gmv},1,${i % 2 ? "live" : "mall"},${i % 2 ? `V${i % 70_000}` : ""},${i % 3 ? "" : `A${i % 50}`},U${(i * 7919) % 40000},${i % 10 ? "paid" : "refunded"},Rose toner 150ml / hydrating / gift set ${i % 7}\n`;
    if (buf.length > 1 << 16) {
      out.write(buf);
      buf = "";
    }
  }
  await new Promise<void>((r) => out.end(buf, () => r()));
}

describe("bulk loading", () => {
  it("stores the same rows and rebuilds the same indexes, and undo works", async () => {
    const { path, cleanup } = tempDbPath();
    try {
      const db = openDb(path);
      const m = makeMerchant(db);
      const schema = schemaDump(db);
      // a few orders first, on the same days and of the same creators and content: the bulk load
      // re-sums those days' creator rollups with them
      const first = join(dirname(path), "first.csv");
      writeFileSync(
        first,
        "order_id,paid_at,gmv,quantity,channel,content_id,account_id,buyer_id,status\n" +
          "E1,2024-06-03 09:00:00,10.00,1,live,V3,A3,U1,paid\nE2,2024-06-04 09:00:00,20.00,1,live,V9,,U2,paid\nE3,2024-06-27 09:00:00,30.00,1,video,X1,A3,U3,paid\n",
      );
      expect((await importFile(db, m, { kind: "orders", path: first })).status).toBe("done");
      const csv = join(dirname(path), "bulk.csv");
      await orders(csv, 130_000);
      const roots = (table: string) => db.$client.prepare("SELECT name, rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name").all(table);
      const before = { orders: roots("orders"), segments: roots("segment_day") };
      const r = await importFile(db, m, { kind: "orders", path: csv });
      expect([r.status, r.inserted]).toEqual(["done", 130_000]);
      // it was a bulk load: the orders' and the rollup's secondary indexes were dropped and made again
      expect(roots("orders")).not.toEqual(before.orders);
      expect(roots("segment_day")).not.toEqual(before.segments);
      expect(schemaDump(db)).toBe(schema);
      expect(db.$client.prepare("PRAGMA integrity_check").pluck().get()).toBe("ok");
      // the indexes serve queries again
      const plan = db.$client.prepare("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM orders WHERE batch_id = ?").all(r.batchId) as { detail: string }[];
      expect(plan.map((p) => p.detail).join(" ")).toContain("orders_batch");
      expect(db.$client.prepare("SELECT SUM(orders) AS n, SUM(gmv) AS g FROM pillar_day").get()).toEqual(
        db.$client.prepare("SELECT COUNT(*) AS n, SUM(gmv) AS g FROM orders").get(),
      );
      // more rollup rows than one flush holds: the import added its sums to the rollups in several
      // steps, with the rollup's own indexes dropped and rebuilt, and the rollups equal a rebuild
      expect(count(db, "segment_day")).toBeGreaterThan(DELTA_FLUSH_SEGMENTS);
      // every rollup, the creator and content ones the bulk load re-sums at the end included
      const rollups = () => rollupDump(db);
      const stored = rollups();
      expect(count(db, "account_content_prev_day")).toBeGreaterThan(100);
      db.$client.exec("SAVEPOINT rebuilt");
      rebuildRollups(db, m.id);
      expect(rollups()).toBe(stored);
      db.$client.exec("ROLLBACK TO rebuilt");
      db.$client.exec("RELEASE rebuilt");
      expect(undoBatch(db, m, r.batchId!).ok).toBe(true);
      expect(count(db, "orders")).toBe(3);
      db.$client.close();
    } finally {
      cleanup();
    }
  });

  it("a bad row near the end leaves data and indexes as they were", async () => {
    const { path, cleanup } = tempDbPath();
    try {
      const db = openDb(path);
      const m = makeMerchant(db);
      const before = dumpData(db);
      const csv = join(dirname(path), "bulk-bad.csv");
      await orders(csv, 120_000, 119_000);
      const r = await importFile(db, m, { kind: "orders", path: csv });
      expect(r.status).toBe("failed");
      expect(r.errors[0].message).toBe('Line 119000, column "gmv": "12,34.5" is not an amount of money (for example 1234.50 or 1,234.50)');
      expect(dumpData(db)).toBe(before);
      db.$client.close();
    } finally {
      cleanup();
    }
  });
});
