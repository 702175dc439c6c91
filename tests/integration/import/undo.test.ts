// Undo restores exactly the state before a batch, replaced rows included, with exact rollups.
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importFile } from "../../../app/services/import/import.server";
import { listBatches, undoBatch } from "../../../app/services/import/batches.server";
import { makeMerchant, memoryDb } from "../../helpers/db";
import { dumpData, fixture } from "./helpers";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "factloop-undo-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function seeded() {
  const db = memoryDb();
  const m = makeMerchant(db);
  for (const kind of ["accounts", "campaigns", "views", "orders", "reviews"] as const) {
    const r = await importFile(db, m, { kind, path: fixture(`${kind}.csv`) });
    expect(r.status).toBe("done");
  }
  return { db, m };
}

describe("undo", () => {
  it("restores a replaced row exactly, and the rollups with it", async () => {
    const { db, m } = await seeded();
    const before = dumpData(db);
    const original = db.$client.prepare("SELECT * FROM orders WHERE order_id = '6920118800001'").get();

    // a correction: order 1 moves to another day and price, order 7 is new
    const path = write(
      "fix.csv",
      "order_id,paid_at,gmv,quantity,channel,status\n" +
        "6920118800001,2024-06-14 10:00:00,99.00,1,mall,refunded\n" +
        "6920118800007,2024-06-15 10:00:00,10.00,1,mall,paid\n",
    );
    const r = await importFile(db, m, { kind: "orders", path });
    expect([r.status, r.inserted, r.replaced]).toEqual(["done", 1, 1]);
    const changed = db.$client.prepare("SELECT gmv, day, batch_id FROM orders WHERE order_id = '6920118800001'").get();
    expect(changed).toEqual({ gmv: 9900, day: "2024-06-14", batch_id: r.batchId });
    const gmv12 = db.$client.prepare("SELECT SUM(gmv) AS g FROM pillar_day WHERE day = '2024-06-12'").get();
    expect(gmv12).toEqual({ g: 189650 - 19900 });

    expect(undoBatch(db, m, r.batchId!)).toEqual({ ok: true, batchId: r.batchId, removed: 2, restored: 1, batchIds: [r.batchId] });
    expect(db.$client.prepare("SELECT * FROM orders WHERE order_id = '6920118800001'").get()).toEqual(original);
    // everything but the data version (bumped by the import and by the undo) is as before
    const strip = (s: string) => s.replace(/"data_version":\d+/g, "");
    expect(strip(dumpData(db))).toBe(strip(before));
    const batch = listBatches(db, m).find((b) => b.id === r.batchId)!;
    expect(batch.status).toBe("undone");
  });

  it("undoes an accounts batch that replaced an account, re-attributing pillars", async () => {
    const { db, m } = await seeded();
    const before = dumpData(db);
    // the creator becomes a self account: its orders move from T to F
    const path = write("acc.csv", "account_id,kind,followers\nA-kol-01,self,5200000\n");
    const r = await importFile(db, m, { kind: "accounts", path });
    expect(r.replaced).toBe(1);
    expect(db.$client.prepare("SELECT pillar FROM orders WHERE order_id = '6920118800003'").get()).toEqual({ pillar: "F" });
    expect(undoBatch(db, m, r.batchId!).ok).toBe(true);
    expect(db.$client.prepare("SELECT pillar FROM orders WHERE order_id = '6920118800003'").get()).toEqual({ pillar: "T" });
    const strip = (s: string) => s.replace(/"data_version":\d+/g, "");
    expect(strip(dumpData(db))).toBe(strip(before));
  });

  it("refuses while a later batch that replaced its rows is still in force", async () => {
    const { db, m } = await seeded();
    const first = listBatches(db, m).find((b) => b.kind === "orders")!;
    const again = await importFile(db, m, { kind: "orders", path: fixture("orders.csv") });
    expect([again.unchanged, again.replaced]).toEqual([6, 0]);
    expect(undoBatch(db, m, first.id)).toEqual({
      ok: false,
      error: `Batch ${first.id} cannot be undone yet: batch ${again.batchId} replaced some of its rows since. Undo that one first`,
      code: {
        code: "importUndo.later",
        params: { batch: first.id, count: 1, list: { list: [{ code: "importUndo.batchRef", params: { batch: again.batchId } }], sep: ", " } },
      },
    });
    expect(undoBatch(db, m, again.batchId!).ok).toBe(true);
    expect(undoBatch(db, m, again.batchId!)).toEqual({
      ok: false,
      error: `Batch ${again.batchId} was already undone`,
      code: { code: "importUndo.alreadyUndone", params: { batch: again.batchId } },
    });
    expect(undoBatch(db, m, first.id)).toMatchObject({ ok: true, removed: 6, restored: 0 });
    expect(db.$client.prepare("SELECT COUNT(*) AS n FROM orders").get()).toEqual({ n: 0 });
    // no orders left: the rollups hold only the reviews, all in Shelf now
    expect(db.$client.prepare("SELECT SUM(gmv) AS gmv, SUM(reviews) AS reviews FROM pillar_day").get()).toEqual({ gmv: 0, reviews: 3 });
    expect(db.$client.prepare("SELECT DISTINCT pillar FROM segment_day WHERE reviews > 0").pluck().all()).toEqual(["S"]);
  });

  it("refuses batches that stored nothing, and unknown ones", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const failed = await importFile(db, m, { kind: "orders", path: fixture("orders-bad-money.csv") });
    expect(undoBatch(db, m, failed.attemptId)).toEqual({
      ok: false,
      error: `Batch ${failed.attemptId} stored nothing (failed), so there is nothing to undo`,
      code: { code: "importUndo.storedNothing", params: { batch: failed.attemptId, status: { code: "importUndo.status.failed" } } },
    });
    expect(undoBatch(db, m, 999)).toMatchObject({ ok: false, error: "There is no import batch 999 for shop" });
    const other = makeMerchant(db, "other");
    const ok = await importFile(db, m, { kind: "orders", path: fixture("orders.csv") });
    expect(undoBatch(db, other, ok.batchId!)).toEqual({
      ok: false,
      error: `There is no import batch ${ok.batchId} for other`,
      code: { code: "importUndo.noBatch", params: { batch: ok.batchId, merchant: "other" } },
    });
  });

  it("keeps rollups exact after an orders undo that touches reviews on other days", async () => {
    const { db, m } = await seeded();
    const reviewPillars = () => db.$client.prepare("SELECT day, pillar, reviews FROM segment_day WHERE reviews > 0 ORDER BY day").all();
    const before = reviewPillars();
    // order 3 (reviewed on 06-16) loses its account: its review moves from T to S
    const path = write(
      "o3.csv",
      "order_id,paid_at,gmv,channel,content_id,status\n6920118800003,2024-06-12 23:59:59,1299.50,video,V-7781,refunded\n",
    );
    const r = await importFile(db, m, { kind: "orders", path });
    expect(reviewPillars()).toContainEqual({ day: "2024-06-16", pillar: "T", reviews: 1 }); // content V-7781 still leads to A-kol-01
    const noContent = write("o3b.csv", "order_id,paid_at,gmv,channel,status\n6920118800003,2024-06-12 23:59:59,1299.50,mall,refunded\n");
    const r2 = await importFile(db, m, { kind: "orders", path: noContent });
    expect(reviewPillars()).toContainEqual({ day: "2024-06-16", pillar: "S", reviews: 1 });
    expect(undoBatch(db, m, r2.batchId!).ok).toBe(true);
    expect(undoBatch(db, m, r.batchId!).ok).toBe(true);
    expect(reviewPillars()).toEqual(before);
  });
});
