// 抖店 order exports as merchants download them: recognised by their headers in any subset and
// order, read with their tabs, `-` cells and ¥ amounts, attributed as a Douyin merchant reads them.
import { describe, expect, it } from "vitest";
import { importFile } from "../../../../app/services/import/import.server";
import { importGroup } from "../../../../app/services/import/background.server";
import { refreshAll } from "../../../../app/services/derive.server";
import { applySettings } from "../../../../app/services/fact/settings.server";
import { pillarSettingsOf } from "../../../../app/domain/fact/pillar-settings";
import { makeMerchant, memoryDb } from "../../../helpers/db";
import { ACCOUNTS, DOUYIN_BY_DAY, DOUYIN_BY_PILLAR, DOUYIN_CHOSEN, DOUYIN_ORDERS, DOUYIN_TOTALS } from "./data";
import { byDay, byPillar, totals } from "./helpers";
import { DOUYIN_ORDER_HEADERS, shuffled, writeAccounts, writeExport, type WriteOptions } from "./write";

const accountsFile = writeAccounts("accounts.csv", ACCOUNTS);

const VARIANTS: [string, WriteOptions][] = [
  ["every column in the export's order, with a BOM", { bom: true }],
  ["the columns a merchant chose, shuffled, without a BOM", { columns: shuffled(DOUYIN_CHOSEN, 7) }],
  ["a column shuffled to the front", { columns: ["订单应付金额", ...DOUYIN_ORDER_HEADERS.filter((h) => h !== "订单应付金额")], bom: true }],
  ["headers with (元) and full-width brackets, tab-separated", { rename: { 订单应付金额: "订单应付金额(元)", 商品单价: "商品单价（元）", 运费: "运费（元）" }, separator: "\t" }],
  ["saved by Chinese Excel (GBK), a chosen subset", { columns: shuffled(DOUYIN_CHOSEN, 11), gbk: true }],
];

async function importDouyin(options: WriteOptions, name = "抖店订单.csv") {
  const db = memoryDb();
  const m = makeMerchant(db);
  const [accounts, orders] = await importGroup(db, m, [
    { kind: "orders", path: writeExport(name, DOUYIN_ORDER_HEADERS, DOUYIN_ORDERS, options) },
    { kind: "accounts", path: accountsFile },
  ]);
  return { db, m, accounts, orders };
}

