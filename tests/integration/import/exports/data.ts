// The exports' rows of the tests, and what they add up to, worked out by hand (in hundredths).
import { tabbed, type Row } from "./write";

/** The accounts behind the orders and sessions: 1001 is the shop's own live account. */
export const ACCOUNTS = [
  ["1001", "Shop live", "self", "12000", "shop_live"],
  ["2002", "Anna", "creator", "50000", "anna_kol"],
  ["3003", "Big Star", "creator", "2000000", "big_star"],
] as const;

const order = (
  sub: string, main: string, product: string, qty: string, sku: string, gmv: string, submitted: string, paid: string,
  status: string, afterSale: string, source: string, genre: string, entrance: string, account: string,
): Row => ({
  主订单编号: tabbed(main), 子订单编号: tabbed(sub), 选购商品: product, 商品规格: "默认", 商品数量: qty, 商品ID: tabbed(sku),
  商家编码: "-", 商品单价: gmv, 订单应付金额: gmv, 运费: "0.00", 优惠总金额: "0.00", 收件人: "张*", 省: "浙江省", 市: "杭州市",
  订单提交时间: submitted, 支付完成时间: paid, APP渠道: "抖音", 流量来源: source, 订单状态: status, 订单类型: "普通订单",
  达人ID: account === "-" ? "-" : tabbed(account), 达人昵称: account === "-" ? "-" : `达人${account}`, 售后状态: afterSale,
  流量类型: "非广告", 广告渠道: "无", 流量体裁: genre, 流量渠道: entrance, 是否安心购: "否",
});

/**
 * Nine sub-orders over three days (Asia/Shanghai):
 * S1, S2 live by the shop's account (S2 refunded), S3 a creator's video, S4 a search product card,
 * S5 never paid, S6 a top KOL's live, S7 a live of 达人ID 4004 that no accounts file names,
 * S8 live with no 达人ID (小店自卖), S9 an image post closed after payment.
 */
export const DOUYIN_ORDERS: Row[] = [
  order("4987001", "4987000", "玫瑰精华水", "1", "111", "¥299.00", "2026-09-07 20:01:00", "2026-09-07 20:01:30", "已完成", "-", "小店自卖", "直播", "-", "1001"),
  order("4987002", "4987000", "臻颜修护套装", "1", "112", "￥1,099.50", "2026-09-07 20:01:00", "2026-09-07 20:01:30", "已完成", "退款成功", "小店自卖", "直播", "-", "1001"),
  order("4987003", "4987003", "补水面膜", "2", "113", "59.90", "2026-09-07 21:40:00", "2026-09-07 21:40:05", "已发货", "-", "精选联盟", "短视频", "-", "2002"),
  order("4987004", "4987004", "氨基酸洁面乳", "1", "114", "89.90", "2026-09-08 09:12:00", "2026-09-08 09:12:45", "已完成", "-", "小店自卖", "商品卡", "搜索", "-"),
  order("4987005", "4987005", "氨基酸洁面乳", "1", "114", "89.90", "2026-09-08 10:00:00", "-", "已关闭", "-", "小店自卖", "商品卡", "猜你喜欢", "-"),
  order("4987006", "4987006", "精华礼盒", "1", "111", "1,299.00", "2026-09-08 20:30:00", "2026-09-08 20:30:10", "已完成", "-", "精选联盟", "直播", "-", "3003"),
  order("4987007", "4987007", "补水面膜", "1", "113", "29.95", "2026-09-08 22:00:00", "2026-09-08 22:00:20", "待发货", "-", "精选联盟", "直播", "-", "4004"),
  order("4987008", "4987008", "玫瑰精华水", "1", "111", "299.00", "2026-09-08 23:59:00", "2026-09-09 00:00:10", "已完成", "-", "小店自卖", "直播", "-", "-"),
  order("4987009", "4987009", "玫瑰精华水 小样", "1", "115", "199.00", "2026-09-09 08:00:00", "2026-09-09 08:00:30", "已关闭", "-", "小店自卖", "图文", "-", "2002"),
];

/** What the nine sub-orders add up to: GMV and refunds in hundredths, orders counted. */
export const DOUYIN_TOTALS = { gmv: 337525, refunds: 129850, orders: 8 };
export const DOUYIN_BY_PILLAR = [
  { pillar: "A", gmv: 5990 + 2995 + 19900, refunds: 19900, orders: 3 },
  { pillar: "F", gmv: 29900 + 109950 + 29900, refunds: 109950, orders: 3 },
  { pillar: "S", gmv: 8990, refunds: 0, orders: 1 },
  { pillar: "T", gmv: 129900, refunds: 0, orders: 1 },
];
export const DOUYIN_BY_DAY = [
  { day: "2026-09-07", gmv: 29900 + 109950 + 5990, refunds: 109950, orders: 3 },
  { day: "2026-09-08", gmv: 8990 + 129900 + 2995, refunds: 0, orders: 3 },
  { day: "2026-09-09", gmv: 29900 + 19900, refunds: 19900, orders: 2 },
];

/** The columns a merchant who picks few of them might export. */
export const DOUYIN_CHOSEN = [
  "子订单编号", "主订单编号", "选购商品", "商品数量", "商品ID", "订单应付金额", "订单提交时间", "支付完成时间", "订单状态", "售后状态",
  "流量来源", "流量体裁", "流量渠道", "达人ID",
];

