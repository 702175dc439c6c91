// TikTok Shop order exports (English, Chinese, Japanese headers), Compass live and video lists,
// and 抖店 review exports, imported as they come.
import { describe, expect, it } from "vitest";
import { importFile } from "../../../../app/services/import/import.server";
import { previewFile } from "../../../../app/services/import/preview.server";
import { withDateOrder } from "../../../../app/services/import/date-order.server";
import { statSync } from "node:fs";
import { makeMerchant, memoryDb } from "../../../helpers/db";
import { ACCOUNTS, COMPASS_LIVE, COMPASS_VIDEO, DOUYIN_REVIEWS, TIKTOK_BY_DAY, TIKTOK_ORDERS, TIKTOK_TOTALS } from "./data";
import { byDay, totals } from "./helpers";
import {
  COMPASS_LIVE_HEADERS,
  COMPASS_VIDEO_HEADERS,
  DOUYIN_REVIEW_HEADERS,
  TIKTOK_LOCALISED,
  TIKTOK_ORDER_HEADERS,
  shuffled,
  writeAccounts,
  writeExport,
  writeExportXlsx,
} from "./write";

describe("TikTok Shop order export", () => {
  const languages: [string, Record<string, string>][] = [["en", {}], ["zh", TIKTOK_LOCALISED.zh], ["ja", TIKTOK_LOCALISED.ja]];
  for (const [lang, rename] of languages) {
    it(`reads the ${lang} headers: one line per SKU, GMV after discount, the order's refund spread over its lines`, async () => {
      const db = memoryDb();
      const m = makeMerchant(db);
      const columns = lang === "en" ? TIKTOK_ORDER_HEADERS : shuffled(Object.keys(TIKTOK_LOCALISED.zh), lang.length);
      const r = await importFile(db, m, { kind: "orders", path: writeExport(`tiktok-${lang}.csv`, TIKTOK_ORDER_HEADERS, TIKTOK_ORDERS, { rename, columns, bom: lang !== "en" }) });
      expect(r.errors).toEqual([]);
      expect(r.export?.label).toBe("TikTok Shop order export");
      expect(r.inserted).toBe(9);
      expect(totals(db)).toEqual(TIKTOK_TOTALS);
      expect(byDay(db)).toEqual(TIKTOK_BY_DAY);
      const lines = db.$client.prepare("SELECT order_id, main_order_id, gmv, refund_amount, status FROM orders ORDER BY order_id").all();
      expect(lines).toEqual([
        { order_id: "5761:A1", main_order_id: "5761", gmv: 10000, refund_amount: 2000, status: "refunded" },
        { order_id: "5761:B2", main_order_id: "5761", gmv: 5000, refund_amount: 1000, status: "refunded" },
        { order_id: "5762:C3", main_order_id: "5762", gmv: 3333, refund_amount: 333, status: "refunded" },
        { order_id: "5762:D4", main_order_id: "5762", gmv: 3333, refund_amount: 333, status: "refunded" },
        { order_id: "5762:E5", main_order_id: "5762", gmv: 3334, refund_amount: 334, status: "refunded" },
        { order_id: "5763:A1", main_order_id: "5763", gmv: 8000, refund_amount: null, status: "cancelled" },
        { order_id: "5764:A1", main_order_id: "5764", gmv: 4550, refund_amount: null, status: "cancelled" },
        { order_id: "5765:B2", main_order_id: "5765", gmv: 120000, refund_amount: null, status: "paid" },
        { order_id: "5766:C3", main_order_id: "5766", gmv: 9990, refund_amount: null, status: "paid" },
      ]);
      expect(r.warnings.map((w) => w.message)).toContain('Dates are read day first: "24/09/2026 10:00:00" can only be read that way.');
    });
  }

  it("reads a file whose every date could be either as the shop's settings say, and says so in the preview", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const early = TIKTOK_ORDERS.slice(0, 2).map((row) => ({ ...row, "Created Time": "03/09/2026 10:00:00\t", "Paid Time": "03/09/2026 10:01:00\t" }));
    const path = writeExport("tiktok-ambiguous.csv", TIKTOK_ORDER_HEADERS, early);
    const p = await previewFile(db, m, { path, fileName: "tiktok-ambiguous.csv", size: statSync(path).size });
    expect(p.export?.summary).toBe(`TikTok Shop order export (${TIKTOK_ORDER_HEADERS.length} columns, 11 used)`);
    expect(p.notes).toContain(
      'Every date of this file could be day first or month first (such as "03/09/2026 10:00:00"): they are read day first, as the shop\'s settings say.',
    );
    expect(p.rows[0].read?.paid_at).toBe("2026-09-03 10:01:00");
    expect(p.ambiguousDates).toEqual({ example: "03/09/2026 10:00:00", order: "day-first" });
    // the page's choice is saved as the shop's setting, and the import follows it
    const monthFirst = withDateOrder(db, m, "month-first");
    expect(monthFirst.settings.ambiguousDates).toBe("month-first");
    expect(withDateOrder(db, monthFirst, "sideways").settings.ambiguousDates).toBe("month-first");
    const again = await previewFile(db, monthFirst, { path, fileName: "tiktok-ambiguous.csv", size: statSync(path).size });
    expect(again.rows[0].read?.paid_at).toBe("2026-03-09 10:01:00");
    await importFile(db, monthFirst, { kind: "orders", path });
    expect(db.$client.prepare("SELECT DISTINCT day FROM orders").all()).toEqual([{ day: "2026-03-09" }]);
  });
});

