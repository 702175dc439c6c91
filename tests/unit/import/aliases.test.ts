import { describe, expect, it } from "vitest";
import { boolValue, enumValue, fieldForHeader, mappingProblems, matchHeaders, normalizeHeader, suggestKind } from "../../../app/domain/import/aliases";
import { CHANNELS, ORDER_STATUSES } from "../../../app/domain/import/kinds";

describe("header aliases", () => {
  it("matches canonical names case-insensitively after trimming, BOM removed", () => {
    expect(normalizeHeader("\uFEFF  Order ID ")).toBe("order_id");
    expect(fieldForHeader("orders", " ORDER_ID")).toBe("order_id");
    expect(fieldForHeader("orders", "Paid At")).toBe("paid_at");
  });

  it.each([
    ["订单编号", "order_id"], ["子订单编号", "order_id"], ["支付时间", "paid_at"], ["商品ID", "sku_id"],
    ["商品名称", "product_name"], ["商品数量", "quantity"], ["订单应付金额", "gmv"], ["实付金额", "gmv"],
    ["达人ID", "account_id"], ["作者ID", "account_id"], ["直播间ID", "content_id"], ["流量来源", "channel"], ["渠道", "channel"],
  ])("orders: %s → %s (the contract's Douyin names)", (header, field) => {
    expect(fieldForHeader("orders", header)).toBe(field);
  });

  it("prefers the sub-order number when a file has both order numbers", () => {
    const m = matchHeaders("orders", ["订单编号", "子订单编号", "支付时间", "实付金额"]);
    expect(m.columns).toEqual([null, "order_id", "paid_at", "gmv"]);
    expect(m.duplicates).toEqual([{ header: "订单编号", field: "order_id", kept: "子订单编号" }]);
  });

  it("lets a mapping win over an alias, and ignore a column", () => {
    const m = matchHeaders("reviews", ["review_id", "review_score", "review_creation_date", "text"], {
      review_score: "rating",
      review_creation_date: "created_at",
      text: "",
    });
    expect(m.columns).toEqual(["review_id", "rating", "created_at", null]);
    expect(m.missing).toEqual([]);
    expect(m.unknown).toEqual([]);
  });

  it("lists unknown headers and missing required fields", () => {
    const m = matchHeaders("orders", ["order_id", "备注", "paid_at"]);
    expect(m.unknown).toEqual(["备注"]);
    expect(m.missing).toEqual(["gmv"]);
  });

  it("checks a mapping against the kind's fields", () => {
    expect(mappingProblems("orders", { a: "gmv", b: "" })).toEqual([]);
    expect(mappingProblems("orders", { a: "rating", b: 3 })).toEqual([
      expect.stringContaining('"a" maps to "rating", which is not a field of orders'),
      '"b" must map to a field name (text), not 3',
    ]);
  });
});

describe("suggestKind", () => {
  it.each([
    [["order_id", "paid_at", "gmv"], "orders"],
    [["review_id", "order_id", "created_at", "rating"], "reviews"],
    [["date", "content_id", "account_id", "content_type", "impressions"], "views"],
    [["账号ID", "昵称", "账号类型", "粉丝数"], "accounts"],
    [["活动ID", "活动名称", "开始时间", "结束时间"], "campaigns"],
    [["子订单编号", "支付时间", "订单应付金额", "商品名称"], "orders"],
  ])("%j → %s", (headers, kind) => {
    expect(suggestKind(headers)?.kind).toBe(kind);
  });

  it("suggests nothing for headers no kind knows", () => {
    expect(suggestKind(["单号", "金额"])).toBeNull();
  });
});

describe("enumerated values", () => {
  it.each([
    ["直播", "live"], ["短视频", "video"], ["视频", "video"], ["商城", "mall"], ["搜索", "search"], ["其他", "other"], [" LIVE ", "live"],
  ])("channel %j → %s", (raw, v) => {
    expect(enumValue(raw, CHANNELS)).toBe(v);
  });
  it("reads statuses, and refuses what is not one", () => {
    expect(enumValue("已支付", ORDER_STATUSES)).toBe("paid");
    expect(enumValue("已退款", ORDER_STATUSES)).toBe("refunded");
    expect(enumValue("已取消", ORDER_STATUSES)).toBe("cancelled");
    expect(enumValue("canceled", ORDER_STATUSES)).toBe("cancelled");
    expect(enumValue("直播", ORDER_STATUSES)).toBeUndefined();
  });
  it("reads yes and no", () => {
    expect(["true", "1", "yes", "是", "TRUE"].map(boolValue)).toEqual([true, true, true, true, true]);
    expect(["false", "0", "no", "否"].map(boolValue)).toEqual([false, false, false, false]);
    expect(boolValue("maybe")).toBeUndefined();
  });
});
