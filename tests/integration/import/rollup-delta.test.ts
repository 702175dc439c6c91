// An orders import adds its orders to the rollups instead of re-summing the days it touched
// (docs/decisions/007). Whatever the file holds, the rollups must equal a full rebuild.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../../db/client";
import { importFile } from "../../../app/services/import/import.server";
import { undoBatch } from "../../../app/services/import/batches.server";
import { rebuildRollups } from "../../../app/queries/rollups/rebuild.server";
import { makeMerchant, memoryDb } from "../../helpers/db";
import { fixture, rollupDump } from "./helpers";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "factloop-delta-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = "order_id,paid_at,gmv,quantity,channel,content_id,account_id,campaign_id,refund_amount,buyer_id,status\n";

function write(name: string, rows: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, HEADER + rows.join("\n") + "\n");
  return path;
}

function rollups(db: Db): string {
  return rollupDump(db);
}

/** The rollups as stored, and as a rebuild from the rows gives them. */
function storedAndRebuilt(db: Db, merchantId: number): [string, string] {
  const stored = rollups(db);
  db.$client.exec("SAVEPOINT check_rebuild");
  rebuildRollups(db, merchantId);
  const rebuilt = rollups(db);
  db.$client.exec("ROLLBACK TO check_rebuild");
  db.$client.exec("RELEASE check_rebuild");
  return [stored, rebuilt];
}

async function seeded() {
  const db = memoryDb();
  const m = makeMerchant(db);
  for (const kind of ["accounts", "campaigns", "views", "orders", "reviews"] as const) {
    expect((await importFile(db, m, { kind, path: fixture(`${kind}.csv`) })).status).toBe("done");
  }
  return { db, m };
}

describe("orders added to the rollups as they are imported", () => {
  it("equal a rebuild for new orders: refunds, cancellations, live content, campaigns, unknown accounts", async () => {
    const { db, m } = await seeded();
    const path = write("new.csv", [
      "d-1,2024-06-12 09:00:00,10.00,1,live,L-20240612-01,,,,B-9,paid",
      "d-2,2024-06-12 09:10:00,20.00,1,video,L-20240612-01,,CP-618,5.00,B-9,paid",
      "d-3,2024-06-13 10:00:00,30.00,1,mall,,,,,B-8,refunded",
      "d-4,2024-06-13 10:00:00,40.00,1,mall,,,,50.00,B-8,refunded",
      "d-5,2024-06-14 10:00:00,50.00,1,search,,,,,B-7,cancelled",
      "d-6,2024-06-14 10:00:00,0.00,1,video,V-7781,A-kol-01,,1.00,B-7,paid",
      "d-7,2024-06-20 10:00:00,70.00,1,video,V-unknown,A-nobody,CP-none,,B-6,paid",
    ]);
    const r = await importFile(db, m, { kind: "orders", path });
    expect([r.status, r.inserted]).toEqual(["done", 7]);
    const [stored, rebuilt] = storedAndRebuilt(db, m.id);
    expect(stored).toBe(rebuilt);
  });

  it("equal a rebuild when orders are replaced in place, moved to other rows, cancelled, or named by earlier reviews", async () => {
    const { db, m } = await seeded();
    // reviews of orders that do not exist yet count in Shelf; the orders then move them
    writeFileSync(join(dir, "reviews.csv"), "review_id,created_at,rating,order_id\nrv-1,2024-06-15 10:00:00,5,late-1\n");
    expect((await importFile(db, m, { kind: "reviews", path: join(dir, "reviews.csv") })).status).toBe("done");
    const steps = [
      // same rollup row, other amounts
      ["6920118800001,2024-06-12 20:15:00,250.00,1,live,L-20240612-01,A-self-01,CP-618,,B-0001,paid"],
      // moved to another day and pillar
      ["6920118800002,2024-06-15 21:02:31,398.00,2,video,V-7781,A-kol-01,,,B-0002,paid"],
      // cancelled
      ["6920118800004,2024-06-13 00:00:01,89.90,1,mall,,,,,B-0001,cancelled"],
      // a new order that an earlier review named
      ["late-1,2024-06-14 10:00:00,15.00,1,video,V-7781,A-kol-01,,,B-5,paid"],
      // the same file again: nothing changes
      ["late-1,2024-06-14 10:00:00,15.00,1,video,V-7781,A-kol-01,,,B-5,paid"],
    ];
    for (const [i, rows] of steps.entries()) {
      const r = await importFile(db, m, { kind: "orders", path: write(`step-${i}.csv`, rows) });
      expect(r.status).toBe("done");
      const [stored, rebuilt] = storedAndRebuilt(db, m.id);
      expect(stored, `after step ${i}`).toBe(rebuilt);
    }
    // and undoing them, last first
    const batches = db.$client.prepare("SELECT id FROM import_batches WHERE kind = 'orders' AND status = 'done' ORDER BY id DESC").pluck().all() as number[];
    for (const id of batches.slice(0, steps.length)) {
      undoBatch(db, m, id);
      const [stored, rebuilt] = storedAndRebuilt(db, m.id);
      expect(stored, `after undoing batch ${id}`).toBe(rebuilt);
    }
  });
});
