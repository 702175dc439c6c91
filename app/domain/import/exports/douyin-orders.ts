// 抖店's order export (订单管理 → 导出): one row per sub-order, columns chosen by the merchant.
// docs/formats.md has the table; ../shared/spec/real-exports.md the evidence.
import type { ExportFormat, ExportContext, ExportRow } from "./format";
import { exportLabel } from "./messages";

/** 售后状态 values after which the money went back */
const isRefunded = (afterSale: string) => afterSale.includes("退款成功");

const GENRE_CHANNEL: Record<string, string> = { 直播: "live", 短视频: "video", 图文: "image", 其他: "other" };

/** The channel from 流量体裁, and 流量渠道 (the Compass entrance) for a product card or when 流量体裁 is missing. */
export function douyinChannel(genre: string, entrance: string, ctx: Pick<ExportContext<unknown>, "count">): string {
  if (genre in GENRE_CHANNEL) return GENRE_CHANNEL[genre];
  if (genre === "商品卡") return entrance.includes("搜索") ? "search" : "mall";
  if (genre.startsWith("数据将于")) {
    ctx.count("channelNextDay");
    return "";
  }
  if (genre !== "") {
    ctx.count("unknownChannel", genre);
    return "other";
  }
  if (entrance === "") return "";
  if (entrance.includes("搜索")) return "search";
  if (entrance.startsWith("直播")) return "live";
  if (entrance.startsWith("短视频")) return "video";
  return "mall";
}

/** 流量来源: the shop's own sales or the creator alliance's; older files say 自主经营 or 联盟. */
export function douyinSalesSource(source: string): string {
  if (source === "小店自卖" || source === "自主经营") return "shop";
  if (source === "精选联盟" || source === "联盟") return "alliance";
  return "";
}

export const douyinOrders: ExportFormat = {
  id: "douyin-orders",
  label: exportLabel("douyin-orders"),
  kind: "orders",
  columns: {
    sub_order: ["子订单编号"],
    main_order: ["主订单编号"],
    product: ["选购商品", "商品名称"],
    quantity: ["商品数量"],
    sku: ["商品ID"],
    gmv: ["订单应付金额"],
    submitted: ["订单提交时间"],
    paid: ["支付完成时间", "支付时间"],
    status: ["订单状态"],
    after_sale: ["售后状态"],
    refund: ["退款金额", "售后退款金额"],
    source: ["流量来源"],
    genre: ["流量体裁"],
    entrance: ["流量渠道"],
    account: ["达人ID"],
  },
  required: [["sub_order", "main_order"], ["gmv"], ["paid", "submitted"]],
  signature: [
    "主订单编号", "子订单编号", "订单提交时间", "支付完成时间", "流量体裁", "流量渠道", "售后状态", "商品单价", "选购商品",
    "商品规格", "达人昵称", "流量类型", "广告渠道", "APP渠道", "订单类型", "优惠总金额", "商家编码", "承诺发货时间",
  ],
  minSignature: 3,
  times: ["submitted", "paid"],
  gives: {
    sub_order: "order_id",
    main_order: "main_order_id",
    product: "product_name",
    quantity: "quantity",
    sku: "sku_id",
    gmv: "gmv",
    submitted: "paid_at",
    paid: "paid_at",
    status: "status",
    after_sale: "status",
    refund: "refund_amount",
    source: "sales_source",
    genre: "channel",
    entrance: "channel",
    account: "account_id",
  },
  read(row: ExportRow, ctx) {
    const orderStatus = row.cell("status");
    const afterSale = row.cell("after_sale");
    // without a payment column the order's time is when it was placed, and its status alone
    // says whether it was paid (a closed order then counts as never paid)
    const paidColumn = row.has("paid");
    const paidAt = ctx.time(row.cell(paidColumn ? "paid" : "submitted"));
    // an order never paid is kept, as cancelled, at the time it was placed: it is not counted
    const paid = paidAt !== "" && orderStatus !== "待支付" && (paidColumn || orderStatus !== "已关闭");
    if (!paid) ctx.count("unpaid");
    // a paid order closes only when its money goes back
    const status = !paid ? "cancelled" : isRefunded(afterSale) || orderStatus === "已关闭" ? "refunded" : "paid";
    const channel = douyinChannel(row.cell("genre"), row.cell("entrance"), ctx);
    const account = row.cell("account");
    if (channel === "live" && account === "") ctx.count("liveWithoutAccount");
    const main = row.cell("main_order");
    return {
      order_id: row.cell("sub_order") || main,
      main_order_id: main,
      paid_at: paid ? paidAt : ctx.time(row.cell("submitted")) || paidAt,
      gmv: row.cell("gmv"),
      quantity: row.cell("quantity"),
      sku_id: row.cell("sku"),
      product_name: row.cell("product"),
      channel,
      account_id: account,
      refund_amount: status === "refunded" ? row.cell("refund") : "",
      status,
      sales_source: douyinSalesSource(row.cell("source")),
    };
  },
};
