// A file larger than its table is loaded with the secondary indexes dropped and rebuilt in the
// same transaction: the result, indexes included, must be the same as a row-by-row load.
import { createWriteStream } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDb } from "../../../db/client";
import { importFile } from "../../../app/services/import/import.server";
import { undoBatch } from "../../../app/services/import/batches.server";
import { rebuildRollups } from "../../../app/queries/rollups/rebuild.server";
import { makeMerchant, tempDbPath } from "../../helpers/db";
import { count, dumpData, schemaDump } from "./helpers";

async function orders(path: string, rows: number, badLine?: number): Promise<void> {
  const out = createWriteStream(path);
  out.write("order_id,paid_at,gmv,quantity,channel,content_id,account_id,buyer_id,status\n");
  let buf = "";
  for (let i = 0; i < rows; i++) {
    const gmv = badLine === i + 2 ? '"12,34.5"' : `${(i % 900) + 1}.50`;
    buf += `B${i},2024-06-${String(1 + (i % 28)).padStart(2, "0")} 12:00:00,${gmv},1,${i % 2 ? "live" : "mall"},${i % 2 ? `V${i % 70_000}` : ""},${i % 3 ? "" : `A${i % 50}`},U${(i * 7919) % 40000},${i % 10 ? "paid" : "refunded"}\n`;
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
      const csv = join(dirname(path), "bulk.csv");
      await orders(csv, 130_000);
      const r = await importFile(db, m, { kind: "orders", path: csv });
      expect([r.status, r.inserted]).toEqual(["done", 130_000]);
      expect(schemaDump(db)).toBe(schema);
      expect(db.$client.prepare("PRAGMA integrity_check").pluck().get()).toBe("ok");
      // the indexes serve queries again
      const plan = db.$client.prepare("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM orders WHERE batch_id = ?").all(r.batchId) as { detail: string }[];
      expect(plan.map((p) => p.detail).join(" ")).toContain("orders_batch");
      expect(db.$client.prepare("SELECT SUM(orders) AS n, SUM(gmv) AS g FROM pillar_day").get()).toEqual(
        db.$client.prepare("SELECT COUNT(*) AS n, SUM(gmv) AS g FROM orders").get(),
      );
      // over 50,000 rollup rows: the import added its sums to the rollups in several steps, with the
      // rollup's own indexes dropped and rebuilt, and the rollups equal a rebuild
      expect(count(db, "segment_day")).toBeGreaterThan(50_000);
      const rollups = () => JSON.stringify(db.$client.prepare("SELECT * FROM segment_day ORDER BY day, pillar, campaign_id, account_id, content_id").all());
      const stored = rollups();
      db.$client.exec("SAVEPOINT rebuilt");
      rebuildRollups(db, m.id);
      expect(rollups()).toBe(stored);
      db.$client.exec("ROLLBACK TO rebuilt");
      db.$client.exec("RELEASE rebuilt");
      expect(undoBatch(db, m, r.batchId!).ok).toBe(true);
      expect(count(db, "orders")).toBe(0);
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