describe("抖店 order export", () => {
  for (const [what, options] of VARIANTS) {
    it(`imports ${what}, with the totals worked out by hand`, async () => {
      const { db, accounts, orders } = await importDouyin(options);
      expect(accounts.status).toBe("done");
      expect(orders.errors).toEqual([]);
      expect(orders.status).toBe("done");
      expect(orders.inserted).toBe(9);
      const columns = options.columns?.length ?? DOUYIN_ORDER_HEADERS.length;
      const used = (options.columns ?? DOUYIN_ORDER_HEADERS).filter((c) => DOUYIN_CHOSEN.includes(c)).length;
      expect(orders.export?.summary).toBe(`抖店 order export (${columns} columns, ${used} used)`);
      expect(totals(db)).toEqual(DOUYIN_TOTALS);
      expect(byPillar(db)).toEqual(DOUYIN_BY_PILLAR);
      expect(byDay(db)).toEqual(DOUYIN_BY_DAY);
    });
  }

  it("keeps the sub-order as the key and the main order beside it; reads status, channel and source", async () => {
    const { db } = await importDouyin({ bom: true });
    const rows = db.$client
      .prepare("SELECT order_id, main_order_id, sku_id, status, channel, account_id, sales_source, refund_amount, pillar, pillar_rule FROM orders ORDER BY order_id")
      .all();
    expect(rows).toEqual([
      { order_id: "4987001", main_order_id: "4987000", sku_id: "111", status: "paid", channel: "live", account_id: "1001", sales_source: "shop", refund_amount: null, pillar: "F", pillar_rule: "self" },
      { order_id: "4987002", main_order_id: "4987000", sku_id: "112", status: "refunded", channel: "live", account_id: "1001", sales_source: "shop", refund_amount: null, pillar: "F", pillar_rule: "self" },
      { order_id: "4987003", main_order_id: "4987003", sku_id: "113", status: "paid", channel: "video", account_id: "2002", sales_source: "alliance", refund_amount: null, pillar: "A", pillar_rule: "creator" },
      { order_id: "4987004", main_order_id: "4987004", sku_id: "114", status: "paid", channel: "search", account_id: "", sales_source: "shop", refund_amount: null, pillar: "S", pillar_rule: "shelf" },
      { order_id: "4987005", main_order_id: "4987005", sku_id: "114", status: "cancelled", channel: "mall", account_id: "", sales_source: "shop", refund_amount: null, pillar: "S", pillar_rule: "shelf" },
      { order_id: "4987006", main_order_id: "4987006", sku_id: "111", status: "paid", channel: "live", account_id: "3003", sales_source: "alliance", refund_amount: null, pillar: "T", pillar_rule: "top_kol" },
      { order_id: "4987007", main_order_id: "4987007", sku_id: "113", status: "paid", channel: "live", account_id: "4004", sales_source: "alliance", refund_amount: null, pillar: "A", pillar_rule: "creator" },
      { order_id: "4987008", main_order_id: "4987008", sku_id: "111", status: "paid", channel: "live", account_id: "", sales_source: "shop", refund_amount: null, pillar: "F", pillar_rule: "self" },
      { order_id: "4987009", main_order_id: "4987009", sku_id: "115", status: "refunded", channel: "image", account_id: "2002", sales_source: "shop", refund_amount: null, pillar: "A", pillar_rule: "creator" },
    ]);
    // never paid: kept at the time it was placed, and not counted
    const unpaid = db.$client.prepare("SELECT day, paid_at FROM orders WHERE order_id = '4987005'").get();
    expect(unpaid).toEqual({ day: "2026-09-08", paid_at: Date.UTC(2026, 8, 8, 2, 0, 0) });
  });

  it("lists the columns it does not use as ignored, and says what the rows held", async () => {
    const { orders } = await importDouyin({ bom: true });
    const ignored = orders.warnings.find((w) => w.message.startsWith("Columns of the export that factloop does not use"));
    expect(ignored?.count).toBe(DOUYIN_ORDER_HEADERS.length - DOUYIN_CHOSEN.length);
    expect(ignored?.examples.slice(0, 3)).toEqual(["商品规格", "商家编码", "商品单价"]);
    expect(orders.columns.find((c) => c.header === "流量体裁")).toEqual({ header: "流量体裁", field: "channel" });
    expect(orders.columns.find((c) => c.header === "收件人")).toEqual({ header: "收件人", field: null });
    const messages = orders.warnings.map((w) => w.message);
    expect(messages).toContain("1 row were never paid (no payment time): stored as cancelled, at the time the order was placed, and not counted");
    expect(messages).toContain(
      "1 row sold in a live room name no 达人ID: they count in Field when 流量来源 says 小店自卖 (or nothing), in Alliance when it says 精选联盟, as the shop's settings say",
    );
  });

  it("puts a live order without an account in Field or Alliance as the merchant chooses, never in Shelf", async () => {
    const { db, m } = await importDouyin({ columns: DOUYIN_CHOSEN });
    const pillarOf8 = () => db.$client.prepare("SELECT pillar, pillar_rule FROM orders WHERE order_id = '4987008'").get();
    expect(pillarOf8()).toEqual({ pillar: "F", pillar_rule: "self" });
    // the settings page previews the move, then applies it
    const next = { ...pillarSettingsOf(m.settings), liveWithoutAccount: "alliance" as const };
    const { preview } = await applySettings(db, m, next);
    expect(preview.changesPillars).toBe(true);
    expect(preview.moves).toEqual([{ from: "F", to: "A", gmv: 29900, orders: 1, accounts: [] }]);
    expect(pillarOf8()).toEqual({ pillar: "A", pillar_rule: "creator" });
    const a = (byPillar(db) as { pillar: string; gmv: number }[]).find((r) => r.pillar === "A");
    expect(a?.gmv).toBe(DOUYIN_BY_PILLAR[0].gmv + 29900);
    refreshAll(db, { ...m, settings: { ...m.settings, liveWithoutAccount: "field" } });
    expect(pillarOf8()).toEqual({ pillar: "F", pillar_rule: "self" });
    expect(byPillar(db)).toEqual(DOUYIN_BY_PILLAR);
  });

  it("imports the same file twice without changing a value", async () => {
    const { db, m } = await importDouyin({ bom: true });
    const again = await importFile(db, m, { kind: "orders", path: writeExport("again.csv", DOUYIN_ORDER_HEADERS, DOUYIN_ORDERS, { bom: true }) });
    expect([again.inserted, again.replaced, again.unchanged]).toEqual([0, 0, 9]);
    expect(totals(db)).toEqual(DOUYIN_TOTALS);
  });

  it("imports with a column missing: without 流量渠道 a product card is a mall sale, the totals the same", async () => {
    const columns = DOUYIN_CHOSEN.filter((c) => c !== "流量渠道");
    const { db, orders } = await importDouyin({ columns });
    expect(orders.status).toBe("done");
    expect(orders.export?.summary).toBe(`抖店 order export (${columns.length} columns, ${columns.length} used)`);
    expect(db.$client.prepare("SELECT channel FROM orders WHERE order_id = '4987004'").get()).toEqual({ channel: "mall" });
    expect(totals(db)).toEqual(DOUYIN_TOTALS);
    expect(byDay(db)).toEqual(DOUYIN_BY_DAY);
  });
});

describe("抖店 order export without a payment time column", () => {
  it("dates orders when they were placed and counts the ones its status says were paid", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    await importFile(db, m, { kind: "accounts", path: accountsFile });
    const columns = DOUYIN_CHOSEN.filter((c) => c !== "支付完成时间");
    const r = await importFile(db, m, { kind: "orders", path: writeExport("no-paid.csv", DOUYIN_ORDER_HEADERS, DOUYIN_ORDERS, { columns }) });
    expect(r.status).toBe("done");
    expect(r.warnings.map((w) => w.message)).toContain(
      "The export has no payment time column: orders are dated when they were placed, and their status alone says whether they were paid",
    );
    // S5 and S9 are 已关闭: without a payment time they count as never paid; S8 moves to the 8th
    expect(totals(db)).toEqual({ gmv: DOUYIN_TOTALS.gmv - 19900, refunds: DOUYIN_TOTALS.refunds - 19900, orders: 7 });
    expect(db.$client.prepare("SELECT day FROM orders WHERE order_id = '4987008'").get()).toEqual({ day: "2026-09-08" });
  });
});
