// The same service reads every format the contract names: GBK Douyin exports with Chinese
// headers, BOM and semicolons, tabs, XLSX with a title row and date cells, JSON and NDJSON.
import { describe, expect, it } from "vitest";
import { importFile } from "../../../app/services/import/import.server";
import { saveMapping } from "../../../app/services/import/mappings.server";
import { makeMerchant, memoryDb } from "../../helpers/db";
import { fixture } from "./helpers";

const shanghai = (y: number, mo: number, d: number, h: number, mi: number, s = 0) => Date.UTC(y, mo - 1, d, h - 8, mi, s);

describe("formats and encodings", () => {
  it("reads a GBK Douyin export with Chinese headers and values", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const r = await importFile(db, m, { kind: "orders", path: fixture("orders-douyin-gbk.csv") });
    expect(r.errors).toEqual([]);
    expect([r.status, r.encoding, r.separator, r.inserted]).toEqual(["done", "gb18030", "comma", 4]);
    expect(r.columns.find((c) => c.header === "主订单编号")).toEqual({ header: "主订单编号", field: "main_order_id" });
    // every column is used now that 主订单编号 is kept as the main order id
    expect(r.warnings.map((w) => w.message)).not.toContain("Columns that no field takes were ignored");
    const rows = db.$client
      .prepare("SELECT order_id, paid_at, day, gmv, quantity, product_name, channel, content_id, account_id, status FROM orders ORDER BY order_id")
      .all();
    expect(rows).toEqual([
      { order_id: "4987001", paid_at: shanghai(2024, 6, 18, 20, 5, 11), day: "2024-06-18", gmv: 29900, quantity: 1, product_name: "玫瑰精华水 150ml", channel: "live", content_id: "L-20240618-01", account_id: "A-self-01", status: "paid" },
      { order_id: "4987002", paid_at: shanghai(2024, 6, 18, 20, 5, 11), day: "2024-06-18", gmv: 109950, quantity: 1, product_name: "臻颜修护套装", channel: "live", content_id: "L-20240618-01", account_id: "A-self-01", status: "refunded" },
      { order_id: "4987003", paid_at: shanghai(2024, 6, 18, 21, 40), day: "2024-06-18", gmv: 5990, quantity: 2, product_name: "补水面膜 5片", channel: "video", content_id: "V-7781", account_id: "A-kol-01", status: "paid" },
      { order_id: "4987004", paid_at: shanghai(2024, 6, 19, 9, 12, 45), day: "2024-06-19", gmv: 8990, quantity: 1, product_name: "氨基酸洁面乳", channel: "mall", content_id: "", account_id: "", status: "cancelled" },
    ]);
    // no accounts or views are known yet: counted as warnings, with examples
    const accounts = r.warnings.find((w) => w.message.includes("account"));
    expect(accounts).toEqual({
      message: "3 rows name an account that no accounts file has named (yet)",
      // the same warning as a code, for the pages to translate
      code: { code: "importFile.unknownReference.account", params: { count: 3 } },
      count: 3,
      examples: expect.arrayContaining(["A-self-01", "A-kol-01"]),
    });
  });

  it("reads UTF-8 with BOM, semicolons, Chinese enum values and grouped counts", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const r = await importFile(db, m, { kind: "views", path: fixture("views-semicolon-bom.csv") });
    expect([r.status, r.encoding, r.separator, r.inserted]).toEqual(["done", "utf-8 (BOM)", "semicolon", 2]);
    const rows = db.$client.prepare("SELECT content_id, content_type, impressions, views, likes, shares FROM views ORDER BY content_id").all();
    expect(rows).toEqual([
      { content_id: "L-1", content_type: "live", impressions: 12000, views: 4000, likes: 300, shares: 0 },
      { content_id: "V-2", content_type: "video", impressions: 8000, views: 2500, likes: 120, shares: 0 },
    ]);
  });

  it("reads tab-separated accounts with Chinese headers and a percent commission", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const r = await importFile(db, m, { kind: "accounts", path: fixture("accounts-chinese.tsv") });
    expect([r.status, r.separator, r.inserted]).toEqual(["done", "tab", 2]);
    const rows = db.$client.prepare("SELECT account_id, name, kind, followers, commission_rate FROM accounts ORDER BY account_id").all();
    expect(rows).toEqual([
      { account_id: "A-kol-01", name: "李小美", kind: "creator", followers: 5200000, commission_rate: 0.25 },
      { account_id: "A-self-01", name: "花间集官方旗舰店", kind: "self", followers: 382000, commission_rate: null },
    ]);
  });

  it("reads an XLSX export under a title row, with Excel date cells in the merchant's zone", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const r = await importFile(db, m, { kind: "orders", path: fixture("orders-title-row.xlsx") });
    expect(r.errors).toEqual([]);
    expect([r.status, r.format, r.inserted]).toEqual(["done", "xlsx", 3]);
    expect(r.warnings[0].message).toBe("2 rows above the header (row 3) were skipped as a title");
    const rows = db.$client.prepare("SELECT order_id, paid_at, day, gmv, quantity, channel, status FROM orders ORDER BY order_id").all();
    expect(rows).toEqual([
      { order_id: "4987001", paid_at: shanghai(2024, 6, 18, 20, 5, 11), day: "2024-06-18", gmv: 29900, quantity: 1, channel: "live", status: "paid" },
      { order_id: "4987002", paid_at: shanghai(2024, 6, 18, 23, 59, 59), day: "2024-06-18", gmv: 109950, quantity: 1, channel: "live", status: "refunded" },
      // a number cell for the id, a formula cell for gmv (its saved result is read, never evaluated)
      { order_id: "4987003", paid_at: shanghai(2024, 6, 19, 0, 0, 30), day: "2024-06-19", gmv: 5990, quantity: 2, channel: "video", status: "paid" },
    ]);
  });

  it("names the sheet row of a bad XLSX cell", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const r = await importFile(db, m, { kind: "orders", path: fixture("orders.xlsx"), mapping: { quantity: "refund_amount" } });
    // quantity mapped to refund_amount: "1" is fine money, "" stays empty
    expect(r.status).toBe("done");
    const rows = db.$client.prepare("SELECT order_id, paid_at, gmv, refund_amount FROM orders ORDER BY order_id").all();
    expect(rows).toEqual([
      { order_id: "X-1", paid_at: shanghai(2024, 6, 18, 10, 0), gmv: 1050, refund_amount: 100 },
      { order_id: "X-2", paid_at: shanghai(2024, 6, 18, 11, 0), gmv: 2000, refund_amount: null },
    ]);
  });

  it("reads a JSON array of objects, numbers and Chinese values included", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const r = await importFile(db, m, { kind: "orders", path: fixture("orders.json") });
    expect(r.errors).toEqual([]);
    expect([r.status, r.format, r.inserted]).toEqual(["done", "json", 3]);
    const rows = db.$client.prepare("SELECT order_id, paid_at, gmv, quantity, channel, status, refund_amount FROM orders ORDER BY order_id").all();
    expect(rows).toEqual([
      { order_id: "J-1", paid_at: Date.UTC(2024, 5, 18, 12, 5, 11), gmv: 29900, quantity: 1, channel: "live", status: "paid", refund_amount: null },
      { order_id: "J-2", paid_at: shanghai(2024, 6, 18, 20, 7, 30), gmv: 109950, quantity: 1, channel: "mall", status: "refunded", refund_amount: 10050 },
      { order_id: "J-3", paid_at: shanghai(2024, 6, 19, 9, 0), gmv: 5990, quantity: 1, channel: "search", status: "paid", refund_amount: null },
    ]);
    // "note" is a key of the third object only: no field takes it
    expect(r.columns.map((c) => c.field)).toEqual(["order_id", "paid_at", "gmv", "quantity", "channel", "status", "refund_amount", null]);
    expect(r.warnings).toEqual([{ message: "Columns that no field takes were ignored", code: { code: "importFile.unknownColumns" }, count: 1, examples: ["note"] }]);
  });

  it("reads NDJSON with its real line numbers", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const r = await importFile(db, m, { kind: "reviews", path: fixture("reviews.ndjson") });
    expect([r.status, r.format, r.inserted]).toEqual(["done", "ndjson", 3]);
    const rows = db.$client.prepare("SELECT review_id, rating, has_media, day, text FROM reviews ORDER BY review_id").all();
    expect(rows).toEqual([
      { review_id: "N-1", rating: 5, has_media: 1, day: "2024-06-20", text: "很好用" },
      { review_id: "N-2", rating: 4, has_media: 0, day: "2024-06-20", text: "" },
      { review_id: "N-3", rating: 2, has_media: 0, day: "2024-06-21", text: '{"not": "a key"}' },
    ]);
    const bad = await importFile(db, m, { kind: "orders", path: fixture("reviews.ndjson") });
    expect(bad.status).toBe("failed");
  });

  it("uses a saved mapping for headers no alias knows", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    expect(saveMapping(db, m, "orders", { 单号: "order_id", 时间: "paid_at", 金额: "gmv", 备注: "" })).toEqual({ ok: true });
    const r = await importFile(db, m, { kind: "orders", path: fixture("orders-unknown-headers.csv") });
    expect([r.status, r.inserted]).toEqual(["done", 2]);
    expect(r.columns).toEqual([
      { header: "单号", field: "order_id" },
      { header: "时间", field: "paid_at" },
      { header: "金额", field: "gmv" },
      { header: "备注", field: null },
    ]);
    expect(saveMapping(db, m, "orders", { 单号: "order_number" })).toEqual({
      ok: false,
      errors: [expect.stringContaining('"单号" maps to "order_number", which is not a field of orders')],
    });
  });

  it("a dry run reports everything and stores nothing", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const r = await importFile(db, m, { kind: "orders", path: fixture("orders.csv"), dryRun: true });
    expect([r.status, r.batchId, r.inserted]).toEqual(["dry-run", null, 6]);
    expect(db.$client.prepare("SELECT COUNT(*) AS n FROM orders").get()).toEqual({ n: 0 });
    expect(db.$client.prepare("SELECT data_version FROM merchants").get()).toEqual({ data_version: 0 });
  });
});
