// Distinct buyers from the buyer visits (queries/reports/buyer-visits.server.ts) are exactly the
// distinct buyers counted from orders, for any range, grouping, pillar split or single-pillar
// filter; they are used only while they are of the merchant's current data.
import { describe, expect, it } from "vitest";
import type { Db } from "../../db/client";
import { bumpDataVersion } from "../../app/queries/merchants.server";
import { buildBuyerVisits, buyersFromVisits, buyerVisitsVersion, cohortCountsFromDays } from "../../app/queries/reports/buyer-visits.server";
import { buyerMonths } from "../../app/queries/phases/buyer-months.server";
import { addMonths, cohortTable, repurchaseCohorts } from "../../app/domain/cohorts";
import { buyersByPeriod } from "../../app/queries/reports/buyers-by-period.server";
import { findMerchant } from "../../app/services/merchants.server";
import { factReport } from "../../app/services/reports.server";
import { addDays } from "../../app/domain/time";
import type { Grouping } from "../../app/domain/time";
import { makeMerchant, memoryDb } from "../helpers/db";

/** A small deterministic generator (the test must be the same on every run). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function seedOrders(db: Db, merchantId: number, orders: { id: string; day: string; buyer: string; pillar: string; status: string }[]) {
  const batch = db.$client
    .prepare("INSERT INTO import_batches (merchant_id, kind, file_name, started_at) VALUES (?, 'orders', 'test.csv', 0)")
    .run(merchantId).lastInsertRowid;
  const insert = db.$client.prepare(
    "INSERT INTO orders (merchant_id, order_id, paid_at, day, gmv, buyer_id, status, pillar, batch_id) VALUES (?, ?, ?, ?, 100, ?, ?, ?, ?)",
  );
  for (const o of orders) insert.run(merchantId, o.id, Date.parse(`${o.day}T04:00:00Z`), o.day, o.buyer, o.status, o.pillar, batch);
  bumpDataVersion(db, merchantId);
}

const sorted = (rows: { period: string; key: string; buyers: number }[]) =>
  rows.filter((r) => r.buyers > 0).sort((a, b) => `${a.period}|${a.key}`.localeCompare(`${b.period}|${b.key}`));

describe("distinct buyers from the buyer visits", () => {
  it("counts a hand-worked example: each buyer once, on their first day in the range", () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    seedOrders(db, m.id, [
      { id: "1", day: "2026-06-01", buyer: "B1", pillar: "F", status: "paid" },
      { id: "2", day: "2026-06-05", buyer: "B1", pillar: "A", status: "paid" },
      { id: "3", day: "2026-06-03", buyer: "B2", pillar: "A", status: "paid" },
      { id: "4", day: "2026-06-04", buyer: "B3", pillar: "S", status: "cancelled" },
      { id: "5", day: "2026-06-04", buyer: "", pillar: "S", status: "paid" },
    ]);
    const v = findMerchant(db, "shop")!.dataVersion;
    expect(buildBuyerVisits(db, m.id, v)).toBe(true);
    const q = (from: string, to: string, pillars?: string[]) => buyersFromVisits(db, { merchantId: m.id, from, to, by: "total", split: "none", pillars });
    expect(q("2026-06-02", "2026-06-06")).toEqual([{ period: "total", key: "", buyers: 2 }]);
    expect(q("2026-06-01", "2026-06-06")).toEqual([{ period: "total", key: "", buyers: 2 }]);
    expect(q("2026-06-02", "2026-06-04")).toEqual([{ period: "total", key: "", buyers: 1 }]);
    // B1 bought in Alliance on 06-05 only: a first Alliance day, although not a first day
    expect(q("2026-06-04", "2026-06-06", ["A"])).toEqual([{ period: "total", key: "", buyers: 1 }]);
    // the cancelled order and the order without a buyer count no one
    expect(q("2026-06-04", "2026-06-04")).toEqual([]);
  });

  it("equals the count from orders for any range, grouping, split and one-pillar filter", () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const r = rng(42);
    const pillars = ["F", "A", "C", "T", "S"];
    const start = "2025-12-20";
    const orders = Array.from({ length: 3000 }, (_, i) => ({
      id: `O${i}`,
      day: addDays(start, Math.floor(r() * 90)),
      buyer: r() < 0.05 ? "" : `B${Math.floor(r() ** 2 * 400)}`,
      pillar: pillars[Math.floor(r() * pillars.length)],
      status: r() < 0.1 ? "cancelled" : r() < 0.2 ? "refunded" : "paid",
    }));
    seedOrders(db, m.id, orders);
    expect(buildBuyerVisits(db, m.id, findMerchant(db, "shop")!.dataVersion)).toBe(true);

    const groupings: Grouping[] = ["total", "day", "week", "month"];
    for (let i = 0; i < 60; i++) {
      const from = addDays(start, Math.floor(r() * 80) - 5);
      const to = addDays(from, Math.floor(r() * 40));
      const by = groupings[i % groupings.length];
      const split = i % 3 === 0 ? "none" : "pillar";
      const filter = i % 5 === 0 ? [pillars[i % 5]] : i % 7 === 0 ? [...pillars] : undefined;
      const q = { merchantId: m.id, from, to, by, split, pillars: filter } as const;
      expect(sorted(buyersFromVisits(db, q)!), JSON.stringify(q)).toEqual(sorted(buyersByPeriod(db, q)));
    }
    // what they cannot answer, they say so: the caller counts from orders
    expect(buyersFromVisits(db, { merchantId: m.id, from: start, to: start, by: "total", split: "campaign" })).toBeNull();
    expect(buyersFromVisits(db, { merchantId: m.id, from: start, to: start, by: "total", split: "none", pillars: ["F", "A"] })).toBeNull();
  });

  it("are used only while they are of the current data, and never written over a newer version", () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    seedOrders(db, m.id, [{ id: "1", day: "2026-06-01", buyer: "B1", pillar: "F", status: "paid" }]);
    const v1 = findMerchant(db, "shop")!.dataVersion;
    expect(buildBuyerVisits(db, m.id, v1)).toBe(true);
    expect(buyerVisitsVersion(db, m.id)).toBe(v1);
    const report = () => factReport(db, findMerchant(db, "shop")!, { from: "2026-06-01", to: "2026-06-30", by: "total", split: "none" }).rows[0].buyers;
    expect(report()).toBe(1);

    // new orders: the visits are of an older version, so the report counts from orders
    seedOrders(db, m.id, [{ id: "2", day: "2026-06-02", buyer: "B2", pillar: "S", status: "paid" }]);
    expect(report()).toBe(2);
    // a build that started before that change does not write its stale figures
    expect(buildBuyerVisits(db, m.id, v1)).toBe(false);
    expect(buyerVisitsVersion(db, m.id)).toBe(v1);
    expect(buildBuyerVisits(db, m.id, findMerchant(db, "shop")!.dataVersion)).toBe(true);
    expect(report()).toBe(2);
    db.$client.close();
  });

  it("give the repurchase cohorts of any window and end day, as counted from every buyer-month", () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const r = rng(7);
    const start = "2025-01-01";
    const orders = Array.from({ length: 4000 }, (_, i) => ({
      id: `O${i}`,
      day: addDays(start, Math.floor(r() * 420)),
      buyer: r() < 0.03 ? "" : `B${Math.floor(r() ** 2 * 600)}`,
      pillar: "S",
      status: r() < 0.1 ? "cancelled" : "paid",
    }));
    seedOrders(db, m.id, orders);
    expect(buildBuyerVisits(db, m.id, findMerchant(db, "shop")!.dataVersion)).toBe(true);
    for (let i = 0; i < 25; i++) {
      // an end day anywhere (mid-month included), windows of 1 to 12 months, some reaching before the data
      const through = addDays(start, Math.floor(r() * 440) - 10);
      const lastMonth = through.slice(0, 7);
      const firstMonth = addMonths(lastMonth, -Math.floor(r() * 12));
      const fromOrders = repurchaseCohorts(buyerMonths(db, { merchantId: m.id, through }), { firstMonth, lastMonth });
      const fromDays = cohortTable(cohortCountsFromDays(db, { merchantId: m.id, through, firstMonth, lastMonth }), { firstMonth, lastMonth });
      expect(fromDays, `${firstMonth}…${lastMonth} through ${through}`).toEqual(fromOrders);
    }
    db.$client.close();
  });
});
