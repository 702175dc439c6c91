import { describe, expect, it } from "vitest";
import { cellMessage, rowParser } from "../../../app/domain/import/rows";
import { parseCount, parseRate, parseRating } from "../../../app/domain/import/values";
import { csvLine } from "../../../app/domain/import/report";

const cells = (o: Record<string, string>, fields: string[]) => Object.fromEntries(fields.map((f) => [f, o[f] ?? ""]));
const ORDER_FIELDS = ["order_id", "paid_at", "gmv", "quantity", "sku_id", "product_name", "channel", "content_id", "account_id", "campaign_id", "refund_amount", "buyer_id", "status"];
const REVIEW_FIELDS = ["review_id", "created_at", "rating", "order_id", "sku_id", "has_media", "text", "buyer_id"];
const CAMPAIGN_FIELDS = ["campaign_id", "name", "starts_at", "ends_at", "kind", "budget"];

describe("row parsers", () => {
  const orders = rowParser("orders", "Asia/Shanghai");

  it("turns an order into stored values: hundredths, instants, days in the merchant's zone, defaults", () => {
    const r = orders.parse(cells({ order_id: " 1 ", paid_at: "2024-06-18 00:30", gmv: "￥1,234.5", status: "" }, ORDER_FIELDS));
    expect(r.ok && r.row).toEqual({
      // paid 00:30 in Shanghai is 16:30 UTC the day before; its day is the local one
      values: ["1", Date.UTC(2024, 5, 17, 16, 30), "2024-06-18", 123450, 1, "", "", "", "", "", "", null, "", "paid", "", ""],
      key: "1",
      day: "2024-06-18",
    });
    // the values by field, as the preview shows them, carry the same defaults
    expect(r.ok && [r.fields.quantity, r.fields.status, r.fields.refund_amount]).toEqual([1, "paid", null]);
  });

  it("names every bad cell of a row", () => {
    const r = orders.parse(cells({ order_id: "", paid_at: "2024-13-01", gmv: "12,34.5", quantity: "1.5" }, ORDER_FIELDS));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => cellMessage("orders", 9, i.field, i))).toEqual([
      'Line 9, column "order_id" is empty, but every order needs a order_id',
      'Line 9, column "paid_at": "2024-13-01" is not a real calendar date',
      'Line 9, column "gmv": "12,34.5" is not an amount of money (for example 1234.50 or 1,234.50)',
      'Line 9, column "quantity": "1.5" is not a whole number',
    ]);
  });

  it("reads has_media in every accepted spelling and refuses a rating outside 1–5", () => {
    const reviews = rowParser("reviews", "Asia/Shanghai");
    const media = ["true", "false", "1", "0", "yes", "no", "是", "否", ""].map((v) => {
      const r = reviews.parse(cells({ review_id: "r", created_at: "2024-06-18", rating: "5", has_media: v }, REVIEW_FIELDS));
      return r.ok ? r.row.values[6] : "bad";
    });
    expect(media).toEqual([1, 0, 1, 0, 1, 0, 1, 0, 0]);
    const bad = reviews.parse(cells({ review_id: "r", created_at: "2024-06-18", rating: "7" }, REVIEW_FIELDS));
    expect(bad).toEqual({ ok: false, issues: [{ field: "rating", value: "7", problem: "is not a rating from 1 to 5" }] });
  });

  it("stores campaign start and end as days, and refuses an end before the start", () => {
    const campaigns = rowParser("campaigns", "Asia/Shanghai");
    const ok = campaigns.parse(cells({ campaign_id: "c", name: "618", starts_at: "2024-06-01 00:00:00", ends_at: "2024/06/20" }, CAMPAIGN_FIELDS));
    expect(ok).toMatchObject({ ok: true, row: { values: ["c", "618", "2024-06-01", "2024-06-20", "other", null] } });
    const bad = campaigns.parse(cells({ campaign_id: "c", name: "618", starts_at: "2024-06-20", ends_at: "2024-06-01" }, CAMPAIGN_FIELDS));
    expect(bad).toEqual({ ok: false, issues: [{ field: "ends_at", value: "2024-06-01", problem: "is before the campaign starts (2024-06-20)" }] });
  });

  it("keeps formula-like text as it is", () => {
    const r = orders.parse(cells({ order_id: "=1+1", paid_at: "2024-06-18", gmv: "1", product_name: "@SUM(A1)" }, ORDER_FIELDS));
    expect(r.ok && [r.row.values[0], r.row.values[6]]).toEqual(["=1+1", "@SUM(A1)"]);
  });
});

describe("values", () => {
  it.each([["0", 0], ["1200", 1200], ["1,200", 1200], ["12.0", 12]])("count %j → %d", (raw, n) => {
    expect(parseCount(raw)).toEqual({ ok: true, value: n });
  });
  it.each([["-3", "is negative; counts are 0 or more"], ["1.5", "is not a whole number"], ["1,20", "is not a count (a whole number such as 1200 or 1,200)"]])(
    "count %j is refused",
    (raw, error) => {
      expect(parseCount(raw)).toEqual({ ok: false, error });
    },
  );
  it("reads rates as fractions or percents", () => {
    expect(parseRate("0.25")).toEqual({ ok: true, value: 0.25 });
    expect(parseRate("25%")).toEqual({ ok: true, value: 0.25 });
    expect(parseRate("25")).toEqual({ ok: false, error: "is not between 0 and 1 (for example 0.2 or 20%)" });
  });
  it("reads ratings 1 to 5 only", () => {
    expect(parseRating("5.0")).toEqual({ ok: true, value: 5 });
    expect(parseRating("0").ok).toBe(false);
    expect(parseRating("4.5").ok).toBe(false);
  });
});

describe("rejected-rows CSV", () => {
  it("quotes what must be quoted and makes formula-like cells inert", () => {
    expect(csvLine(["3", 'Line 3, column "gmv": bad', "=HYPERLINK(1)", "+86", "-3", "@x", "plain"])).toBe(
      '3,"Line 3, column ""gmv"": bad",\'=HYPERLINK(1),\'+86,\'-3,\'@x,plain\r\n',
    );
  });
});
