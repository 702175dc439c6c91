// A merchant reaches only its own data, whatever ids it sends.
import { describe, expect, it } from "vitest";
import { importFile } from "../../app/services/import/import.server";
import { listBatches, undoBatch } from "../../app/services/import/batches.server";
import { explainOrder } from "../../app/services/fact/orders.server";
import { factReport } from "../../app/services/reports.server";
import { makeMerchant, memoryDb } from "../helpers/db";
import { fixture } from "./import/helpers";

describe("tenancy", () => {
  it("keeps one merchant's batches, orders and figures from another", async () => {
    const db = memoryDb();
    const a = makeMerchant(db, "shop-a");
    const b = makeMerchant(db, "shop-b");
    const report = await importFile(db, a, { kind: "orders", path: fixture("orders.csv") });
    expect(report.inserted).toBeGreaterThan(0);
    const batchId = report.batchId!;

    const undo = undoBatch(db, b, batchId);
    expect(undo).toMatchObject({ ok: false });
    expect(listBatches(db, b)).toHaveLength(0);

    const orderId = (db.$client.prepare("SELECT order_id FROM orders LIMIT 1").get() as { order_id: string }).order_id;
    expect(explainOrder(db, a, orderId)).toBeTruthy();
    expect(explainOrder(db, b, orderId)).toBeFalsy();

    const totals = (m: typeof a) => factReport(db, m, { from: "2024-01-01", to: "2024-12-31", by: "total", split: "none" }).rows[0];
    expect(Number(totals(a).orders)).toBeGreaterThan(0);
    expect(totals(b)).toMatchObject({ orders: 0, gmv: 0 });
  });
});