describe("Compass lists", () => {
  it("stores each live session as one views row on its start day, even past midnight", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    await importFile(db, m, { kind: "accounts", path: writeAccounts("compass-accounts.csv", [...ACCOUNTS]) });
    const r = await importFile(db, m, { kind: "views", path: writeExport("直播间列表.csv", COMPASS_LIVE_HEADERS, COMPASS_LIVE, { bom: true }) });
    expect(r.errors).toEqual([]);
    expect(r.export?.summary).toBe(`Compass live-session list (${COMPASS_LIVE_HEADERS.length} columns, 9 used)`);
    const rows = db.$client
      .prepare("SELECT content_id, day, account_id, content_type, impressions, views, comments, follows, product_clicks, live_seconds, pillar FROM views ORDER BY day")
      .all();
    expect(rows).toEqual([
      { content_id: "shop_live@2026-09-07 20:00:00", day: "2026-09-07", account_id: "1001", content_type: "live", impressions: 12000, views: 8500, comments: 320, follows: 45, product_clicks: 1100, live_seconds: 19800, pillar: "F" },
      { content_id: "anna_kol@2026-09-08 19:00:00", day: "2026-09-08", account_id: "2002", content_type: "live", impressions: 35000, views: 0, comments: 12, follows: 3, product_clicks: 260, live_seconds: 7230, pillar: "A" },
    ]);
    const day = db.$client.prepare("SELECT SUM(impressions) AS i, SUM(live_seconds) AS s FROM pillar_day WHERE day = '2026-09-07'").get();
    expect(day).toEqual({ i: 12000, s: 19800 });
  });

  it("reads the live list as Compass downloads it: XLSX, a title row, date and number cells", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const path = await writeExportXlsx("直播间列表.xlsx", COMPASS_LIVE_HEADERS, COMPASS_LIVE, "直播间列表 2026-09-07 至 2026-09-08");
    const r = await importFile(db, m, { kind: "views", path });
    expect(r.errors).toEqual([]);
    expect([r.format, r.export?.label, r.inserted]).toEqual(["xlsx", "Compass live-session list", 2]);
    expect(db.$client.prepare("SELECT content_id, day, impressions, live_seconds FROM views ORDER BY day").all()).toEqual([
      { content_id: "shop_live@2026-09-07 20:00:00", day: "2026-09-07", impressions: 12000, live_seconds: 19800 },
      { content_id: "anna_kol@2026-09-08 19:00:00", day: "2026-09-08", impressions: 35000, live_seconds: 7230 },
    ]);
  });

  it("stores a video list's rows on their publishing day, its plays standing in for impressions", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const r = await importFile(db, m, { kind: "views", path: writeExport("视频明细.csv", COMPASS_VIDEO_HEADERS, COMPASS_VIDEO) });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toContain("The video list has no exposure column: each video's 视频观看次数 is used as its impressions too");
    expect(r.warnings.find((w) => w.message.includes("抖音号 that no accounts file gives"))?.examples).toEqual(["anna_kol"]);
    expect(db.$client.prepare("SELECT content_id, day, account_id, content_type, impressions, views, likes, comments, shares, follows, product_clicks FROM views").get()).toEqual({
      content_id: "7412000000000000001", day: "2026-09-07", account_id: "anna_kol", content_type: "video",
      impressions: 25000, views: 25000, likes: 1204, comments: 88, shares: 31, follows: 17, product_clicks: 402,
    });
  });
});

describe("抖店 review export", () => {
  it("stores reviews keyed by order, product and time, from 年月日 dates", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const r = await importFile(db, m, { kind: "reviews", path: writeExport("评价.csv", DOUYIN_REVIEW_HEADERS, DOUYIN_REVIEWS, { columns: shuffled(DOUYIN_REVIEW_HEADERS.slice(0, 8), 3) }) });
    expect(r.errors).toEqual([]);
    expect(r.export?.summary).toBe("抖店 review export (8 columns, 5 used)");
    expect(db.$client.prepare("SELECT review_id, day, rating, order_id, sku_id, text FROM reviews ORDER BY created_at").all()).toEqual([
      { review_id: "4987000:111:2026-09-10 10:00:00", day: "2026-09-10", rating: 5, order_id: "4987000", sku_id: "111", text: "很好用" },
      { review_id: "4987003:113:2026-09-10 11:30:00", day: "2026-09-10", rating: 3, order_id: "4987003", sku_id: "113", text: "" },
      { review_id: "4987006:111:2026-09-11 09:00:00", day: "2026-09-11", rating: 4, order_id: "4987006", sku_id: "111", text: "包装精美" },
    ]);
    expect(db.$client.prepare("SELECT SUM(reviews) AS n, SUM(positive_reviews) AS good FROM pillar_day").get()).toEqual({ n: 3, good: 2 });
  });
});
