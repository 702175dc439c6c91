// An order export that names a 达人ID no accounts file names: imported with a warning naming the
// id; the accounts file that comes later moves those orders, and the rollups follow. And files
// dropped together undo as one.
import { describe, expect, it } from "vitest";
import { importFile } from "../../../../app/services/import/import.server";
import { importGroup } from "../../../../app/services/import/background.server";
import { undoBatch } from "../../../../app/services/import/batches.server";
import { makeMerchant, memoryDb } from "../../../helpers/db";
import { count } from "../helpers";
import { ACCOUNTS, COMPASS_LIVE, DOUYIN_BY_PILLAR, DOUYIN_CHOSEN, DOUYIN_ORDERS, DOUYIN_REVIEWS, DOUYIN_TOTALS } from "./data";
import { byPillar, totals } from "./helpers";
import { COMPASS_LIVE_HEADERS, DOUYIN_ORDER_HEADERS, DOUYIN_REVIEW_HEADERS, writeAccounts, writeExport } from "./write";

describe("an order export before its accounts", () => {
  it("warns with the 达人ID to add, and the accounts file moves its orders to their pillars", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const orders = await importFile(db, m, {
      kind: "orders",
      path: writeExport("orders-first.csv", DOUYIN_ORDER_HEADERS, DOUYIN_ORDERS, { columns: DOUYIN_CHOSEN, bom: true }),
    });
    expect(orders.status).toBe("done");
    const warning = orders.warnings.find((w) => w.message.includes("达人ID that no accounts file names"));
    expect(warning?.message).toBe(
      "6 rows name a 达人ID that no accounts file names: 1001 (小店自卖), 2002 (精选联盟, 小店自卖), 3003 (精选联盟), 4004 (精选联盟). They count in Alliance until an accounts file names them (kind self for the shop's own accounts, those selling 小店自卖; creator otherwise)",
    );
    expect(warning?.examples).toEqual(["1001", "2002", "3003", "4004"]);
    // before the accounts: every named account counts as a creator of the Alliance
    expect(byPillar(db)).toEqual([
      { pillar: "A", gmv: 29900 + 109950 + 5990 + 129900 + 2995 + 19900, refunds: 109950 + 19900, orders: 6 },
      { pillar: "F", gmv: 29900, refunds: 0, orders: 1 },
      { pillar: "S", gmv: 8990, refunds: 0, orders: 1 },
    ]);

    const accounts = await importFile(db, m, { kind: "accounts", path: writeAccounts("later-accounts.csv", [...ACCOUNTS]) });
    expect(accounts.status).toBe("done");
    expect(byPillar(db)).toEqual(DOUYIN_BY_PILLAR);
    // 4004 named at last, as the shop's own: its live order moves from Alliance to Field
    await importFile(db, m, { kind: "accounts", path: writeAccounts("4004.csv", [["4004", "Shop second room", "self", "800", "shop_live_2"]]) });
    expect(db.$client.prepare("SELECT pillar FROM orders WHERE order_id = '4987007'").get()).toEqual({ pillar: "F" });
    expect(byPillar(db)).toEqual([
      { ...DOUYIN_BY_PILLAR[0], gmv: DOUYIN_BY_PILLAR[0].gmv - 2995, orders: 2 },
      { ...DOUYIN_BY_PILLAR[1], gmv: DOUYIN_BY_PILLAR[1].gmv + 2995, orders: 4 },
      DOUYIN_BY_PILLAR[2],
      DOUYIN_BY_PILLAR[3],
    ]);
    expect(totals(db)).toEqual(DOUYIN_TOTALS);
  });
});

describe("several exports dropped together", () => {
  it("imports each as its kind, accounts first, and undoes them as one group", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const reports = await importGroup(db, m, [
      { kind: "reviews", path: writeExport("评价.csv", DOUYIN_REVIEW_HEADERS, DOUYIN_REVIEWS, { bom: true }) },
      { kind: "orders", path: writeExport("订单.csv", DOUYIN_ORDER_HEADERS, DOUYIN_ORDERS, { columns: DOUYIN_CHOSEN }) },
      { kind: "views", path: writeExport("直播间列表.csv", COMPASS_LIVE_HEADERS, COMPASS_LIVE) },
      { kind: "accounts", path: writeAccounts("group-accounts.csv", [...ACCOUNTS]) },
    ]);
    expect(reports.map((r) => [r.kind, r.status, r.export?.label ?? null])).toEqual([
      ["accounts", "done", null],
      ["views", "done", "Compass live-session list"],
      ["orders", "done", "抖店 order export"],
      ["reviews", "done", "抖店 review export"],
    ]);
    // the accounts came first: no order names an unknown account but 4004
    expect(reports[2].warnings.find((w) => w.message.includes("达人ID that no accounts file names"))?.examples).toEqual(["4004"]);
    // the review of main order 4987000 and product 111 is sub-order 4987001's
    expect(db.$client.prepare("SELECT order_id FROM reviews ORDER BY created_at").all()).toEqual([
      { order_id: "4987001" },
      { order_id: "4987003" },
      { order_id: "4987006" },
    ]);
    const groups = db.$client.prepare("SELECT DISTINCT group_id FROM import_batches").all();
    expect(groups).toEqual([{ group_id: reports[0].batchId }]);

    const undone = undoBatch(db, m, reports[1].batchId!);
    expect(undone).toMatchObject({ ok: true, batchIds: reports.map((r) => r.batchId).reverse() });
    for (const table of ["accounts", "views", "orders", "reviews", "segment_day", "pillar_day"]) expect(count(db, table)).toBe(0);
  });
});

describe("undo of a row journaled before the real-exports migration", () => {
  it("restores it with the new columns' defaults", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const first = await importFile(db, m, { kind: "orders", path: writeExport("one.csv", DOUYIN_ORDER_HEADERS, DOUYIN_ORDERS.slice(0, 1), { columns: DOUYIN_CHOSEN }) });
    const second = await importFile(db, m, {
      kind: "orders",
      path: writeExport("one-more.csv", DOUYIN_ORDER_HEADERS, [{ ...DOUYIN_ORDERS[0], 订单应付金额: "300.00" }], { columns: DOUYIN_CHOSEN }),
    });
    expect([first.inserted, second.replaced]).toEqual([1, 1]);
    // the journal as an older version wrote it: without main_order_id and sales_source
    db.$client.exec("UPDATE import_replaced SET previous_row = json_remove(previous_row, '$.main_order_id', '$.sales_source')");
    expect(undoBatch(db, m, second.batchId!)).toMatchObject({ ok: true, restored: 1 });
    expect(db.$client.prepare("SELECT gmv, main_order_id, sales_source FROM orders").get()).toEqual({ gmv: 29900, main_order_id: "", sales_source: "" });
  });
});