const tiktok = (
  id: string, status: string, cancelType: string, sku: string, product: string, qty: string, subtotal: string, orderAmount: string,
  refund: string, created: string, paid: string, buyer: string,
): Row => ({
  "Order ID": `${id}\t`, "Order Status": status, "Order Substatus": status === "Completed" ? "Delivered" : status,
  "Cancelation/Return Type": cancelType, "Normal or Pre-order": "Normal", "SKU ID": `${sku}\t`, "Seller SKU": `S-${sku}`,
  "Product Name": product, Variation: "Default", Quantity: qty, "SKU Subtotal After Discount": subtotal, "Order Amount": orderAmount,
  "Order Refund Amount": refund, "Created Time": `${created}\t`, "Paid Time": paid === "" ? "" : `${paid}\t`, "Buyer Username": buyer,
  "Fulfillment Type": "Fulfillment by seller", Country: "Malaysia",
});

/**
 * Six orders, nine SKU lines, dates day first (25/09 can only be): 5761 two lines refunded 30.00
 * (20.00 + 10.00 by their GMV), 5762 three lines refunded 10.00 (3.33 + 3.33 + 3.34), 5763
 * cancelled after payment, 5764 never paid, 5765 one line, 5766 one line on the 26th.
 */
export const TIKTOK_ORDERS: Row[] = [
  tiktok("5761", "Completed", "Return/Refund", "A1", "Serum", "1", "100.00", "160.00", "30.00", "24/09/2026 10:00:00", "24/09/2026 10:01:00", "ana"),
  tiktok("5761", "Completed", "Return/Refund", "B2", "Toner", "2", "50.00", "160.00", "30.00", "24/09/2026 10:00:00", "24/09/2026 10:01:00", "ana"),
  tiktok("5762", "Completed", "Return/Refund", "C3", "Mask", "1", "33.33", "100.00", "10.00", "25/09/2026 09:00:00", "25/09/2026 09:00:30", "ben"),
  tiktok("5762", "Completed", "Return/Refund", "D4", "Mask", "1", "33.33", "100.00", "10.00", "25/09/2026 09:00:00", "25/09/2026 09:00:30", "ben"),
  tiktok("5762", "Completed", "Return/Refund", "E5", "Mask", "1", "33.34", "100.00", "10.00", "25/09/2026 09:00:00", "25/09/2026 09:00:30", "ben"),
  tiktok("5763", "Canceled", "Cancel", "A1", "Serum", "1", "80.00", "80.00", "80.00", "25/09/2026 11:00:00", "25/09/2026 11:00:10", "cai"),
  tiktok("5764", "Canceled", "Cancel", "A1", "Serum", "1", "45.50", "45.50", "0", "25/09/2026 12:00:00", "", "dan"),
  tiktok("5765", "Completed", "", "B2", "Toner", "1", "1,200.00", "1,210.00", "0", "25/09/2026 23:30:00", "25/09/2026 23:30:05", "eve"),
  tiktok("5766", "Shipped", "", "C3", "Mask", "3", "99.90", "109.90", "0", "26/09/2026 08:00:00", "26/09/2026 08:00:10", "fay"),
];

export const TIKTOK_TOTALS = { gmv: 10000 + 5000 + 3333 + 3333 + 3334 + 120000 + 9990, refunds: 3000 + 1000, orders: 7 };
export const TIKTOK_BY_DAY = [
  { day: "2026-09-24", gmv: 15000, refunds: 3000, orders: 2 },
  { day: "2026-09-25", gmv: 10000 + 120000, refunds: 1000, orders: 4 },
  { day: "2026-09-26", gmv: 9990, refunds: 0, orders: 1 },
];

/** Two sessions: the shop's from 20:00 to 01:30 the next night, a creator's of 120.5 minutes. */
export const COMPASS_LIVE: Row[] = [
  {
    主播昵称: "Shop live", 主播抖音号: "shop_live", 直播开始时间: "2026/09/07 20:00:00", 直播结束时间: "2026/09/08 01:30:00",
    "直播时长(分钟)": "330", 直播间曝光人数: "9,800", 直播间曝光次数: "1.2万", 直播间观看次数: "8,500", 评论次数: "320", 新增粉丝数: "45",
    直播间商品点击次数: "1,100", 直播间成交金额: "¥1,398.50", "观看-成交率(人数)": "0.1002",
  },
  {
    主播昵称: "Anna", 主播抖音号: "anna_kol", 直播开始时间: "2026/09/08 19:00:00", 直播结束时间: "2026/09/08 21:00:30",
    "直播时长(分钟)": "120.5", 直播间曝光次数: "35000", 直播间观看次数: "-", 评论次数: "12", 新增粉丝数: "3", 直播间商品点击次数: "260",
  },
];

export const COMPASS_VIDEO: Row[] = [
  {
    视频标题: "补水面膜测评", 视频ID: "\t7412000000000000001", 发布时间: "2026-09-07 12:00:00", 达人昵称: "Anna", 达人抖音号: "anna_kol",
    视频观看次数: "2.5万", "用户支付金额(元)": "59.90", 点赞数: "1,204", 评论数: "88", 转发数: "31", 点击关注次数: "17", 完播率: "12.5%",
    商品点击次数: "402",
  },
];

/** Reviews of S1 (named by its main order and product), S3 and S6. */
export const DOUYIN_REVIEWS: Row[] = [
  { 评价日期: "2026年09月10日 10:00:00", 订单ID: tabbed("4987000"), 商品ID: tabbed("111"), 商品名称: "玫瑰精华水", 商品评价得分: "5", 评价内容: "很好用", 用户昵称: "小*" },
  { 评价日期: "2026年09月10日 11:30:00", 订单ID: tabbed("4987003"), 商品ID: tabbed("113"), 商品名称: "补水面膜", 商品评价得分: "3", 评价内容: "-", 用户昵称: "王*" },
  { 评价日期: "2026/09/11 09:00:00", 订单ID: tabbed("4987006"), 商品ID: tabbed("111"), 商品名称: "精华礼盒", 商品评价得分: "4", 评价内容: "包装精美", 用户昵称: "李*" },
];
