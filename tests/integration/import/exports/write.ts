// Writes platform exports as the tests need them, from the header lists of
// ../shared/spec/real-exports.md: any subset of columns in any order, with or without a BOM,
// ids padded with a tab, `-` for empty cells, headers with (元).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

export type Row = Record<string, string>;

export interface WriteOptions {
  /** the columns to write, in this order (default: every column of the header list) */
  columns?: readonly string[];
  bom?: boolean;
  /** header → header as the file writes it (`订单应付金额` → `订单应付金额(元)`) */
  rename?: Record<string, string>;
  separator?: "," | "\t";
  /** GBK, as Chinese Excel saves a CSV */
  gbk?: boolean;
}

const dir = mkdtempSync(join(tmpdir(), "factloop-exports-"));

function cell(v: string, sep: string): string {
  return /["\n\r]/.test(v) || v.includes(sep) || v.includes("\t") ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Writes the rows as a CSV export; a column a row does not give is `-`, as the platforms write it. */
export function writeExport(name: string, headerList: readonly string[], rows: readonly Row[], o: WriteOptions = {}): string {
  const sep = o.separator ?? ",";
  const columns = o.columns ?? headerList;
  const header = columns.map((c) => cell(o.rename?.[c] ?? c, sep)).join(sep);
  const lines = rows.map((r) => columns.map((c) => cell(r[c] ?? "-", sep)).join(sep));
  const path = join(dir, name);
  const text = `${o.bom ? "\uFEFF" : ""}${[header, ...lines].join("\r\n")}\r\n`;
  // GBK has no half-width ¥: Chinese Excel writes the full-width ￥
  writeFileSync(path, o.gbk ? iconv.encode(text.replace(/¥/g, "￥"), "gbk") : text);
  return path;
}

/**
 * Writes the rows as an XLSX download: a title row above the header, times as date cells and
 * plain numbers as number cells, as Compass's 下载明细 gives them.
 */
export async function writeExportXlsx(name: string, headerList: readonly string[], rows: readonly Row[], title: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow([title]);
  ws.addRow([...headerList]);
  for (const r of rows) {
    ws.addRow(
      headerList.map((h) => {
        const v = r[h] ?? "-";
        const time = /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(v);
        if (time) return new Date(Date.UTC(+time[1], +time[2] - 1, +time[3], +time[4], +time[5], +time[6]));
        return /^\d+(\.\d+)?$/.test(v) ? Number(v) : v;
      }),
    );
  }
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** A fixed shuffle (seeded), so a failing test names the same order again. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** An id as 抖店 writes it so a spreadsheet keeps its digits: a tab first. */
export const tabbed = (id: string) => `\t${id}`;

// ---- header lists, in the order the spec gives them ----

export const DOUYIN_ORDER_HEADERS = [
  "主订单编号", "子订单编号", "选购商品", "商品规格", "商品数量", "商品ID", "商家编码", "商品单价", "订单应付金额", "运费",
  "优惠总金额", "平台优惠", "商家优惠", "达人优惠", "商家改价", "支付优惠", "红包抵扣", "支付方式", "手续费", "收件人",
  "收件人手机号", "省", "市", "区", "街道", "详细地址", "是否修改过地址", "地址修改时段", "买家留言", "订单提交时间", "旗帜颜色",
  "商家备注", "订单完成时间", "支付完成时间", "APP渠道", "流量来源", "订单状态", "承诺发货时间", "订单类型", "鲁班落地页ID",
  "达人ID", "达人昵称", "所属门店ID", "售后状态", "取消原因", "预约发货时间", "仓库ID", "仓库名称", "序列号", "是否安心购",
  "广告渠道", "流量类型", "流量体裁", "流量渠道", "发货主体", "发货主体明细", "发货时间", "降价类优惠", "平台实际承担优惠金额",
  "商家实际承担优惠金额", "达人实际承担优惠金额", "预计送达时间",
] as const;

export const COMPASS_LIVE_HEADERS = [
  "主播昵称", "主播抖音号", "直播开始时间", "直播结束时间", "直播时长(分钟)", "直播间曝光人数", "直播间曝光次数", "直播间观看人数",
  "单小时观看人数", "直播间观看次数", "最高在线人数", "平均在线人数", "人均观看时长(分钟)", "评论次数", "新加直播团人数", "新增粉丝数",
  "取关粉丝数", "带货商品数", "直播间商品曝光人数", "直播间商品点击人数", "直播间商品曝光次数", "直播间商品点击次数",
  "直播间成交订单数", "直播间成交金额", "直播间用户支付金额", "直播间成交件数", "直播间成交人数", "直播间退款订单数", "直播间退款金额",
  "预估佣金支出", "商品曝光-点击率(次数)", "观看-成交率(人数)", "净成交金额", "净成交订单数",
] as const;

export const COMPASS_VIDEO_HEADERS = [
  "视频标题", "视频ID", "是否投放", "播放链接", "发布时间", "达人昵称", "达人抖音号", "带货商品ID", "视频观看次数", "用户支付金额(元)",
  "退款金额(元)", "引流直播间用户支付金额(元)", "看后搜用户支付金额(元)", "点赞数", "评论数", "收藏数", "转发数", "点击关注次数",
  "完播率", "平均观看时长", "商品曝光次数", "商品点击次数", "成交订单数", "成交人数",
] as const;

export const DOUYIN_REVIEW_HEADERS = [
  "评价日期", "订单ID", "商品ID", "商品名称", "商品规格", "商品评价得分", "评价内容", "用户昵称", "评价等级", "追评内容", "追评时间",
  "商家是否回复", "回复内容",
] as const;

export const TIKTOK_ORDER_HEADERS = [
  "Order ID", "Order Status", "Order Substatus", "Cancelation/Return Type", "Normal or Pre-order", "SKU ID", "Seller SKU",
  "Product Name", "Variation", "Quantity", "Sku Quantity of return", "SKU Unit Original Price", "SKU Subtotal Before Discount",
  "SKU Platform Discount", "SKU Seller Discount", "SKU Subtotal After Discount", "Shipping Fee After Discount",
  "Original Shipping Fee", "Shipping Fee Seller Discount", "Shipping Fee Platform Discount", "Payment platform discount", "Taxes",
  "Order Amount", "Order Refund Amount", "Created Time", "Paid Time", "RTS Time", "Shipped Time", "Delivered Time", "Cancelled Time",
  "Cancel By", "Cancel Reason", "Fulfillment Type", "Warehouse Name", "Tracking ID", "Delivery Option", "Shipping Provider Name",
  "Buyer Message", "Buyer Username", "Recipient", "Phone #", "Country", "Province", "Payment Method", "Weight(kg)",
  "Product Category", "Package ID", "Seller Note",
] as const;

/** The TikTok headers factloop reads, in Chinese and Japanese seller interfaces [inferred]. */
export const TIKTOK_LOCALISED: Record<"zh" | "ja", Record<string, string>> = {
  zh: {
    "Order ID": "订单ID", "Order Status": "订单状态", "Order Substatus": "订单子状态", "Cancelation/Return Type": "取消/退货类型",
    "SKU ID": "SKU ID", "Product Name": "商品名称", Quantity: "数量", "SKU Subtotal After Discount": "SKU折后小计",
    "Order Amount": "订单金额", "Order Refund Amount": "订单退款金额", "Created Time": "创建时间", "Paid Time": "付款时间",
    "Buyer Username": "买家用户名",
  },
  ja: {
    "Order ID": "注文ID", "Order Status": "注文ステータス", "Order Substatus": "注文サブステータス",
    "Cancelation/Return Type": "キャンセル/返品タイプ", "SKU ID": "SKU ID", "Product Name": "商品名", Quantity: "数量",
    "SKU Subtotal After Discount": "割引後のSKU小計", "Order Amount": "注文金額", "Order Refund Amount": "注文返金額",
    "Created Time": "作成時間", "Paid Time": "支払い時間", "Buyer Username": "購入者ユーザー名",
  },
};

export function writeAccounts(name: string, rows: readonly (readonly string[])[]): string {
  const path = join(dir, name);
  writeFileSync(path, ["account_id,name,kind,followers,handle", ...rows.map((r) => r.join(","))].join("\n") + "\n");
  return path;
}
