// The CSV path for all five kinds, in the contract's canonical English headers.
import { describe, expect, it } from "vitest";
import { importFile } from "../../../app/services/import/import.server";
import { makeMerchant, memoryDb } from "../../helpers/db";
import { count, dumpValues, fixture } from "./helpers";

async function importAll(db: ReturnType<typeof memoryDb>, merchant: ReturnType<typeof makeMerchant>) {
  const reports = [];
  for (const kind of ["accounts", "campaigns", "views", "orders", "reviews"] as const) {
    reports.push(await importFile(db, merchant, { kind, path: fixture(`${kind}.csv`) }));
  }
  return reports;
}

describe("importFile, CSV", () => {
  it("stores every kind with the contract's values", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const reports = await importAll(db, m);
    for (const r of reports) {
      expect(r.errors).toEqual([]);
      expect(r.status).toBe("done");
      expect(r.encoding).toBe("utf-8");
      expect(r.separator).toBe("comma");
    }
    expect(reports.map((r) => r.inserted)).toEqual([4, 2, 4, 6, 3]);
    expect(count(db, "accounts")).toBe(4);
    expect(count(db, "orders")).toBe(6);

    const kol2 = db.$client.prepare("SELECT * FROM accounts WHERE account_id = 'A-kol-02'").get() as Record<string, unknown>;
    expect(kol2).toMatchObject({ kind: "creator", followers: 860000, commission_rate: 0.2 });
    const self = db.$client.prepare("SELECT commission_rate FROM accounts WHERE account_id = 'A-self-01'").get();
    expect(self).toEqual({ commission_rate: null });

    const flash = db.$client.prepare("SELECT * FROM campaigns WHERE campaign_id = 'CP-FLASH-0612'").get();
    expect(flash).toMatchObject({ starts_on: "2024-06-12", ends_on: "2024-06-12", kind: "flash", budget: 800000 });
    expect(db.$client.prepare("SELECT budget FROM campaigns WHERE campaign_id = 'CP-618'").get()).toEqual({ budget: 5000000 });

    const o3 = db.$client.prepare("SELECT * FROM orders WHERE order_id = '6920118800003'").get() as Record<string, unknown>;
    // 23:59:59 in Shanghai is 15:59:59 UTC the same day
    expect(o3).toMatchObject({ gmv: 129950, day: "2024-06-12", paid_at: Date.UTC(2024, 5, 12, 15, 59, 59), status: "refunded", refund_amount: null });
    const o4 = db.$client.prepare("SELECT day, channel, quantity, account_id FROM orders WHERE order_id = '6920118800004'").get();
    expect(o4).toEqual({ day: "2024-06-13", channel: "mall", quantity: 1, account_id: "" });
    const o6 = db.$client.prepare("SELECT paid_at, status FROM orders WHERE order_id = '6920118800006'").get();
    expect(o6).toEqual({ paid_at: Date.UTC(2024, 5, 13, 2, 0, 0), status: "cancelled" });

    const views = db.$client.prepare("SELECT live_seconds FROM views WHERE content_id = 'U-5521'").get();
    expect(views).toEqual({ live_seconds: 0 });
    const reviews = db.$client.prepare("SELECT review_id, has_media, day FROM reviews ORDER BY review_id").all();
    expect(reviews).toEqual([
      { review_id: "R-90001", has_media: 1, day: "2024-06-14" },
      { review_id: "R-90002", has_media: 0, day: "2024-06-15" },
      { review_id: "R-90003", has_media: 1, day: "2024-06-16" },
    ]);
  });

  it("keeps the rollups exact: GMV per day from the rows, cancelled orders left out", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    await importAll(db, m);
    const days = db.$client.prepare("SELECT day, SUM(gmv) AS gmv, SUM(orders) AS orders, SUM(refunds) AS refunds FROM pillar_day GROUP BY day ORDER BY day").all();
    expect(days).toEqual([
      // 199 + 398 + 1299.50 (refunded in full)
      { day: "2024-06-12", gmv: 189650, orders: 3, refunds: 129950 },
      // 89.90 + 59.00; the cancelled 159.00 does not count
      { day: "2024-06-13", gmv: 14890, orders: 2, refunds: 2000 },
      { day: "2024-06-14", gmv: 0, orders: 0, refunds: 0 },
      { day: "2024-06-15", gmv: 0, orders: 0, refunds: 0 },
      { day: "2024-06-16", gmv: 0, orders: 0, refunds: 0 },
    ]);
    const pillars = db.$client.prepare("SELECT order_id, pillar FROM orders ORDER BY order_id").all();
    expect(pillars).toEqual([
      { order_id: "6920118800001", pillar: "C" },
      { order_id: "6920118800002", pillar: "C" },
      { order_id: "6920118800003", pillar: "T" },
      { order_id: "6920118800004", pillar: "S" },
      { order_id: "6920118800005", pillar: "S" },
      { order_id: "6920118800006", pillar: "T" },
    ]);
  });

  it("importing the same files twice changes nothing", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    await importAll(db, m);
    const before = dumpValues(db);
    const again = await importAll(db, m);
    expect(dumpValues(db)).toBe(before);
    expect(again.map((r) => [r.inserted, r.replaced, r.unchanged])).toEqual([
      [0, 0, 4], [0, 0, 2], [0, 0, 4], [0, 0, 6], [0, 0, 3],
    ]);
  });
});
